/**
 * Empirical risk minimisation on a dense design, the finite-size side of the ERM chapter
 * (PHYSICS.md §6): ŵ = argmin_w Σ_μ ℓ(y_μ, X_μ·w) + (λ/2)|w|², X row-major n×d.
 * Each solver returns a certificate of how far it is from the minimiser, so a plotted point says how
 * well it was trained: the gradient norm |∇R(ŵ)|₂ for ridge and logistic, the relative duality gap
 * for the hinge (support-vector machine).
 */
import { matTVec, matVec } from '../numerics/linalg.ts';
import { Rng } from '../numerics/rng.ts';
import { sigmoid } from '../numerics/special.ts';
import { softplus } from '../glm/softplus.ts';
import { choleskySolve, conjugateGradientStream, dot, norm, type SpdOperator } from './linearSolvers.ts';
import { svmRelativeGap } from './svmGap.ts';
import { trainHingeInteriorPointStream } from './svmInteriorPoint.ts';
import { drained, type TrainerStream } from './trainTypes.ts';

export type { Trainer, TrainerStream, TrainOptions, TrainResult } from './trainTypes.ts';

/** |Xᵀ(r) + λw|₂ with r = ∂ℓ/∂z per sample: the gradient norm of the regularised risk. */
function gradientNorm(X: Float64Array, n: number, d: number, r: Float64Array, lambda: number, w: Float64Array): number {
  const g = matTVec(X, n, d, r, new Float64Array(d));
  for (let i = 0; i < d; i++) g[i] += lambda * w[i];
  return norm(g);
}

/** Dense Gram matrix XᵀX + λI (d×d, when n ≥ d) or XXᵀ + λI (n×n), row-major. */
function gram(X: Float64Array, n: number, d: number, lambda: number, primal: boolean): Float64Array {
  const k = primal ? d : n;
  const G = new Float64Array(k * k);
  if (primal) {
    for (let mu = 0; mu < n; mu++) {
      const row = mu * d;
      for (let i = 0; i < d; i++) {
        const xi = X[row + i];
        if (xi === 0) continue;
        const gi = i * d;
        for (let j = i; j < d; j++) G[gi + j] += xi * X[row + j];
      }
    }
  } else {
    for (let mu = 0; mu < n; mu++) {
      for (let nu = mu; nu < n; nu++) {
        let s = 0;
        const a = mu * d;
        const b = nu * d;
        for (let i = 0; i < d; i++) s += X[a + i] * X[b + i];
        G[mu * n + nu] = s;
      }
    }
  }
  for (let i = 0; i < k; i++) {
    G[i * k + i] += lambda;
    for (let j = 0; j < i; j++) G[i * k + j] = G[j * k + i];
  }
  return G;
}

/**
 * Ridge regression, ℓ = ½(y − z)². For n ≥ d the normal equations (XᵀX + λI)w = Xᵀy; for n < d the
 * dual (XXᵀ + λI)a = y, w = Xᵀa, which at λ = 0 is the minimum-norm interpolator (w in the row
 * space of X). Conjugate gradients to a relative residual `tol` (default 1e-12); when CG stalls —
 * λ ≈ 0 with n ≈ d, where the smallest Marchenko-Pastur eigenvalue goes to 0 — a dense Cholesky
 * solve of the same system.
 */
export const trainRidgeStream: TrainerStream = function* (X, n, d, y, lambda, opts = {}) {
  const tol = opts.tol ?? 1e-12;
  const maxIter = opts.maxIter ?? 400;
  const primal = n >= d;
  const k = primal ? d : n;
  const tmp = new Float64Array(primal ? n : d);
  const apply: SpdOperator = primal
    ? (v, out) => {
        matVec(X, n, d, v, tmp);
        matTVec(X, n, d, tmp, out);
        for (let i = 0; i < d; i++) out[i] += lambda * v[i];
      }
    : (v, out) => {
        matTVec(X, n, d, v, tmp);
        matVec(X, n, d, tmp, out);
        for (let i = 0; i < n; i++) out[i] += lambda * v[i];
      };
  const b = primal ? matTVec(X, n, d, y, new Float64Array(d)) : Float64Array.from(y);
  let x: Float64Array = primal && opts.w0 ? Float64Array.from(opts.w0) : new Float64Array(k);
  const cg = yield* conjugateGradientStream(apply, b, x, tol, maxIter, undefined, (it) => opts.onProgress?.(it / maxIter));
  let converged = cg.converged;
  if (!converged) {
    const direct = choleskySolve(gram(X, n, d, lambda, primal), k, b);
    if (direct) {
      x = direct;
      converged = true;
    }
  }
  const w = primal ? x : matTVec(X, n, d, x, new Float64Array(d));
  const z = matVec(X, n, d, w, new Float64Array(n));
  for (let mu = 0; mu < n; mu++) z[mu] -= y[mu];
  opts.onProgress?.(1);
  return { w, iterations: cg.iterations, certificate: gradientNorm(X, n, d, z, lambda, w), converged };
};

export const trainRidge = drained(trainRidgeStream);

/**
 * Logistic regression, ℓ = ln(1 + e^{−yz}), by a line-search Newton-CG (Nocedal & Wright Alg. 7.1:
 * inexact Newton steps from Jacobi-preconditioned CG on Xᵀ D X + λI, D = σ(z)σ(−z), forcing term
 * min(½, √(|g|/|g₀|)), Armijo backtracking). Stops when |∇R(w)|₂ ≤ tol·|∇R(0)|₂ (default tol 1e-9:
 * above the rounding floor of the n-term gradient sums at n ~ 10⁴), or when the line search finds no
 * decrease (then converged: false).
 * At λ = 0 the minimiser exists only when the data are not linearly separable; otherwise |w| grows
 * until maxIter (default 100 Newton steps) and the result says converged: false.
 */
export const trainLogisticStream: TrainerStream = function* (X, n, d, y, lambda, opts = {}) {
  const tol = opts.tol ?? 1e-9;
  const maxIter = opts.maxIter ?? 100;
  const w = opts.w0 ? Float64Array.from(opts.w0) : new Float64Array(d);
  const z = new Float64Array(n);
  const r = new Float64Array(n);
  const D = new Float64Array(n);
  const g = new Float64Array(d);
  const p = new Float64Array(d);
  const Xp = new Float64Array(n);
  const diag = new Float64Array(d);
  const tmp = new Float64Array(n);
  const apply: SpdOperator = (v, out) => {
    matVec(X, n, d, v, tmp);
    for (let mu = 0; mu < n; mu++) tmp[mu] *= D[mu];
    matTVec(X, n, d, tmp, out);
    for (let i = 0; i < d; i++) out[i] += lambda * v[i];
  };
  const risk = (t: number): number => {
    let s = 0;
    for (let mu = 0; mu < n; mu++) s += softplus(-y[mu] * (z[mu] + t * Xp[mu]));
    let ww = 0;
    for (let i = 0; i < d; i++) {
      const wi = w[i] + t * p[i];
      ww += wi * wi;
    }
    return s + 0.5 * lambda * ww;
  };
  // g₀ = |∇R(0)| = |Xᵀy|/2: the scale the tolerance is relative to, whatever the warm start.
  const half = new Float64Array(n);
  for (let mu = 0; mu < n; mu++) half[mu] = -0.5 * y[mu];
  const g0 = norm(matTVec(X, n, d, half, new Float64Array(d)));
  const target = tol * (g0 > 0 ? g0 : 1);
  let gNorm = Infinity;
  let it = 0;
  for (; ; it++) {
    matVec(X, n, d, w, z);
    for (let mu = 0; mu < n; mu++) {
      const s = sigmoid(-y[mu] * z[mu]);
      r[mu] = -y[mu] * s;
      D[mu] = s * (1 - s);
    }
    matTVec(X, n, d, r, g);
    for (let i = 0; i < d; i++) g[i] += lambda * w[i];
    gNorm = norm(g);
    opts.onProgress?.(Math.min(1, Math.max(0, Math.log(g0 / gNorm) / Math.log(1 / tol))));
    if (gNorm <= target || it >= maxIter) break;
    diag.fill(lambda);
    for (let mu = 0; mu < n; mu++) {
      const row = mu * d;
      const Dm = D[mu];
      for (let i = 0; i < d; i++) diag[i] += Dm * X[row + i] * X[row + i];
    }
    for (let i = 0; i < d; i++) {
      g[i] = -g[i];
      diag[i] = Math.max(diag[i], 1e-300);
    }
    p.fill(0);
    yield* conjugateGradientStream(apply, g, p, Math.min(0.5, Math.sqrt(gNorm / g0)), 2 * d, diag);
    matVec(X, n, d, p, Xp);
    // Armijo backtracking on R(w + t p); g holds −∇R here.
    const R0 = risk(0);
    const slope = -dot(g, p);
    let t = 1;
    while (t > 1e-12 && risk(t) > R0 + 1e-4 * t * slope) t *= 0.5;
    // no decrease along a descent direction: the gradient is at its rounding floor
    if (!(t > 1e-12)) break;
    for (let i = 0; i < d; i++) w[i] += t * p[i];
    yield;
  }
  return { w, iterations: it, certificate: gNorm, converged: gNorm <= target };
};

export const trainLogistic = drained(trainLogisticStream);

/** Fixed seed of the dual coordinate order: the solver is deterministic, its minimiser unique. */
const DCD_ORDER_SEED = 0x5e1f;
/** Epochs between duality-gap checks (a check costs one product X·w, an epoch about two). */
const GAP_EVERY = 5;

/**
 * Support-vector machine, ℓ = max(0, 1 − yz), by dual coordinate descent (Hsieh, Chang, Lin, Keerthi,
 * Sundararajan, ICML 2008, Alg. 1, with their shrinking heuristic): the dual of ½|w|² + C Σ ℓ with
 * C = 1/λ (the same minimiser as Σ ℓ + (λ/2)|w|²) is min ½ aᵀQa − Σa over 0 ≤ a ≤ C,
 * Q_μν = y_μ y_ν X_μ·X_ν, w = Σ a_μ y_μ X_μ. λ = 0 is the hard-margin (max-margin) SVM, C = ∞: the
 * λ → 0⁺ limit is reached exactly (for separable data the soft-margin solution equals the hard one
 * once C exceeds the largest hard-margin multiplier), so no continuation in λ is run — measured at
 * d = 1000, α = 2: a warm-started continuation C = 1, 10, …, ∞ took 1860 epochs, the direct C = ∞ 670.
 * Certificate: the relative duality gap of svmGap.ts at (w, a), which bounds |w − ŵ|/|ŵ| by √(2·gap).
 * Stops at tol (default 1e-6) or maxIter DCD epochs (default 5000). `w0` is not used: the solver
 * starts from the dual a = 0.
 */
export const trainHingeDcdStream: TrainerStream = function* (X, n, d, y, lambda, opts = {}) {
  const tol = opts.tol ?? 1e-6;
  const maxIter = opts.maxIter ?? 5000;
  const C = lambda > 0 ? 1 / lambda : Infinity;
  const a = new Float64Array(n);
  const w = new Float64Array(d);
  const Qii = new Float64Array(n);
  for (let mu = 0; mu < n; mu++) {
    let s = 0;
    const row = mu * d;
    for (let i = 0; i < d; i++) s += X[row + i] * X[row + i];
    Qii[mu] = s;
  }
  const active = new Int32Array(n);
  let nActive = 0;
  const rng = new Rng(DCD_ORDER_SEED);
  const z = new Float64Array(n);
  const relativeGap = (): number => {
    matVec(X, n, d, w, z);
    for (let mu = 0; mu < n; mu++) z[mu] *= y[mu];
    let sumA = 0;
    for (let mu = 0; mu < n; mu++) sumA += a[mu];
    const ww = dot(w, w);
    return svmRelativeGap(z, ww, sumA, ww, C);
  };
  let gap = Infinity;
  let epochs = 0;
  // Shrinking: a coordinate at a = 0 whose gradient exceeds the last epoch's largest violation is
  // dropped from the sweeps until the next gap check restores the full set.
  let violationBound = Infinity;
  while (epochs < maxIter) {
    if (epochs % GAP_EVERY === 0) {
      nActive = n;
      for (let mu = 0; mu < n; mu++) active[mu] = mu;
      violationBound = Infinity;
    }
    for (let i = nActive - 1; i > 0; i--) {
      const j = Math.floor(rng.uniform() * (i + 1));
      const t = active[i];
      active[i] = active[j];
      active[j] = t;
    }
    let maxViolation = 0;
    let kept = 0;
    for (let k = 0; k < nActive; k++) {
      const mu = active[k];
      const row = mu * d;
      let wx = 0;
      for (let i = 0; i < d; i++) wx += w[i] * X[row + i];
      const G = y[mu] * wx - 1;
      const am = a[mu];
      if (am === 0 && G > violationBound) continue; // shrunk
      active[kept++] = mu;
      if ((am === 0 && G >= 0) || (am === C && G <= 0) || Qii[mu] === 0) continue;
      maxViolation = Math.max(maxViolation, Math.abs(G));
      const next = Math.min(Math.max(am - G / Qii[mu], 0), C);
      const delta = (next - am) * y[mu];
      if (delta === 0) continue;
      a[mu] = next;
      for (let i = 0; i < d; i++) w[i] += delta * X[row + i];
    }
    nActive = kept;
    violationBound = maxViolation;
    epochs++;
    if (epochs % GAP_EVERY === 0 || epochs >= maxIter) {
      gap = relativeGap();
      opts.onProgress?.(Math.min(1, Math.max(0, Math.log(1 / gap) / Math.log(1 / tol))));
      if (gap <= tol) break;
    }
    yield;
  }
  return { w, iterations: epochs, certificate: gap, converged: gap <= tol };
};

export const trainHingeDcd = drained(trainHingeDcdStream);

/** Interior-point iterations a max-margin solve typically takes (measured: 7-12 at d = 100-1000, α = 0.5-5). */
const IPM_TYPICAL_ITERATIONS = 12;
/** The share of an interior-point solve's work dual coordinate descent may spend first (λ > 0). */
const DCD_SHARE = 0.25;

/**
 * The support-vector machine (hinge loss + (λ/2)|w|²; λ = 0 the hard margin), certificate the relative duality
 * gap ≤ tol (default 1e-6). Two solvers, chosen by their cost in multiply-adds:
 * - a DCD epoch costs ≈ 2nd; an interior-point iteration n·d²/2 + d³/3 (XᵀDX and its Cholesky), ~12 of them.
 * - DCD's epoch count is not known in advance: ≈ 100 at λ = 1 (d = 1000, α = 5), ≈ 1900 at λ = 0.1, and at
 *   λ → 0 thousands at d = 200 (5000 epochs leave a gap of 4e-6 at d = 200, α = 5, where the IPM reaches 1e-8 in
 *   11 iterations; erm/CONTEXT.md says why: the dual's free block is as ill-conditioned as a Marchenko-Pastur
 *   matrix of ratio 0.92-0.96).
 * So λ = 0 goes to the interior-point method directly; λ > 0 first runs DCD for DCD_SHARE of the interior-point
 * method's estimated work (enough for large λ: d = 200, α = 5, λ = 1 needs 135 epochs of a budget of 160), and
 * only if that leaves the gap above tol solves by the interior-point method from scratch (worst case 1.25× the
 * IPM alone). `iterations` counts the solver that returned: DCD epochs or IPM iterations.
 */
export const trainHingeStream: TrainerStream = function* (X, n, d, y, lambda, opts = {}) {
  const ipmEpochs = (IPM_TYPICAL_ITERATIONS * (n * d * d / 2 + d * d * d / 3)) / (2 * n * d);
  const budget = Math.ceil(DCD_SHARE * ipmEpochs);
  const onProgress = opts.onProgress;
  if (lambda > 0) {
    const dcd = yield* trainHingeDcdStream(X, n, d, y, lambda, { ...opts, maxIter: Math.min(opts.maxIter ?? Infinity, budget), onProgress: onProgress && ((f) => onProgress(DCD_SHARE * f)) });
    if (dcd.converged) return dcd;
  }
  const share = lambda > 0 ? DCD_SHARE : 0;
  return yield* trainHingeInteriorPointStream(X, n, d, y, lambda, { ...opts, onProgress: onProgress && ((f) => onProgress(share + (1 - share) * f)) });
};

export const trainHinge = drained(trainHingeStream);
