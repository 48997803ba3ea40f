/**
 * Gauss-Hermite quadrature for the standard normal measure Dz = φ(z)dz:
 * E[f(z)] ≈ Σ_i w_i f(x_i), exact for polynomials of degree ≤ 2n − 1, Σ w_i = 1.
 *
 * Nodes are the roots of the physicists' Hermite polynomial H_n found by Newton's method on the
 * orthonormal recurrence (Numerical Recipes §4.6, `gauher`), then rescaled x = √2 t,
 * w = w_phys/√π. The orthonormal recurrence keeps values O(1), so orders of several hundred work.
 */

export interface Quadrature {
  readonly x: Float64Array;
  readonly w: Float64Array;
}

const cache = new Map<number, Quadrature>();
const PIM4 = 0.7511255444649425; // π^{-1/4}

export function gaussHermite(n: number): Quadrature {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Gauss-Hermite order must be a positive integer, got ${n}`);
  const hit = cache.get(n);
  if (hit) return hit;
  const t = new Float64Array(n);
  const wp = new Float64Array(n);
  const m = (n + 1) >> 1;
  let z = 0;
  for (let i = 0; i < m; i++) {
    // Initial guesses from NR gauher (asymptotics of the largest roots, then extrapolation).
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * Math.pow(2 * n + 1, -0.16667);
    else if (i === 1) z -= (1.14 * Math.pow(n, 0.426)) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * t[0];
    else if (i === 3) z = 1.91 * z - 0.91 * t[1];
    else z = 2 * z - t[i - 2];
    let pp = 0;
    for (let its = 0; its < 100; its++) {
      let p1 = PIM4;
      let p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / (j + 1)) * p2 - Math.sqrt(j / (j + 1)) * p3;
      }
      pp = Math.sqrt(2 * n) * p2;
      const z1 = z;
      z = z1 - p1 / pp;
      if (Math.abs(z - z1) <= 1e-15 * Math.max(1, Math.abs(z))) break;
    }
    t[i] = z;
    t[n - 1 - i] = -z;
    wp[i] = 2 / (pp * pp);
    wp[n - 1 - i] = wp[i];
  }
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const invSqrtPi = 1 / Math.sqrt(Math.PI);
  for (let i = 0; i < n; i++) {
    // ascending order
    x[i] = Math.SQRT2 * t[n - 1 - i];
    w[i] = wp[n - 1 - i] * invSqrtPi;
  }
  const q = { x, w };
  cache.set(n, q);
  return q;
}

/** E_{z~N(0,1)}[f(z)] with an n-point rule. */
export function gaussAverage(f: (z: number) => number, n = 64): number {
  const { x, w } = gaussHermite(n);
  let s = 0;
  for (let i = 0; i < n; i++) s += w[i] * f(x[i]);
  return s;
}
