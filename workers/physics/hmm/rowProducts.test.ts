import { describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { rowProducts } from './rowProducts.ts';

/** Reference: the plain dot product Σ_k A[i,k]B[j,k] in k order — the tiles must give its bits exactly. */
describe('rowProducts: ABᵀ in register tiles', () => {
  it('equals the plain dot products bit for bit, odd and even shapes, into a wider output', () => {
    const rng = new Rng(11);
    for (const [na, nb, c] of [[5, 7, 3], [16, 10, 9], [1, 4, 6], [2, 3, 1]]) {
      const A = rng.fillNormal(new Float64Array(na * c));
      const B = rng.fillNormal(new Float64Array(nb * c));
      const ldo = nb + 2;
      const out = new Float64Array(na * ldo).fill(7);
      rowProducts(A, na, B, nb, c, out, ldo);
      for (let i = 0; i < na; i++) {
        for (let j = 0; j < nb; j++) {
          let s = 0;
          for (let k = 0; k < c; k++) s += A[i * c + k] * B[j * c + k];
          expect(out[i * ldo + j]).toBe(s);
        }
        // the padding columns stay untouched
        expect(out[i * ldo + nb]).toBe(7);
      }
    }
  });
});
