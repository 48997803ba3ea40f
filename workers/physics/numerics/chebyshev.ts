/**
 * Chebyshev interpolation on [−1, 1] at the Chebyshev–Lobatto points x_j = cos(πj/(n−1)) (Trefethen,
 * "Approximation Theory and Approximation Practice", ch. 3–4): for f analytic in the Bernstein
 * ellipse E_ϱ the coefficients decay like ϱ^{−k}, so the size of the last coefficients bounds the
 * interpolation error. The point sets for n = 2^k + 1 are nested (the points of n are the even ones
 * of 2n − 1), so a fit can be refined without re-evaluating f.
 */

/** The n Chebyshev–Lobatto points cos(πj/(n−1)), j = 0..n−1 (from +1 down to −1). */
export function lobattoPoints(n: number): Float64Array {
  const x = new Float64Array(n);
  for (let j = 0; j < n; j++) x[j] = Math.cos((Math.PI * j) / (n - 1));
  x[0] = 1;
  x[n - 1] = -1;
  return x;
}

/**
 * Coefficients c_k of p(x) = Σ c_k T_k(x) interpolating `values` (f at lobattoPoints(n), same order):
 * the DCT-I c_k = (2/(n−1)) Σ'' f_j cos(πjk/(n−1)) with halved end terms (and halved c_0, c_{n−1}).
 * Direct O(n²) sum: n ≤ 129 here.
 */
export function chebCoefficients(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const N = n - 1;
  const c = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let s = 0;
    for (let j = 0; j <= N; j++) {
      const w = j === 0 || j === N ? 0.5 : 1;
      s += w * values[j] * Math.cos((Math.PI * ((j * k) % (2 * N))) / N);
    }
    c[k] = ((k === 0 || k === N ? 1 : 2) * s) / N;
  }
  return c;
}

/** Σ c_k T_k(x) by Clenshaw's recurrence (x ∈ [−1, 1]). */
export function chebEval(c: Float64Array, x: number): number {
  let b1 = 0;
  let b2 = 0;
  const x2 = 2 * x;
  for (let k = c.length - 1; k >= 1; k--) {
    const b0 = c[k] + x2 * b1 - b2;
    b2 = b1;
    b1 = b0;
  }
  return c[0] + x * b1 - b2;
}

/** max |c_k| over the last `tail` coefficients: an estimate of the interpolation error once they decay geometrically. */
export function chebTail(c: Float64Array, tail = 3): number {
  let t = 0;
  for (let k = Math.max(0, c.length - tail); k < c.length; k++) t = Math.max(t, Math.abs(c[k]));
  return t;
}
