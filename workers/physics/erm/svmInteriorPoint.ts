/**
 * The support-vector machine by a primal-dual interior-point method (Mehrotra predictor-corrector; Mehrotra,
 * SIAM J. Optim. 2 (1992); Nocedal & Wright, Numerical Optimization, §16.6 for convex QPs), with every Newton
 * system reduced to d-space as in Ferris & Munson (SIAM J. Optim. 13 (2002), "Interior-point methods for
 * massive support vector machines", §3): one dense Cholesky of I + XᵀDX per iteration, cost n·d²/2 + d³/3.
 *
 * Problem (the C = 1/λ form of Σ ℓ + (λ/2)|w|², same minimiser; A = diag(y)X):
 *   soft, C < ∞:  min ½|w|² + C Σξ  s.t.  Aw + ξ − s = 1,  ξ, s ≥ 0,  multipliers a (of the margin), ν = C − a (of ξ);
 *   hard, C = ∞:  min ½|w|²         s.t.  Aw − s = 1,  s ≥ 0  (the max-margin direction, λ → 0⁺).
 * KKT: w = Aᵀa, a + ν = C, Aw + ξ − s = 1, a∘s = 0, ν∘ξ = 0, all of a, s, ν, ξ ≥ 0.
 * Eliminating Δs, Δξ, Δν and Δa leaves (I + XᵀDX)Δw = −r_w + AᵀDg with D = 1/(s/a + ξ/ν) (hard: a/s), see
 * `direction`. Unlike the dual's free block (erm/CONTEXT.md), this matrix is ill-conditioned only in the benign
 * way of interior-point methods (its large eigenvalues are the support vectors' 1/μ), which Cholesky handles.
 *
 * Certificate: the relative duality gap of svmGap.ts at the iterate's (w, a) — the dual bound needs no w = Aᵀa —
 * so the returned w (hard margin: its feasible rescaling w/γ) is within √gap·|ŵ| of the minimiser (strong
 * convexity of ½|w|²). Stops at tol (default 1e-6) or maxIter iterations (default 100; ~10 are typical).
 */
import { rowProducts } from '../numerics/wasm/rowProducts.ts';
import { matTVec, matVec } from '../numerics/linalg.ts';
import { choleskyFactor, choleskySubstitute, dot } from './linearSolvers.ts';
import { svmRelativeGap } from './svmGap.ts';
import { drained, type TrainerStream } from './trainTypes.ts';

/** Fraction of the distance to the boundary a step may go (Nocedal & Wright §16.6, "η ∈ [0.9, 1)"). */
const STEP_TO_BOUNDARY = 0.995;

/** The largest t ≤ tMax with v + t·dv ≥ 0 componentwise. */
function maxStep(v: Float64Array, dv: Float64Array, t: number): number {
  for (let i = 0; i < v.length; i++) if (dv[i] < 0) t = Math.min(t, -v[i] / dv[i]);
  return t;
}

/** Pauses after each factorisation and after each iteration (n·d²/2 + d³/3 each: ~15 ms at d = 200, α = 4). */
export const trainHingeInteriorPointStream: TrainerStream = function* (X, n, d, y, lambda, opts = {}) {
  const tol = opts.tol ?? 1e-6;
  const maxIter = opts.maxIter ?? 100;
  const C = lambda > 0 ? 1 / lambda : Infinity;
  const soft = Number.isFinite(C);
  // Start: w = 0 and unit complementarity products (a·s = ν·ξ = 1), a inside (0, C).
  const w = new Float64Array(d);
  const a = new Float64Array(n).fill(soft ? Math.min(1, C / 2) : 1);
  const s = new Float64Array(n).fill(1);
  const nu = new Float64Array(soft ? n : 0).fill(soft ? C - a[0] : 0);
  const xi = new Float64Array(soft ? n : 0);
  for (let mu = 0; mu < xi.length; mu++) xi[mu] = 1 / nu[mu];
  const m = soft ? 2 * n : n;
  const onProgress = opts.onProgress;
  let progress = 0;
  // XᵀDX is the row products of Z = Xᵀ·diag(√D) (d×n row-major) with itself; Z is rebuilt from X each
  // iteration (n·d, against the n·d²/2 of the product) rather than keeping a transposed copy of X.
  const Z = new Float64Array(d * n);
  const G = new Float64Array(d * d);
  const Dm = new Float64Array(n);
  const Aw = new Float64Array(n);
  const ya = new Float64Array(n);
  const rw = new Float64Array(d);
  const rp = new Float64Array(n);
  const rC = new Float64Array(soft ? n : 0);
  const tmpN = new Float64Array(n);
  const tmpD = new Float64Array(d);
  const rs = new Float64Array(n);
  const rxi = new Float64Array(soft ? n : 0);
  const dw = new Float64Array(d);
  const da = new Float64Array(n);
  const ds = new Float64Array(n);
  const dnu = new Float64Array(soft ? n : 0);
  const dxi = new Float64Array(soft ? n : 0);

  const residuals = (): void => {
    matVec(X, n, d, w, Aw);
    for (let mu = 0; mu < n; mu++) {
      Aw[mu] *= y[mu];
      ya[mu] = y[mu] * a[mu];
      rp[mu] = Aw[mu] - s[mu] - 1 + (soft ? xi[mu] : 0);
      if (soft) rC[mu] = a[mu] + nu[mu] - C;
    }
    matTVec(X, n, d, ya, rw);
    for (let i = 0; i < d; i++) rw[i] = w[i] - rw[i];
  };
  // a is dual feasible as it stands: a > 0, and a = C − ν < C since the start has a + ν = C, which every step
  // keeps (Δν = −r_C − Δa with r_C = 0); rw holds w − Aᵀa, so Aᵀa = w − rw.
  const relativeGap = (): number => {
    let sumA = 0;
    for (let mu = 0; mu < n; mu++) sumA += a[mu];
    for (let i = 0; i < d; i++) tmpD[i] = w[i] - rw[i];
    return svmRelativeGap(Aw, dot(w, w), sumA, dot(tmpD, tmpD), C);
  };
  // Factor I + XᵀDX for the current iterate; false if Cholesky breaks down in rounding.
  const factor = (): boolean => {
    for (let mu = 0; mu < n; mu++) Dm[mu] = 1 / (s[mu] / a[mu] + (soft ? xi[mu] / nu[mu] : 0));
    for (let mu = 0; mu < n; mu++) {
      const sq = Math.sqrt(Dm[mu]);
      const row = mu * d;
      for (let i = 0; i < d; i++) Z[i * n + mu] = X[row + i] * sq;
    }
    // beats inside the product (n·d²/2, seconds at d = 1000) repeat the last fraction: the CLI's --max-seconds
    // budget is checked in onProgress
    rowProducts(Z, d, Z, d, n, G, d, true, onProgress && (() => onProgress(progress)));
    for (let i = 0; i < d; i++) {
      G[i * d + i] += 1;
      for (let j = 0; j < i; j++) G[i * d + j] = G[j * d + i];
    }
    return choleskyFactor(G, d);
  };
  // The Newton direction for complementarity targets rs = a∘s − ·, rxi = ν∘ξ − · (see the header).
  const direction = (): void => {
    for (let mu = 0; mu < n; mu++) {
      let g = -rp[mu] - rs[mu] / a[mu];
      if (soft) g += (rxi[mu] - xi[mu] * rC[mu]) / nu[mu];
      tmpN[mu] = g; // g, kept for Δa
      ya[mu] = y[mu] * Dm[mu] * g;
    }
    matTVec(X, n, d, ya, tmpD);
    for (let i = 0; i < d; i++) tmpD[i] -= rw[i];
    dw.set(choleskySubstitute(G, d, tmpD));
    matVec(X, n, d, dw, da);
    for (let mu = 0; mu < n; mu++) {
      da[mu] = Dm[mu] * (tmpN[mu] - y[mu] * da[mu]);
      ds[mu] = (-rs[mu] - s[mu] * da[mu]) / a[mu];
      if (soft) {
        dnu[mu] = -rC[mu] - da[mu];
        dxi[mu] = (-rxi[mu] - xi[mu] * dnu[mu]) / nu[mu];
      }
    }
  };
  const stepLength = (): number => {
    let t = maxStep(a, da, Infinity);
    t = maxStep(s, ds, t);
    if (soft) t = maxStep(xi, dxi, maxStep(nu, dnu, t));
    return t;
  };

  let gap = Infinity;
  let it = 0;
  for (; ; it++) {
    residuals();
    gap = relativeGap();
    progress = Math.min(1, Math.max(0, Math.log(1 / gap) / Math.log(1 / tol)));
    onProgress?.(progress);
    if (gap <= tol || it >= maxIter) break;
    const factored = factor();
    yield;
    if (!factored) break;
    let comp = 0;
    for (let mu = 0; mu < n; mu++) comp += a[mu] * s[mu] + (soft ? nu[mu] * xi[mu] : 0);
    const mean = comp / m;
    // predictor (affine scaling): complementarity targets 0
    for (let mu = 0; mu < n; mu++) {
      rs[mu] = a[mu] * s[mu];
      if (soft) rxi[mu] = nu[mu] * xi[mu];
    }
    direction();
    const tAff = Math.min(1, stepLength());
    let compAff = 0;
    for (let mu = 0; mu < n; mu++) {
      compAff += (a[mu] + tAff * da[mu]) * (s[mu] + tAff * ds[mu]);
      if (soft) compAff += (nu[mu] + tAff * dnu[mu]) * (xi[mu] + tAff * dxi[mu]);
    }
    // Mehrotra's centring σ = (μ_aff/μ)³ and the second-order correction Δa_aff∘Δs_aff
    const sigmaMu = (compAff / m / mean) ** 3 * mean;
    for (let mu = 0; mu < n; mu++) {
      rs[mu] = a[mu] * s[mu] + da[mu] * ds[mu] - sigmaMu;
      if (soft) rxi[mu] = nu[mu] * xi[mu] + dnu[mu] * dxi[mu] - sigmaMu;
    }
    direction();
    const t = Math.min(1, STEP_TO_BOUNDARY * stepLength());
    // a hard margin on non-separable data has no solution: a and w grow each step until they overflow; stop at
    // the last finite iterate (converged: false)
    if (!(t > 0) || !dw.every(Number.isFinite) || !da.every(Number.isFinite)) break;
    for (let i = 0; i < d; i++) w[i] += t * dw[i];
    for (let mu = 0; mu < n; mu++) {
      a[mu] += t * da[mu];
      s[mu] += t * ds[mu];
      if (soft) {
        nu[mu] += t * dnu[mu];
        xi[mu] += t * dxi[mu];
      }
    }
    yield;
  }
  if (!soft) {
    // return the feasible rescaling w/γ the certificate was computed at
    let margin = Infinity;
    for (let mu = 0; mu < n; mu++) margin = Math.min(margin, Aw[mu]);
    if (margin > 0) for (let i = 0; i < d; i++) w[i] /= margin;
  }
  return { w, iterations: it, certificate: gap, converged: gap <= tol };
};

export const trainHingeInteriorPoint = drained(trainHingeInteriorPointStream);
