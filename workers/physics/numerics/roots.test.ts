import { describe, expect, it } from 'vitest';
import { brent, bisectPredicate, firstRoot } from './roots.ts';
import { matVec, matTVec } from './linalg.ts';

describe('root finding', () => {
  it('brent finds √2 and rejects an unbracketed interval', () => {
    expect(brent((x) => x * x - 2, 0, 2).x).toBeCloseTo(Math.SQRT2, 12);
    expect(() => brent((x) => x * x + 1, -1, 1)).toThrow(RangeError);
  });
  it('bisectPredicate and firstRoot', () => {
    expect(bisectPredicate((x) => x > Math.PI, 0, 10).x).toBeCloseTo(Math.PI, 8);
    expect(firstRoot((x) => Math.log(x) - 1, 0.1, 10, 16, true)).toBeCloseTo(Math.E, 11);
    expect(firstRoot((x) => x * x + 1, 0, 3)).toBeNull();
  });
});

describe('mat-vec', () => {
  it('matVec and matTVec agree with explicit sums', () => {
    const A = Float64Array.from([1, 2, 3, 4, 5, 6]); // 2×3
    expect(Array.from(matVec(A, 2, 3, Float64Array.from([1, 0, -1]), new Float64Array(2)))).toEqual([-2, -2]);
    expect(Array.from(matTVec(A, 2, 3, Float64Array.from([1, 1]), new Float64Array(3)))).toEqual([5, 7, 9]);
  });
});
