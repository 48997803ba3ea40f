import { describe, expect, it } from 'vitest';
import { gaussHermite } from './gaussHermite.ts';

// Moments of N(0,1): E z^{2k} = (2k−1)!!
function doubleFactorial(n: number): number {
  let r = 1;
  for (let k = n; k > 1; k -= 2) r *= k;
  return r;
}

describe('Gauss-Hermite for the standard normal measure', () => {
  it.each([1, 2, 5, 10, 20, 40, 80])('order %i integrates polynomials of degree ≤ 2n−1 exactly', (n) => {
    const { x, w } = gaussHermite(n);
    let sw = 0;
    for (let i = 0; i < n; i++) sw += w[i];
    expect(Math.abs(sw - 1)).toBeLessThan(1e-13);
    const maxDeg = Math.min(2 * n - 1, 30);
    for (let deg = 1; deg <= maxDeg; deg++) {
      let s = 0;
      let scale = 0; // Σ w|x|^deg: the size of the terms that cancel in odd moments
      for (let i = 0; i < n; i++) {
        s += w[i] * x[i] ** deg;
        scale += w[i] * Math.abs(x[i]) ** deg;
      }
      const exact = deg % 2 ? 0 : doubleFactorial(deg - 1);
      expect(Math.abs(s - exact) / Math.max(1, scale), `n=${n} deg=${deg}`).toBeLessThan(1e-12);
    }
  });
  it('nodes are ascending and symmetric; high orders stay finite', () => {
    for (const n of [7, 150, 300]) {
      const { x, w } = gaussHermite(n);
      for (let i = 1; i < n; i++) expect(x[i]).toBeGreaterThan(x[i - 1]);
      for (let i = 0; i < n; i++) {
        expect(x[i]).toBeCloseTo(-x[n - 1 - i], 12);
        expect(w[i]).toBeGreaterThanOrEqual(0);
      }
    }
  });
  it('converges on a smooth non-polynomial integrand: E cos z = e^{-1/2}', () => {
    const { x, w } = gaussHermite(30);
    const s = x.reduce((acc, xi, i) => acc + w[i] * Math.cos(xi), 0);
    expect(Math.abs(s - Math.exp(-0.5))).toBeLessThan(1e-15);
  });
  it('rejects a bad order', () => {
    expect(() => gaussHermite(0)).toThrow(RangeError);
  });
});
