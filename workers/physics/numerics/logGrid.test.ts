import { describe, expect, it } from 'vitest';
import { logGrid } from './logGrid.ts';

describe('logGrid', () => {
  it('has exact ends, constant ratio, and works in either direction', () => {
    const g = logGrid(0.01, 100, 9);
    expect(g[0]).toBe(0.01);
    expect(g[8]).toBe(100);
    for (let j = 1; j < 9; j++) expect(g[j] / g[j - 1]).toBeCloseTo(Math.sqrt(10), 12);
    const d = logGrid(1, 1e-3, 4);
    expect(Array.from(d, (x) => Math.round(Math.log10(x) * 1e12) / 1e12)).toEqual([0, -1, -2, -3]);
    expect(Array.from(logGrid(3, 7, 1))).toEqual([7]);
  });
});
