/**
 * Fixed points x = F(x) of the small (2- or 3-dimensional) order-parameter maps of the ERM chapter:
 * a few damped iterations from a cold start, then quasi-Newton on G(x) = F(x) − x: the Jacobian is
 * taken by forward differences (step 1e-7 relative) — or handed in from a neighbouring solve — and kept
 * up to date by Broyden's rank-one update after each accepted step (Nocedal & Wright §11.1), so a warm
 * solve costs a few evaluations of F; backtracking on |G|∞, and a step that does not decrease |G|∞
 * first refreshes the Jacobian by differences, then falls back to one plain iteration x ← F(x).
 * Converged when |G|∞ < tol.
 */
import { drain, type Resumable } from '../resumable.ts';

export interface FixedPointResult {
  x: Float64Array;
  /** |F(x) − x|∞ at exit */
  residual: number;
  /** evaluations of F */
  evaluations: number;
  converged: boolean;
  /** ∂G/∂x at exit (row-major), to start a neighbouring solve with */
  jacobian: Float64Array;
}

export interface FixedPointOptions {
  tol: number;
  maxIter: number;
  warmSteps: number;
  jacobian?: Float64Array | null;
}

export function newtonFixedPoint(map: (x: Float64Array, out: Float64Array) => void, x0: Float64Array, opts: FixedPointOptions): FixedPointResult {
  return drain(newtonFixedPointStream(map, x0, opts));
}

/**
 * newtonFixedPoint with a pause after every evaluation of the map (~0.2 ms for the logistic loss's ~700 nodes; a
 * Newton iteration may take a dozen with its backtracking and differences), so a job built on it reads its cancel
 * every few ms (workers/physics/resumable.ts).
 */
export function* newtonFixedPointStream(map: (x: Float64Array, out: Float64Array) => void, x0: Float64Array, opts: FixedPointOptions): Resumable<FixedPointResult, never> {
  const n = x0.length;
  const x = Float64Array.from(x0);
  const F = new Float64Array(n);
  const G = new Float64Array(n);
  const Gh = new Float64Array(n);
  const xt = new Float64Array(n);
  const J = new Float64Array(n * n);
  let fresh = false;
  if (opts.jacobian && opts.jacobian.length === n * n && opts.jacobian.every(Number.isFinite)) J.set(opts.jacobian);
  let evaluations = 0;
  function* residual(at: Float64Array, g: Float64Array): Resumable<number, never> {
    map(at, F);
    evaluations++;
    yield;
    let r = 0;
    for (let k = 0; k < n; k++) {
      g[k] = F[k] - at[k];
      r = Math.max(r, Number.isFinite(g[k]) ? Math.abs(g[k]) : Infinity);
    }
    return r;
  }
  for (let k = 0; k < opts.warmSteps; k++) {
    if (!((yield* residual(x, G)) < Infinity)) break;
    for (let j = 0; j < n; j++) x[j] += 0.5 * G[j];
  }
  let r = yield* residual(x, G);
  function* differences(): Resumable<void, never> {
    for (let c = 0; c < n; c++) {
      xt.set(x);
      const h = 1e-7 * Math.max(1, Math.abs(x[c]));
      xt[c] += h;
      yield* residual(xt, Gh);
      for (let k = 0; k < n; k++) J[k * n + c] = (Gh[k] - G[k]) / h;
    }
    fresh = true;
  }
  if (!(opts.jacobian && opts.jacobian.length === n * n) && r >= opts.tol) yield* differences();
  for (let it = 0; it < opts.maxIter && !(r < opts.tol); it++) {
    const step = solveSmall(J, G, n);
    let accepted = false;
    if (step) {
      for (let t = 1; t > 1e-3; t *= 0.5) {
        for (let k = 0; k < n; k++) xt[k] = x[k] - t * step[k];
        const rt = yield* residual(xt, Gh);
        if (rt < r) {
          // Broyden: J += (ΔG − J Δx) Δxᵀ / |Δx|²
          let dx2 = 0;
          for (let k = 0; k < n; k++) dx2 += (t * step[k]) ** 2;
          for (let k = 0; k < n; k++) {
            let jdx = 0;
            for (let c = 0; c < n; c++) jdx -= J[k * n + c] * t * step[c];
            const u = (Gh[k] - G[k] - jdx) / dx2;
            for (let c = 0; c < n; c++) J[k * n + c] -= u * t * step[c];
          }
          x.set(xt);
          G.set(Gh);
          r = rt;
          accepted = true;
          fresh = false;
          break;
        }
      }
    }
    if (accepted) continue;
    if (!fresh) {
      yield* residual(x, G);
      yield* differences();
      continue;
    }
    for (let k = 0; k < n; k++) x[k] += G[k]; // x ← F(x)
    r = yield* residual(x, G);
    yield* differences();
  }
  return { x, residual: r, evaluations, converged: r < opts.tol, jacobian: J };
}

/** Gaussian elimination with partial pivoting on a copy; null when singular. */
export function solveSmall(J: Float64Array, g: Float64Array, n: number): Float64Array | null {
  const A = Float64Array.from(J);
  const b = Float64Array.from(g);
  for (let p = 0; p < n; p++) {
    let piv = p;
    for (let r = p + 1; r < n; r++) if (Math.abs(A[r * n + p]) > Math.abs(A[piv * n + p])) piv = r;
    if (!(Math.abs(A[piv * n + p]) > 0)) return null;
    if (piv !== p) {
      for (let c = 0; c < n; c++) [A[p * n + c], A[piv * n + c]] = [A[piv * n + c], A[p * n + c]];
      [b[p], b[piv]] = [b[piv], b[p]];
    }
    for (let r = p + 1; r < n; r++) {
      const f = A[r * n + p] / A[p * n + p];
      for (let c = p; c < n; c++) A[r * n + c] -= f * A[p * n + c];
      b[r] -= f * b[p];
    }
  }
  const x = new Float64Array(n);
  for (let p = n - 1; p >= 0; p--) {
    let s = b[p];
    for (let c = p + 1; c < n; c++) s -= A[p * n + c] * x[c];
    x[p] = s / A[p * n + p];
  }
  return x.every(Number.isFinite) ? x : null;
}
