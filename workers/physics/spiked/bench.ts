/**
 * `npm run bench spiked`: the SE curve per prior (goal ≤ 300 ms for 200 Δ) and one AMP iteration at p = 2000
 * against streaming M = Y/√p once (goal ≤ 2×), measured alternately in the same process so that load from
 * other processes hits both alike; the ratio is taken per round and its median reported.
 */
import { logGrid } from '../numerics/logGrid.ts';
import { matVec } from '../numerics/linalg.ts';
import { Rng } from '../numerics/rng.ts';
import type { BenchKit, BenchRow } from '../manifest.ts';
import { runAmp } from './amp.ts';
import { spikedCurve } from './curve.ts';
import { drawInstance } from './instance.ts';
import { seBranches, seSolvePlain, spikeOf } from './stateEvolution.ts';
import type { SpikedParams } from './types.ts';

const deltas = logGrid(0.05, 5, 200);
const PRIORS: [string, SpikedParams][] = [
  ['gaussian', { prior: 'gaussian', act: 'linear', alpha: 1, rho: 1 }],
  ['rademacher', { prior: 'rademacher', act: 'linear', alpha: 1, rho: 1 }],
  ['sparse ρ = 0.05', { prior: 'sparse', act: 'linear', alpha: 1, rho: 0.05 }],
  ['sparse-rademacher ρ = 0.05', { prior: 'sparse-rademacher', act: 'linear', alpha: 1, rho: 0.05 }],
  ['generative linear α = 1', { prior: 'generative', act: 'linear', alpha: 1, rho: 1 }],
  ['generative sign α = 1', { prior: 'generative', act: 'sign', alpha: 1, rho: 1 }],
  ['generative relu α = 1', { prior: 'generative', act: 'relu', alpha: 1, rho: 1 }],
];

const P = 2000;
const DELTA = 0.5;
const ROUNDS = 5;
const median = (x: number[]): number => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];

function ampVsStream(now: () => number, label: string, params: SpikedParams): BenchRow[] {
  const timed = (fn: () => unknown): number => {
    const t0 = now();
    fn();
    return now() - t0;
  };
  const inst = drawInstance(params, DELTA, P, 1);
  const x = new Float64Array(P).fill(1);
  const y = new Float64Array(P);
  const stream = () => matVec(inst.M, P, P, x, y);
  const amp = (iters: number) => runAmp(params, inst, DELTA, iters, new Rng(2));
  stream();
  amp(2);
  const s: number[] = [];
  const it: number[] = [];
  const ratio: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const s1 = median([timed(stream), timed(stream), timed(stream)]);
    const a1 = timed(() => amp(1));
    const a11 = timed(() => amp(11));
    const s2 = median([timed(stream), timed(stream), timed(stream)]);
    const per = (a11 - a1) / 10;
    s.push(0.5 * (s1 + s2));
    it.push(per);
    ratio.push(per / (0.5 * (s1 + s2)));
  }
  const row = (name: string, v: number[], extra: Partial<BenchRow> = {}): BenchRow => ({ name, runs: v.length, median: median(v), p10: Math.min(...v), p90: Math.max(...v), ...extra });
  return [
    row(`stream M = Y/√p once (one mat-vec), p = ${P}`, s),
    row(`AMP per iteration, ${label}, p = ${P}, alternating with the row above`, it, {
      target: '≤ 2× stream',
      note: `ratio: median ${median(ratio).toFixed(2)} (rounds: ${ratio.map((v) => v.toFixed(2)).join(', ')})`,
    }),
  ];
}

export async function benchSpiked({ bench, now }: BenchKit): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [label, params] of PRIORS) {
    // the branches alone by plain SE steps (the solver before the secant: baseline) and by seSolve, same process
    const base = await bench(`SE branches by plain steps (baseline), 200 Δ, ${label}`, () => seBranches(spikeOf(params), deltas, undefined, seSolvePlain), { warmup: 1, runs: 3 });
    const br = await bench(`SE branches by seSolve, 200 Δ, ${label}`, () => seBranches(spikeOf(params), deltas), { warmup: 1, runs: 3 });
    rows.push(base, { ...br, note: `${(base.median / br.median).toFixed(1)}× faster than the baseline` });
    rows.push(await bench(`SE curve, 200 Δ, both branches, ${label}`, () => spikedCurve(params, deltas), { warmup: 1, runs: 3, target: '≤ 300 ms' }));
  }
  rows.push(...ampVsStream(now, 'gaussian prior', PRIORS[0][1]));
  rows.push(...ampVsStream(now, 'generative linear α = 1 (also streams X twice)', PRIORS[4][1]));
  return rows;
}
