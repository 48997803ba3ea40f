/**
 * Fixed points x = F(x) of the small (2- or 3-dimensional) order-parameter maps of the ERM chapter:
 * a few damped iterations from a cold start, then Newton on G(x) = F(x) − x with a forward-difference
 * Jacobian (step 1e-7 relative, so convergence is linear with rate ~1e-7: three or four steps from a
 * warm start) and backtracking on |G|∞; a Newton step that does not decrease |G|∞ falls back to one
 * plain iteration x ← F(x). Converged when |G|∞ < tol.
 */
export interface FixedPointResult {
  x: Float64Array;
  /** |F(x) − x|∞ at exit */
  residual: number;
  /** evaluations of F */
  evaluations: number;
  converged: boolean;
}

export function newtonFixedPoint(
  map: (x: Float64Array, out: Float64Array) => void,
  x0: Float64Array,
  opts: { tol: number; maxIter: number; warmSteps: number },
): FixedPointResult {
  const n = x0.length;
  const x = Float64Array.from(x0);
  const F = new Float64Array(n);
  const G = new Float64Array(n);
  const Gh = new Float64Array(n);
  const xt = new Float64Array(n);
  const J = new Float64Array(n * n);
  let evaluations = 0;
  const residual = (at: Float64Array, g: Float64Array): number => {
    map(at, F);
    evaluations++;
    let r = 0;
    for (let k = 0; k < n; k++) {
      g[k] = F[k] - at[k];
      r = Math.max(r, Number.isFinite(g[k]) ? Math.abs(g[k]) : Infinity);
    }
    return r;
  };
  for (let k = 0; k < opts.warmSteps; k++) {
    if (!(residual(x, G) < Infinity)) break;
    for (let j = 0; j < n; j++) x[j] += 0.5 * G[j];
  }
  let r = residual(x, G);
  for (let it = 0; it < opts.maxIter && !(r < opts.tol); it++) {
    const Fx = Float64Array.from(F);
    for (let c = 0; c < n; c++) {
      xt.set(x);
      const h = 1e-7 * Math.max(1, Math.abs(x[c]));
      xt[c] += h;
      residual(xt, Gh);
      for (let k = 0; k < n; k++) J[k * n + c] = (Gh[k] - G[k]) / h;
    }
    const step = solveSmall(J, G, n);
    let accepted = false;
    if (step) {
      for (let t = 1; t > 1e-3; t *= 0.5) {
        for (let k = 0; k < n; k++) xt[k] = x[k] - t * step[k];
        const rt = residual(xt, Gh);
        if (rt < r) {
          x.set(xt);
          G.set(Gh);
          r = rt;
          accepted = true;
          break;
        }
      }
    }
    if (!accepted) {
      x.set(Fx);
      r = residual(x, G);
    }
  }
  return { x, residual: r, evaluations, converged: r < opts.tol };
}

/** Gaussian elimination with partial pivoting on a copy; null when singular. */
function solveSmall(J: Float64Array, g: Float64Array, n: number): Float64Array | null {
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
