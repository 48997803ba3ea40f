import { describe, expect, it } from 'vitest';
import { matTVec, matVec } from '../numerics/linalg.ts';
import { Rng } from '../numerics/rng.ts';
import { solveSmall } from './newtonFixedPoint.ts';
import { trainHingeInteriorPoint } from './svmInteriorPoint.ts';
import { trainHingeDcd } from './train.ts';

/** Teacher-student data of PHYSICS.md §6: X_μi ~ N(0, 1/d), y = sign(X w*). */
function teacherData(n: number, d: number, seed: number) {
  const rng = new Rng(seed);
  const wStar = rng.fillNormal(new Float64Array(d)) as Float64Array;
  const X = rng.fillNormal(new Float64Array(n * d), 1 / Math.sqrt(d)) as Float64Array;
  const y = matVec(X, n, d, wStar, new Float64Array(n)).map((v) => (v >= 0 ? 1 : -1));
  return { X, y };
}

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));
const distance = (a: ArrayLike<number>, b: ArrayLike<number>) => norm(Array.from(a, (v, i) => v - b[i]));
const margins = (X: Float64Array, n: number, d: number, y: Float64Array, w: Float64Array) =>
  matVec(X, n, d, w, new Float64Array(n)).map((v, mu) => v * y[mu]);
/** The soft-margin primal in the C = 1/λ form, ½|w|² + C Σ max(0, 1 − margin). */
const primal = (u: Float64Array, w: Float64Array, C: number) => 0.5 * norm(w) ** 2 + C * u.reduce((s, v) => s + Math.max(0, 1 - v), 0);

describe('the interior-point SVM', () => {
  it('equals dual coordinate descent at λ = 1 to the certificates (|w − ŵ|² ≤ 2·gap·P by strong convexity)', () => {
    const [n, d, lambda] = [100, 30, 1];
    const { X, y } = teacherData(n, d, 21);
    const ipm = trainHingeInteriorPoint(X, n, d, y, lambda, { tol: 1e-10 });
    const dcd = trainHingeDcd(X, n, d, y, lambda, { tol: 1e-10 });
    expect(ipm.converged && dcd.converged).toBe(true);
    const bound = (r: typeof ipm) => Math.sqrt(2 * r.certificate * primal(margins(X, n, d, y, r.w), r.w, 1 / lambda));
    expect(distance(ipm.w, dcd.w)).toBeLessThan(bound(ipm) + bound(dcd));
    expect(ipm.iterations).toBeLessThan(30);
  });

  it('hard margin (λ = 0) satisfies KKT: margins ≥ 1, w = Σ a y x with a ≥ 0 supported on the margin', () => {
    const [n, d] = [60, 20];
    const { X, y } = teacherData(n, d, 9);
    const r = trainHingeInteriorPoint(X, n, d, y, 0, { tol: 1e-12 });
    expect(r.converged).toBe(true);
    const u = margins(X, n, d, y, r.w);
    // the returned w is the feasible rescaling: min margin exactly 1 (up to rounding)
    expect(Math.abs(Math.min(...u) - 1)).toBeLessThan(1e-12);
    // support set: margins within √gap of 1 (|w − ŵ| ≤ √gap·|ŵ| moves a margin by ≤ √gap·|ŵ|·|x| ~ 1e-5 here)
    const sv: number[] = [];
    for (let mu = 0; mu < n; mu++) if (u[mu] < 1 + 1e-4) sv.push(mu);
    const k = sv.length;
    expect(k).toBeGreaterThan(0);
    expect(k).toBeLessThanOrEqual(d);
    // multipliers by least squares of w = Σ_sv a y x: normal equations (k ≤ d points in general position)
    const A = new Float64Array(k * k);
    const b = new Float64Array(k);
    const row = (mu: number) => X.subarray(mu * d, (mu + 1) * d);
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) A[i * k + j] = y[sv[i]] * y[sv[j]] * row(sv[i]).reduce((s, x, l) => s + x * row(sv[j])[l], 0);
      b[i] = y[sv[i]] * row(sv[i]).reduce((s, x, l) => s + x * r.w[l], 0);
    }
    const a = solveSmall(A, b, k)!;
    const coef = new Float64Array(n);
    sv.forEach((mu, i) => (coef[mu] = a[i] * y[mu]));
    const recon = matTVec(X, n, d, coef, new Float64Array(d));
    expect(distance(recon, r.w) / norm(r.w)).toBeLessThan(1e-6);
    for (const ai of a) expect(ai).toBeGreaterThan(-1e-6 * Math.max(...a));
  });

  it('λ = 1e-6 gives the hard-margin direction (separable data: C = 10⁶ exceeds every hard-margin multiplier)', () => {
    const [n, d] = [150, 50];
    const { X, y } = teacherData(n, d, 4);
    const hard = trainHingeInteriorPoint(X, n, d, y, 0, { tol: 1e-10 });
    const soft = trainHingeInteriorPoint(X, n, d, y, 1e-6, { tol: 1e-10 });
    expect(hard.converged && soft.converged).toBe(true);
    // both within √gap ≈ 1e-5 of the same ŵ (the soft one up to the rescaling to min margin 1)
    const cos = soft.w.reduce((s, v, i) => s + v * hard.w[i], 0) / (norm(soft.w) * norm(hard.w));
    expect(Math.acos(Math.min(1, cos))).toBeLessThan(1e-4);
    expect(Math.abs(norm(soft.w) / norm(hard.w) - 1)).toBeLessThan(1e-4);
  });

  /**
   * Independent reference: python3 with scipy 1.17 on the same 12×4 instance (X_μi = sin(1 + 0.7μ + 1.3i),
   * teacher (1, −0.5, 0.25, 2), y = sign(X·teacher)): the hard margin by scipy.optimize.minimize (SLSQP, ftol
   * 1e-15, min margin 1 − 2e-16), the soft margin at λ = 1 by L-BFGS-B on the box-constrained dual (duality gap
   * 1.5e-16; SLSQP on the primal agrees to 2e-9). Tolerance: the IPM's √gap at tol 1e-12, relative.
   */
  it('matches scipy on a tiny instance, hard margin and λ = 1', () => {
    const [n, d] = [12, 4];
    const X = Float64Array.from({ length: n * d }, (_, k) => Math.sin(1 + 0.7 * Math.floor(k / d) + 1.3 * (k % d)));
    const y = matVec(X, n, d, Float64Array.of(1, -0.5, 0.25, 2), new Float64Array(n)).map((v) => (v >= 0 ? 1 : -1));
    const cases: [number, number[]][] = [
      [0, [-0.34122704790025543, -3.2602176403440244, -1.4029817518062364, 2.5096256899643543]],
      [1, [-0.18652249510521357, -1.2038456803696407, -0.4575321235820836, 0.9590670661369869]],
    ];
    for (const [lambda, ref] of cases) {
      const r = trainHingeInteriorPoint(X, n, d, y, lambda, { tol: 1e-12 });
      expect(r.converged).toBe(true);
      expect(distance(r.w, ref) / norm(ref), `λ = ${lambda}`).toBeLessThan(2e-6);
    }
  });

  it('bad data: a non-separable hard margin does not converge and says so (no NaN)', () => {
    const X = Float64Array.of(1, 0, 1, 0);
    const y = Float64Array.of(1, -1);
    const r = trainHingeInteriorPoint(X, 2, 2, y, 0, { maxIter: 40 });
    expect(r.converged).toBe(false);
    expect(r.w.every(Number.isFinite)).toBe(true);
  });
});
