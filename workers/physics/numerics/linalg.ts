/**
 * Dense mat-vec on row-major typed arrays (n rows × d columns). The GAMP and gradient-flow inner
 * loops live on these two: out = A·v and out = Aᵀ·u, streaming A once each.
 */
type Vec = Float64Array | Float32Array;

/** out[μ] = Σ_i A[μ·d + i] v[i] */
export function matVec(A: Vec, n: number, d: number, v: Vec, out: Float64Array): Float64Array {
  for (let mu = 0; mu < n; mu++) {
    let s = 0;
    const row = mu * d;
    for (let i = 0; i < d; i++) s += A[row + i] * v[i];
    out[mu] = s;
  }
  return out;
}

/** out[i] = Σ_μ A[μ·d + i] u[μ] (row-wise axpy so that A is read in memory order). */
export function matTVec(A: Vec, n: number, d: number, u: Vec, out: Float64Array): Float64Array {
  out.fill(0);
  for (let mu = 0; mu < n; mu++) {
    const c = u[mu];
    if (c === 0) continue;
    const row = mu * d;
    for (let i = 0; i < d; i++) out[i] += A[row + i] * c;
  }
  return out;
}
