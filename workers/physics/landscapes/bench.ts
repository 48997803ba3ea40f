import { landscapeDmft, lossGradient, spikedInstance } from './index.ts';
import { randomOnSphere } from './instance.ts';
import { jobs } from './jobs.ts';
import { Rng } from '../numerics/rng.ts';
import { disableWasm } from '../numerics/wasm/kernels.ts';
import { drain, isResumable } from '../resumable.ts';
import type { BenchKit, BenchRow } from '../manifest.ts';

/** A page job run to its end, as the worker would (resumable jobs drained). */
function runJob(result: unknown): unknown {
  return isResumable(result) ? drain(result) : result;
}

/**
 * The jobs the chapter's default view (src/chapters/landscapes/meta.ts: Δp = 4, 1/Δ2 = 3, m0 = 1e-15, N = 100,
 * d = 100, 3 runs, t ≤ 100, h = 0.1) sends, in the order the page asks for them, with the lane that runs them on a
 * 2-worker pool (src/compute/pool.ts: worker 0 theory only, worker 1 the finite-size runs first). A slider step of
 * Δp re-runs the two DMFTs, the GF runs and the Hessian; the rest is cached.
 */
const DEFAULT_VIEW = (() => {
  const spiked = { dp: 4, invd2: 3, T: 0, h: 0.1, tmax: 100, N: 100, seed: 1 };
  const runs = { d: 100, seed: 1, seeds: 3, tmax: 100, h: 0.1 };
  return [
    ['theory', 'landscapeDmft m0 = 1e-15', () => jobs.landscapeDmft({ invd2: 3, dp: 4, T: 0, m0: 1e-15, h: 0.1, tmax: 100 })],
    ['theory', 'landscapeDmft m0 = 1/√N', () => jobs.landscapeDmft({ invd2: 3, dp: 4, T: 0, m0: 0.1, h: 0.1, tmax: 100 })],
    ['theory', 'prThresholds', () => jobs.prThresholds({})],
    ['finite', 'landscapeGf (3 runs)', () => jobs.landscapeGf({ ...spiked, seeds: 3 })],
    ['finite', 'landscapeHessian (t_H = 0.5)', () => jobs.landscapeHessian({ ...spiked, tmax: 0.5 })],
    ['finite', 'prSuccessMap d/2 = 50', () => jobs.prSuccessMap({ ...runs, dimension: 'half' })],
    ['finite', 'prSuccessMap d = 100', () => jobs.prSuccessMap({ ...runs, dimension: 'reader' })],
    ['finite', 'prTrajectory', () => jobs.prTrajectory({ alpha: 4, N: 100, seed: 1, tmax: 100, h: 0.1 })],
    ['finite', 'prOverparamMap (d = 30, 6 α × 3 runs)', () => jobs.prOverparamMap({ width: 1, seed: 1, seeds: 3, tmax: 100, h: 0.1 })],
  ] as const;
})();

/**
 * Rough landscapes (PHYSICS.md §4; issue 6 and issue 10 item 6 speed goals): the GF step, the DMFT with and without
 * its WebAssembly memory sums, the over-parameterised map with and without the rowProducts kernel (the TypeScript
 * paths are the baselines, measured in the same run; same bits), and every job of the default view by lane.
 */
export async function benchLandscapes({ bench }: BenchKit): Promise<BenchRow[]> {
  const rng = new Rng(1);
  const inst = spikedInstance(200, 2.5, 1, rng);
  const x = randomOnSphere(200, rng);
  const g = new Float64Array(200);
  const dmft = () => landscapeDmft({ invd2: 3, dp: 4, T: 0, m0: 1e-15, h: 0.1, tmax: 100 });
  const overparam = () => runJob(jobs.prOverparamMap({ width: 1, seed: 1, seeds: 3, tmax: 100, h: 0.1 }));
  const rows: BenchRow[] = [
    await bench('landscapes GF step N = 200, p = 3 (one pass over the N³/6 Float32 tensor)', () => lossGradient(inst, x, g), { runs: 50, target: '≤ 20 ms' }),
  ];
  disableWasm(true);
  const dmftTs = await bench('landscapes DMFT to t = 100, h = 0.1, TypeScript sums (baseline)', dmft, { warmup: 1, runs: 3 });
  disableWasm(false);
  const dmftWasm = await bench('landscapes DMFT to t = 100, h = 0.1 (1000 steps, O(n³)), WebAssembly sums', dmft, { warmup: 1, runs: 3, target: '≤ 2 s' });
  rows.push(dmftTs, { ...dmftWasm, note: `${(dmftTs.median / dmftWasm.median).toFixed(2)}× the TypeScript sums` });
  disableWasm(true);
  const opTs = await bench('over-parameterised map, default view, TypeScript step (baseline)', overparam, { warmup: 0, runs: 1 });
  disableWasm(false);
  const opWasm = await bench('over-parameterised map, default view, WebAssembly step (kernels.as overparamStep)', overparam, { warmup: 0, runs: 1 });
  rows.push(opTs, { ...opWasm, note: `${(opTs.median / opWasm.median).toFixed(2)}× the TypeScript step` });
  for (const [lane, name, run] of DEFAULT_VIEW) {
    rows.push(await bench(`default view, ${lane === 'theory' ? 'worker 0 (theory)' : 'worker 1 (finite-size)'}: ${name}`, () => runJob(run()), { warmup: 0, runs: 1 }));
  }
  const views = rows.slice(-DEFAULT_VIEW.length);
  const total = (lane: string) => DEFAULT_VIEW.reduce((s, [l], i) => s + (l === lane ? views[i].median : 0), 0);
  const theory = total('theory');
  const finite = total('finite');
  rows.push({ name: 'default view: worker 0 total (theory)', runs: 1, median: theory, p10: theory, p90: theory, target: '≤ 2500 ms' });
  rows.push({ name: 'default view: worker 1 total (finite-size)', runs: 1, median: finite, p10: finite, p90: finite, target: '≤ 2500 ms', note: 'cold load ≈ page start + the larger lane' });
  return rows;
}
