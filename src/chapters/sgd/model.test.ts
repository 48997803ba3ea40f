import { describe, expect, it } from 'vitest';
import { egDomain, egDrawn, Y_CAP, Y_FLOOR } from './model.ts';

describe('the ε_g axes (sgd/model.ts)', () => {
  it('draw an error below the floor on the axis, and a diverging curve up to the top edge, then cut', () => {
    const s = { id: 'a', label: 'a', x: [1, 2, 3, 4, 5, 6], y: [0, 1e-12, 0.1, 5e3, 1e50, 2] };
    expect(Array.from(egDrawn(s).y)).toEqual([Y_FLOOR, Y_FLOOR, 0.1, 5e3, NaN, 2]);
    // the CSV keeps the numbers: the series handed in is not changed
    expect(s.y[4]).toBe(1e50);
  });
  it('span the curves between the floor and the cap', () => {
    expect(egDomain([[1e-12, 0.3]])).toEqual([Y_FLOOR, 0.3]);
    expect(egDomain([[1e-3, 1e200]])).toEqual([1e-3, Y_CAP]);
  });
});
