import { describe, expect, it } from 'vitest';
import { gaussLegendre } from './gaussLegendre.ts';

describe('gaussLegendre', () => {
  it('integrates polynomials of degree 2n − 1 exactly and e^x to machine precision', () => {
    for (const n of [1, 2, 5, 12, 31]) {
      const { x, w } = gaussLegendre(n);
      let s0 = 0;
      let sTop = 0;
      let sExp = 0;
      for (let i = 0; i < n; i++) {
        s0 += w[i];
        sTop += w[i] * x[i] ** (2 * n - 2);
        sExp += w[i] * Math.exp(x[i]);
      }
      expect(s0).toBeCloseTo(2, 13);
      // ∫_{-1}^{1} x^{2n−2} dx = 2/(2n − 1)
      expect(sTop).toBeCloseTo(2 / (2 * n - 1), 13);
      // e − 1/e, reached to double precision from n = 12 on (error ≈ 2^{-2n}/(2n)!)
      if (n >= 12) expect(Math.abs(sExp - (Math.E - 1 / Math.E))).toBeLessThan(3e-14);
    }
  });
});
