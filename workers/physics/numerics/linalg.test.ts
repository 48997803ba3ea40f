import { describe, expect, it } from 'vitest';
import { matVec, matTVec } from './linalg.ts';

describe('mat-vec', () => {
  it('matVec and matTVec agree with explicit sums', () => {
    const A = Float64Array.from([1, 2, 3, 4, 5, 6]); // 2×3
    expect(Array.from(matVec(A, 2, 3, Float64Array.from([1, 0, -1]), new Float64Array(2)))).toEqual([-2, -2]);
    expect(Array.from(matTVec(A, 2, 3, Float64Array.from([1, 1]), new Float64Array(3)))).toEqual([5, 7, 9]);
  });
});
