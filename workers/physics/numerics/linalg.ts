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

/**
 * acc[q] = Σ_{i<N} P_q[o_q + i] x[i] for four rows (array P_q, offset o_q) in one pass over x: x[i] loaded once for
 * four multiply-adds on four independent accumulators (~1.7–2× one row at a time in V8). Each row is summed in i
 * order on its own accumulator: the bits of four separate dot products.
 */
export function dots4(
  P0: Float64Array, o0: number, P1: Float64Array, o1: number, P2: Float64Array, o2: number, P3: Float64Array, o3: number,
  N: number, x: Float64Array, acc: Float64Array,
): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < N; i++) {
    const xi = x[i];
    s0 += P0[o0 + i] * xi;
    s1 += P1[o1 + i] * xi;
    s2 += P2[o2 + i] * xi;
    s3 += P3[o3 + i] * xi;
  }
  acc[0] = s0;
  acc[1] = s1;
  acc[2] = s2;
  acc[3] = s3;
}
