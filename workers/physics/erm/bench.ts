/**
 * ERM benchmarks (`npm run bench erm`), each with a baseline measured in the same run so that load on
 * the machine hits both alike: theory curves against the GLM SE curve on the same 200 α (a solver of
 * similar structure), training against one X·v + Xᵀ·u pass over the same design (the memory bound).
 */
import type { BenchKit, BenchRow } from '../manifest.ts';
import { glmCurve } from '../glm/curve.ts';
import { matTVec, matVec } from '../numerics/linalg.ts';
import { logGrid } from '../numerics/logGrid.ts';
import { childSeed, Rng } from '../numerics/rng.ts';
import { ermRates, ermReference } from './chapterCurves.ts';
import { ermCurve } from './curves.ts';
import { CURVE_GRID, RATES_GRID } from './params.ts';
import { LOSS_KINDS } from './losses.ts';
import { trainHingeInteriorPoint } from './svmInteriorPoint.ts';
import { trainHingeDcd, trainLogistic, type TrainResult } from './train.ts';

const alphas = logGrid(0.1, 100, 200);
const D = 1000;
const ALPHA = 2;

/** One teacher-student instance of sim.ts (seed 1, run 0). */
function teacherDesign(d: number, alpha: number) {
  const n = alpha * d;
  const rng = new Rng(childSeed(1, 0));
  const wStar = rng.fillNormal(new Float64Array(d)) as Float64Array;
  const X = rng.fillNormal(new Float64Array(n * d), 1 / Math.sqrt(d)) as Float64Array;
  const y = matVec(X, n, d, wStar, new Float64Array(n)).map((z) => (z >= 0 ? 1 : -1));
  return { X, y, n, wStar };
}

export async function benchErm({ bench }: BenchKit): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const base = await bench('baseline: GLM SE curve, 200 α (spherical perceptron)', () =>
    glmCurve({ prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 }, alphas), { runs: 5 });
  rows.push(base);
  for (const loss of LOSS_KINDS) {
    const r = await bench(`ERM theory curve, 200 α ∈ [0.1, 100], ${loss}, λ = 0.1`, () => ermCurve(loss, 0.1, alphas), { warmup: 1, runs: 3, target: '≤ 200 ms' });
    rows.push({ ...r, note: `${(r.median / base.median).toFixed(1)}× the GLM SE curve` });
  }
  // the figures' reference jobs: one 1-D minimisation of ε_g in λ per α for logistic (and ridge) at λ*
  const ref = await bench(`learning-curve figure reference (${CURVE_GRID.n} α ∈ [${CURVE_GRID.alphaMin}, ${CURVE_GRID.alphaMax}], logistic at λ*)`, () => ermReference(CURVE_GRID), { warmup: 0, runs: 1 });
  rows.push({ ...ref, note: `${(ref.median / base.median).toFixed(0)}× the GLM SE curve` });
  const rates = await bench(`rates figure (${RATES_GRID.n} α ∈ [${RATES_GRID.alphaMin}, ${RATES_GRID.alphaMax}], logistic at λ* to α = ${RATES_GRID.logisticAlphaMax})`, () => ermRates(RATES_GRID), { warmup: 0, runs: 1 });
  rows.push({ ...rates, note: `${(rates.median / base.median).toFixed(0)}× the GLM SE curve` });
  const { X, y, n, wStar } = teacherDesign(D, ALPHA);
  const u = new Float64Array(n);
  const v = new Float64Array(D);
  const pass = await bench(`baseline: one X·v + Xᵀ·u pass, d = ${D}, α = ${ALPHA}`, () => {
    matVec(X, n, D, wStar, u);
    matTVec(X, n, D, u, v);
  }, { runs: 10 });
  rows.push(pass);
  const lg = await bench(`logistic training (Newton-CG, |∇| ≤ 1e-9·|∇₀|), d = ${D}, α = ${ALPHA}, λ = 0.1, one seed`, () => trainLogistic(X, n, D, y, 0.1), { warmup: 1, runs: 3, target: '≤ 1 s' });
  rows.push({ ...lg, note: `${(lg.median / pass.median).toFixed(0)} passes` });
  // max-margin (λ = 0): the interior-point method against dual coordinate descent on the same design; DCD
  // capped at its default 5000 epochs (its gap at the cap goes in the note); d = 400, not 1000, so the suite runs in about a minute (at d = 1000 the two rows took 13 min under load).
  for (const [d, alpha] of [[200, 5], [400, 5]]) {
    const { X: Xm, y: ym, n: nm } = teacherDesign(d, alpha);
    let ipmRun: TrainResult | undefined;
    let dcdRun: TrainResult | undefined;
    const ipm = await bench(`max-margin training, interior point (λ = 0, gap ≤ 1e-6), d = ${d}, α = ${alpha}, one seed`, () => (ipmRun = trainHingeInteriorPoint(Xm, nm, d, ym, 0)), { warmup: 0, runs: 1 });
    const dcd = await bench(`max-margin training, DCD (λ = 0, gap ≤ 1e-6 or 5000 epochs), d = ${d}, α = ${alpha}, one seed`, () => (dcdRun = trainHingeDcd(Xm, nm, d, ym, 0)), { warmup: 0, runs: 1 });
    rows.push({ ...ipm, note: `${ipmRun!.iterations} iterations, gap ${ipmRun!.certificate.toExponential(1)}` });
    rows.push({ ...dcd, note: `${(dcd.median / ipm.median).toFixed(1)}× the IPM; ${dcdRun!.iterations} epochs, gap ${dcdRun!.certificate.toExponential(1)}` });
  }
  return rows;
}
