/**
 * Gauss-Legendre quadrature on [a, b]: ∫ f ≈ Σ w_i f(x_i), exact for polynomials of degree ≤ 2n − 1.
 * Nodes by Newton's method on the Legendre recurrence (Numerical Recipes §4.6, `gauleg`).
 */
import type { Quadrature } from './gaussHermite.ts';

const cache = new Map<number, Quadrature>();

/** The n-point rule on [−1, 1] (nodes ascending, cached). */
export function gaussLegendre(n: number): Quadrature {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Gauss-Legendre order must be a positive integer, got ${n}`);
  const hit = cache.get(n);
  if (hit) return hit;
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const m = (n + 1) >> 1;
  for (let i = 0; i < m; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let pp = 0;
    for (let its = 0; its < 100; its++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j + 1) * z * p2 - j * p3) / (j + 1);
      }
      pp = (n * (z * p1 - p2)) / (z * z - 1);
      const z1 = z;
      z = z1 - p1 / pp;
      if (Math.abs(z - z1) <= 1e-15) break;
    }
    x[i] = -z;
    x[n - 1 - i] = z;
    w[i] = 2 / ((1 - z * z) * pp * pp);
    w[n - 1 - i] = w[i];
  }
  const q = { x, w };
  cache.set(n, q);
  return q;
}
