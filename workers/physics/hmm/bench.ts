/**
 * `npm run bench hmm`: the speed goals of issue #16 — a 100-point ridge curve ≤ 100 ms and a logistic one
 * ≤ 1 s in Node, finite-size ridge at p = 800 ≤ 1 s per seed — each next to a baseline timed in the same
 * run (so the ratio survives a loaded machine): one prior-side evaluation for the curves (the unit both
 * fixed points are made of), one n×p mat-vec and a conjugate-gradient ridge solve for the training, and the
 * finite-size seed with the products ABᵀ and the Cholesky in TypeScript (numerics/wasm/rowProducts.ts
 * disableRowKernel: the path before that kernel, the same bits).
 */
import type { BenchKit, BenchRow } from '../manifest.ts';
import { matVec } from '../numerics/linalg.ts';
import { logGrid } from '../numerics/logGrid.ts';
import { Rng } from '../numerics/rng.ts';
import { disableRowKernel } from '../numerics/wasm/rowProducts.ts';
import { trainRidge } from '../erm/train.ts';
import { exactRidge } from './exactRidge.ts';
import { hmmCurve, hmmDoubleDescent, hmmLambdaSweep, hmmPhaseDiagram, hmmSim, type HmmModel } from './index.ts';
import { priorModel } from './model.ts';
import { priorOverlaps } from './priorSide.ts';
import { drawInstance, drawSamples } from './data.ts';
import { sizes } from './sim.ts';

const ridge: HmmModel = { act: 'erf', loss: 'square', lambda: 0.01, gamma: 0.5 };
const logistic: HmmModel = { ...ridge, loss: 'logistic' };
const alphas = logGrid(0.05, 10, 100);

export async function benchHmm({ bench }: BenchKit): Promise<BenchRow[]> {
  const prior = priorModel(ridge);
  const unit = await bench('baseline: one prior-side evaluation (Marchenko–Pastur G, G′ and the overlaps)', () => priorOverlaps(prior, { Vhat: 1, qhat: 0.5, mhat: 0.7 }), { runs: 2000 });
  const ratio = (row: BenchRow) => `${(row.median / unit.median).toFixed(0)} × baseline`;
  const rc = await bench('ridge curve, 100 α (erf, λ = 0.01, γ = 0.5)', () => hmmCurve(ridge, alphas), { runs: 20, target: '≤ 100 ms' });
  rc.note = ratio(rc);
  const lc = await bench('logistic curve, 100 α (erf, λ = 0.01, γ = 0.5), continued along α', () => hmmCurve(logistic, alphas), { warmup: 1, runs: 3, target: '≤ 1 s' });
  lc.note = ratio(lc);
  // the training side: data, one ridge solve, and the mat-vec it is made of, at p = 800, α = 1.5, γ = 0.5
  const p = 800;
  const { d, n } = sizes(ridge.gamma, 1.5, p);
  const rng = new Rng(1);
  const data = drawSamples(drawInstance(rng, p, d), ridge.act, n, rng);
  const v = new Float64Array(p).fill(1);
  const out = new Float64Array(n);
  const mv = await bench(`baseline: one ${n}×${p} mat-vec`, () => matVec(data.X, n, p, v, out), { runs: 50 });
  const cg = await bench(`baseline: ridge by conjugate gradients to 1e-8, p = ${p}, n = ${n} (erm trainRidge)`, () => trainRidge(data.X, n, p, data.y, ridge.lambda, { tol: 1e-8 }), { runs: 3 });
  cg.note = `${(cg.median / mv.median).toFixed(0)} mat-vecs`;
  const solve = await bench(`ridge exact solve, p = ${p}, n = ${n} (tiled Gram + Cholesky, exactRidge)`, () => exactRidge(data.X, n, p, data.y, ridge.lambda), { runs: 3 });
  solve.note = `${(solve.median / cg.median).toFixed(2)} × CG`;
  // one seed with the products ABᵀ (pre-activations, Gram) in TypeScript tiles and the Cholesky's column loop — the
  // path before the WebAssembly rowProducts kernel, the same bits — then with it; CPU time of this process too,
  // since the machine may be shared
  const oneSeed = async (wasm: boolean, label: string, target?: string) => {
    let cpu = 0;
    let calls = 0;
    const row = await bench(`finite-size ridge, one seed, p = ${p}, α = 1.5: data, σ(FC) and Gaussian fits, 2000 test samples${label}`, () => {
      disableRowKernel(!wasm);
      const u = process.cpuUsage();
      try {
        return hmmSim(ridge, { alpha: 1.5, p, seed: 1, seeds: 1 });
      } finally {
        const t = process.cpuUsage(u);
        cpu += (t.user + t.system) / 1000;
        calls++;
        disableRowKernel(false);
      }
    }, { warmup: 1, runs: 3, target });
    return { row, cpu: cpu / calls };
  };
  const old = await oneSeed(false, ' — baseline: TypeScript products and Cholesky');
  old.row.note = `CPU ${old.cpu.toFixed(0)} ms per seed`;
  const seed = await oneSeed(true, ', products and Cholesky in WebAssembly', '≤ 1 s per seed');
  seed.row.note = `CPU ${seed.cpu.toFixed(0)} ms per seed; ${(old.row.median / seed.row.median).toFixed(2)}× faster than baseline (CPU ${(old.cpu / seed.cpu).toFixed(2)}×); ${(seed.row.median / mv.median).toFixed(0)} mat-vecs`;
  return [
    unit, rc, lc, mv, cg, solve, old.row, seed.row,
    await bench('λ sweep, 61 λ + optimum (ridge, α = 2)', () => hmmLambdaSweep(ridge, 2, logGrid(1e-4, 100, 61)), { runs: 10 }),
    await bench('double descent, 121 p/n × (3 λ + optimum)', () => hmmDoubleDescent('erf', 0.25, logGrid(0.1, 10, 121)), { runs: 5 }),
    await bench('the lecture\'s (α, λ) plane, 49 × 49 + λ*(α)', () => hmmPhaseDiagram(), { runs: 5 }),
  ];
}
