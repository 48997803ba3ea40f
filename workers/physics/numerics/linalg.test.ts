import { describe, expect, it } from 'vitest';
import { dots4, matVec, matTVec } from './linalg.ts';
import { Rng } from './rng.ts';

describe('mat-vec', () => {
  it('matVec and matTVec agree with explicit sums', () => {
    const A = Float64Array.from([1, 2, 3, 4, 5, 6]); // 2×3
    expect(Array.from(matVec(A, 2, 3, Float64Array.from([1, 0, -1]), new Float64Array(2)))).toEqual([-2, -2]);
    expect(Array.from(matTVec(A, 2, 3, Float64Array.from([1, 1]), new Float64Array(3)))).toEqual([5, 7, 9]);
  });

  it('dots4 gives the bits of matVec row by row (tolerance 0: same sums in the same order), rows from two arrays', () => {
    const N = 1001;
    const rng = new Rng(3);
    const A = rng.fillNormal(new Float64Array(3 * N));
    const B = rng.fillNormal(new Float64Array(2 * N));
    const x = rng.fillNormal(new Float64Array(N));
    const acc = new Float64Array(4);
    dots4(A, 2 * N, B, 0, A, 0, B, N, N, x, acc);
    const a = matVec(A, 3, N, x, new Float64Array(3));
    const b = matVec(B, 2, N, x, new Float64Array(2));
    expect(Array.from(acc)).toEqual([a[2], b[0], a[0], b[1]]);
  });
});
