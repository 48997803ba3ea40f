import { describe, expect, it } from 'vitest';
import { alphaGrid } from './alphaGrid.ts';

describe('alphaGrid', () => {
  it('log grid: exact ends, constant ratio (α_max/α_min)^{1/(n−1)} to 1e-14 (one rounding per point)', () => {
    const g = alphaGrid({ alphaMin: 0.01, alphaMax: 10, n: 300, scale: 'log' });
    expect(g.length).toBe(300);
    expect(g[0]).toBe(0.01);
    expect(g[299]).toBe(10);
    const q = Math.pow(1000, 1 / 299);
    for (let i = 1; i < 300; i++) expect(Math.abs(g[i] / g[i - 1] / q - 1)).toBeLessThan(1e-14);
  });

  it('linear grid: exact ends, constant step (α_max − α_min)/(n−1) to 1e-12 absolute', () => {
    const g = alphaGrid({ alphaMin: 0.01, alphaMax: 10, n: 300, scale: 'lin' });
    expect(g[0]).toBe(0.01);
    expect(g[299]).toBe(10);
    for (let i = 1; i < 300; i++) expect(Math.abs(g[i] - g[i - 1] - 9.99 / 299)).toBeLessThan(1e-12);
  });

  it('agrees with the formulas α_min·(α_max/α_min)^t and α_min + t(α_max − α_min) to rounding (1e-15 relative)', () => {
    for (const scale of ['log', 'lin'] as const) {
      const g = alphaGrid({ alphaMin: 0.01, alphaMax: 10, n: 300, scale });
      for (let i = 0; i < 300; i++) {
        const t = i / 299;
        const x = scale === 'log' ? 0.01 * Math.pow(10 / 0.01, t) : 0.01 + t * (10 - 0.01);
        expect(Math.abs(g[i] - x)).toBeLessThanOrEqual(2e-15 * x);
      }
    }
  });
});
