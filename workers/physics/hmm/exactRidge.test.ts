import { describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { trainRidge } from '../erm/train.ts';
import { exactRidge, rowGram } from './exactRidge.ts';

/**
 * Reference: the ERM chapter's ridge solver (erm/train.ts trainRidge) run to a relative residual 1e-13, an
 * independent method (conjugate gradients on the operator, no Gram matrix); for cond ≲ 10³ here the two agree to
 * ~1e-12 relative. The Gram tiles against the plain double loop: the same sums in the same order, so exactly.
 */
function design(n: number, p: number, seed: number) {
  const rng = new Rng(seed);
  const X = rng.fillNormal(new Float64Array(n * p), 1 / Math.sqrt(p));
  const y = Float64Array.from({ length: n }, () => (rng.normal() >= 0 ? 1 : -1));
  return { X, y };
}

describe('exactRidge: ridge by the smaller normal equations and Cholesky', () => {
  it('rowGram equals the plain AAᵀ + λI for odd and even sizes (bitwise)', () => {
    // 40 and 33 rows: three panels of the Gram (the last one short)
    for (const [r, c] of [[7, 5], [10, 13], [1, 4], [9, 9], [40, 23], [33, 8]]) {
      const { X } = design(r, c, r * 31 + c);
      const G = rowGram(X, r, c, 0.3);
      for (let i = 0; i < r; i++)
        for (let j = 0; j < r; j++) {
          let s = 0;
          for (let k = 0; k < c; k++) s += X[Math.min(i, j) * c + k] * X[Math.max(i, j) * c + k];
          expect(G[i * r + j]).toBe(s + (i === j ? 0.3 : 0));
        }
    }
  });

  for (const [n, p] of [[60, 40], [40, 60]]) {
    it(`n = ${n}, p = ${p} (${n >= p ? 'primal' : 'dual'}): w against CG to 1e-13 within 1e-10 relative`, () => {
      const { X, y } = design(n, p, n + p);
      const e = exactRidge(X, n, p, y, 0.05);
      const cg = trainRidge(X, n, p, y, 0.05, { tol: 1e-13 });
      let diff = 0;
      let norm = 0;
      for (let i = 0; i < p; i++) {
        diff += (e.w[i] - cg.w[i]) ** 2;
        norm += cg.w[i] ** 2;
      }
      expect(Math.sqrt(diff / norm)).toBeLessThan(1e-10);
      expect(e.certificate).toBeLessThan(1e-12);
    });
  }
});
