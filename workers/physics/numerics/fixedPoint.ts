/**
 * Damped fixed-point iteration x ← (1 − γ)·F(x) + γ·x for scalar or small vector maps, with a
 * convergence report (the state-evolution loops of every model use it).
 */

export interface FixedPointOptions {
  /** weight γ ∈ [0, 1) kept from the previous iterate; 0 = undamped */
  damping?: number;
  /** stop when |x_{t+1} − x_t| ≤ tol·max(1, |x_t|) */
  tol?: number;
  maxIter?: number;
}

export interface FixedPointResult<T> {
  x: T;
  iterations: number;
  converged: boolean;
  /** last step size |x_{t+1} − x_t| (max norm for vectors) */
  residual: number;
}

export function fixedPoint(map: (x: number) => number, x0: number, opts: FixedPointOptions = {}): FixedPointResult<number> {
  const { damping = 0, tol = 1e-12, maxIter = 10_000 } = opts;
  let x = x0;
  let residual = Infinity;
  for (let it = 1; it <= maxIter; it++) {
    const fx = map(x);
    if (!Number.isFinite(fx)) return { x, iterations: it, converged: false, residual: NaN };
    const next = (1 - damping) * fx + damping * x;
    residual = Math.abs(next - x);
    x = next;
    if (residual <= tol * Math.max(1, Math.abs(x))) return { x, iterations: it, converged: true, residual };
  }
  return { x, iterations: maxIter, converged: false, residual };
}

/** Vector version: `map(x, out)` writes F(x) into `out`; x0 is not modified. */
export function fixedPointVec(
  map: (x: Float64Array, out: Float64Array) => void,
  x0: Float64Array,
  opts: FixedPointOptions = {},
): FixedPointResult<Float64Array> {
  const { damping = 0, tol = 1e-12, maxIter = 10_000 } = opts;
  const x = Float64Array.from(x0);
  const fx = new Float64Array(x.length);
  let residual = Infinity;
  for (let it = 1; it <= maxIter; it++) {
    map(x, fx);
    residual = 0;
    let scale = 1;
    for (let i = 0; i < x.length; i++) {
      if (!Number.isFinite(fx[i])) return { x, iterations: it, converged: false, residual: NaN };
      const next = (1 - damping) * fx[i] + damping * x[i];
      residual = Math.max(residual, Math.abs(next - x[i]));
      scale = Math.max(scale, Math.abs(next));
      x[i] = next;
    }
    if (residual <= tol * scale) return { x, iterations: it, converged: true, residual };
  }
  return { x, iterations: maxIter, converged: false, residual };
}
