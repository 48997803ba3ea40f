import { describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { matTVec, matVec } from '../numerics/linalg.ts';
import { trainHinge, trainLogistic, trainRidge } from './train.ts';

/** Teacher-student data of PHYSICS.md §6: X_μi ~ N(0, 1/d), y = sign(X w*). */
function teacherData(n: number, d: number, seed: number) {
  const rng = new Rng(seed);
  const wStar = rng.fillNormal(new Float64Array(d)) as Float64Array;
  const X = rng.fillNormal(new Float64Array(n * d), 1 / Math.sqrt(d)) as Float64Array;
  const z = matVec(X, n, d, wStar, new Float64Array(n));
  const y = z.map((v) => (v >= 0 ? 1 : -1));
  return { X, y };
}

const norm = (v: Float64Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

/** The KKT conditions are checked directly from their definitions, independently of each solver. */
describe('erm training on a dense design', () => {
  it('ridge: the normal equations hold, on both sides of n = d, with and without λ', () => {
    for (const [n, d, lambda] of [[60, 40, 0.3], [25, 40, 0.3], [60, 40, 0], [40, 40, 0]]) {
      const { X, y } = teacherData(n, d, 7);
      const r = trainRidge(X, n, d, y, lambda);
      expect(r.converged).toBe(true);
      const res = matVec(X, n, d, r.w, new Float64Array(n)).map((v, mu) => v - y[mu]);
      const g = matTVec(X, n, d, res, new Float64Array(d)).map((v, i) => v + lambda * r.w[i]);
      const scale = norm(matTVec(X, n, d, y, new Float64Array(d)));
      expect(norm(g) / scale).toBeLessThan(1e-9);
      expect(Math.abs(r.certificate - norm(g)) / scale).toBeLessThan(1e-12);
      // n ≤ d at λ = 0: an interpolator
      if (lambda === 0 && n <= d) expect(norm(res)).toBeLessThan(1e-7);
    }
  });

  it('ridge at λ = 0, n < d, is the minimum-norm interpolator: the λ → 0⁺ limit of ridge (to O(λ))', () => {
    const [n, d] = [25, 40];
    const { X, y } = teacherData(n, d, 3);
    const w0 = trainRidge(X, n, d, y, 0).w;
    const wSmall = trainRidge(X, n, d, y, 1e-9).w;
    let diff = 0;
    for (let i = 0; i < d; i++) diff = Math.max(diff, Math.abs(w0[i] - wSmall[i]));
    expect(diff / Math.max(...w0.map(Math.abs))).toBeLessThan(1e-6);
  });

  it('logistic: the gradient Σ −y σ(−y z) x + λ w vanishes to the stated tolerance', () => {
    for (const [n, d, lambda] of [[80, 40, 0.1], [30, 40, 1e-2], [120, 40, 1]]) {
      const { X, y } = teacherData(n, d, 11);
      const r = trainLogistic(X, n, d, y, lambda);
      expect(r.converged).toBe(true);
      const z = matVec(X, n, d, r.w, new Float64Array(n));
      const s = z.map((v, mu) => -y[mu] / (1 + Math.exp(y[mu] * v)));
      const g = matTVec(X, n, d, s, new Float64Array(d)).map((v, i) => v + lambda * r.w[i]);
      const g0 = norm(matTVec(X, n, d, y.map((v) => v / 2), new Float64Array(d)));
      expect(norm(g) / g0).toBeLessThan(1e-9);
    }
  });

  it('hinge: KKT of the soft-margin SVM (w = Σ a y x with 0 ≤ a ≤ 1/λ) and a small duality gap', () => {
    const [n, d, lambda] = [80, 40, 0.05];
    const { X, y } = teacherData(n, d, 5);
    const r = trainHinge(X, n, d, y, lambda, { tol: 1e-10 });
    expect(r.converged).toBe(true);
    expect(r.certificate).toBeLessThan(1e-10);
    const z = matVec(X, n, d, r.w, new Float64Array(n));
    // Stationarity: λw = Σ_μ β_μ y_μ x_μ with β_μ = 1 where yz < 1, 0 where yz > 1, β ∈ [0, 1] on the margin.
    // Recover β on the margin by least squares on the residual and check it lies in [0, 1].
    const fixed = new Float64Array(n);
    const margin: number[] = [];
    for (let mu = 0; mu < n; mu++) {
      const u = y[mu] * z[mu];
      if (Math.abs(u - 1) < 1e-6) margin.push(mu);
      else if (u < 1) fixed[mu] = y[mu];
    }
    const resid = matTVec(X, n, d, fixed, new Float64Array(d)).map((v, i) => lambda * r.w[i] - v);
    // resid must be a combination Σ_{margin} β y x with β ∈ [0, 1]: solve the small normal equations
    const k = margin.length;
    expect(k).toBeGreaterThan(0);
    expect(k).toBeLessThanOrEqual(d);
    const A = new Float64Array(k * k);
    const b = new Float64Array(k);
    for (let a = 0; a < k; a++) {
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let i = 0; i < d; i++) s += X[margin[a] * d + i] * X[margin[c] * d + i];
        A[a * k + c] = s * y[margin[a]] * y[margin[c]];
      }
      let s = 0;
      for (let i = 0; i < d; i++) s += X[margin[a] * d + i] * resid[i];
      b[a] = s * y[margin[a]];
    }
    // Gaussian elimination (k ≤ d, well conditioned for random directions)
    for (let p = 0; p < k; p++) {
      for (let rIdx = p + 1; rIdx < k; rIdx++) {
        const f = A[rIdx * k + p] / A[p * k + p];
        for (let c = p; c < k; c++) A[rIdx * k + c] -= f * A[p * k + c];
        b[rIdx] -= f * b[p];
      }
    }
    const beta = new Float64Array(k);
    for (let p = k - 1; p >= 0; p--) {
      let s = b[p];
      for (let c = p + 1; c < k; c++) s -= A[p * k + c] * beta[c];
      beta[p] = s / A[p * k + p];
    }
    for (const bt of beta) {
      expect(bt).toBeGreaterThan(-1e-5);
      expect(bt).toBeLessThan(1 + 1e-5);
    }
  });

  it('hinge at λ = 0 is the hard-margin SVM: min margin 1, and the same w as any λ below 1/max a', () => {
    const [n, d] = [60, 40];
    const { X, y } = teacherData(n, d, 9);
    const hard = trainHinge(X, n, d, y, 0, { tol: 1e-10 });
    expect(hard.converged).toBe(true);
    const z = matVec(X, n, d, hard.w, new Float64Array(n));
    const minMargin = Math.min(...z.map((v, mu) => v * y[mu]));
    expect(Math.abs(minMargin - 1)).toBeLessThan(1e-5);
    const soft = trainHinge(X, n, d, y, 1e-8, { tol: 1e-12 });
    let diff = 0;
    for (let i = 0; i < d; i++) diff = Math.max(diff, Math.abs(soft.w[i] - hard.w[i]));
    expect(diff / Math.max(...hard.w.map(Math.abs))).toBeLessThan(1e-4);
  });
});
