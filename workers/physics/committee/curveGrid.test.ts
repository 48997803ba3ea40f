import { describe, expect, it } from 'vitest';
import { alphaGrid, curveGridSpec } from './curveGrid.ts';

describe('the chapter\'s α grids', () => {
  it('are the grids the figures draw on (K = 1, 2, 3, large; erf regression)', () => {
    expect([1, 2, 3, Infinity].map((K) => curveGridSpec(K))).toEqual([
      { min: 0.05, max: 20, n: 150 },
      { min: 0.1, max: 60, n: 200 },
      { min: 0.5, max: 40, n: 30 },
      { min: 0.5, max: 30, n: 200 },
    ]);
    expect(curveGridSpec(2, 'erf')).toEqual({ min: 0.2, max: 40, n: 40 });
  });
  it('are log-spaced from min to max: a constant ratio (max/min)^(1/(n−1)), checked by exp/log to 1e-13', () => {
    for (const K of [1, 2, 3, Infinity]) {
      const g = curveGridSpec(K);
      const x = alphaGrid(g);
      expect(x.length).toBe(g.n);
      expect(x[0]).toBe(g.min);
      // min·(max/min)^1: one rounding of pow and one of the product
      expect(Math.abs(x[g.n - 1] / g.max - 1)).toBeLessThan(4e-16);
      const ratio = Math.exp(Math.log(g.max / g.min) / (g.n - 1));
      for (let i = 1; i < g.n; i++) expect(Math.abs(x[i] / x[i - 1] / ratio - 1)).toBeLessThan(1e-13);
    }
  });
  it('K = 2 is 0.1·600^(i/199) to rounding (1e-15 relative)', () => {
    const x = alphaGrid(curveGridSpec(2));
    x.forEach((v, i) => expect(Math.abs(v - 0.1 * Math.pow(600, i / 199))).toBeLessThanOrEqual(2e-15 * v));
  });
});
