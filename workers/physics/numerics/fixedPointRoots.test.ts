import { describe, expect, it } from 'vitest';
import { fixedPoint, fixedPointVec } from './fixedPoint.ts';
import { brent, bisectPredicate, firstRoot } from './roots.ts';
import { matVec, matTVec } from './linalg.ts';

describe('damped fixed point', () => {
  it('finds x = cos x (Dottie number 0.7390851332151607)', () => {
    const r = fixedPoint(Math.cos, 0, { tol: 1e-14 });
    expect(r.converged).toBe(true);
    expect(r.x).toBeCloseTo(0.7390851332151607, 12);
  });
  it('damping rescues an oscillating map and the report says when it fails', () => {
    const f = (x: number) => 3.2 - 2.2 * x; // slope −2.2: undamped diverges, fixed point x = 1
    expect(fixedPoint(f, 0, { maxIter: 50 }).converged).toBe(false);
    const r = fixedPoint(f, 0, { damping: 0.7, tol: 1e-13 });
    expect(r.converged).toBe(true);
    expect(r.x).toBeCloseTo(1, 10);
  });
  it('vector version solves a linear contraction', () => {
    const r = fixedPointVec((x, out) => {
      out[0] = 0.5 * x[1] + 1;
      out[1] = 0.25 * x[0];
    }, new Float64Array(2));
    // x0 = 0.5·x1 + 1, x1 = x0/4 → x0 = 8/7, x1 = 2/7
    expect(r.x[0]).toBeCloseTo(8 / 7, 11);
    expect(r.x[1]).toBeCloseTo(2 / 7, 11);
  });
});

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
