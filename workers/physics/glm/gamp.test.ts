import { describe, expect, it } from 'vitest';
import { GAMP_MAX_ENTRIES, glmAmp } from './gamp.ts';

describe('GAMP on finite instances vs state evolution', () => {
  it('spherical perceptron α = 2, d = 400, 3 seeds: per-iteration MSE tracks SE within the finite-size band', () => {
    // Measured spread across seeds at d = 400 is ≈ 0.015 (∝ 1/√d; ≈ 0.0075 at d = 1000), so 0.04 is > 2.5σ.
    const r = glmAmp({ prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 }, { alpha: 2, d: 400, seed: 7, seeds: 3, iters: 25, damping: 0 });
    for (const t of [0, 2, 4, 9, 24]) expect(Math.abs(r.mse[t] - r.mse_se[t])).toBeLessThan(0.04);
    expect(r.mse_se[24]).toBeCloseTo(0.27170, 4); // the SE fixed point of curve.test.ts
  });

  it('binary perceptron α = 1.7, d = 1000, from ŵ = 0 recovers the teacher (SE: perfect recovery after ~12 steps)', () => {
    const r = glmAmp({ prior: 'binary', channel: 'sign', noise: 0, rho: 1 }, { alpha: 1.7, d: 1000, seed: 3, seeds: 2, iters: 30, damping: 0 });
    expect(r.mse_se[29]).toBe(0);
    expect(r.mse[29]).toBeLessThan(1e-3);
    expect(r.eg[29]).toBeLessThan(1e-2);
  });

  it('refuses instances whose matrix exceeds GAMP_MAX_ENTRIES before allocating it', () => {
    const p = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 } as const;
    // d = 8000, α = 10: n·d = 6.4e8 > 4e7 (2.5 GB of Float32)
    expect(() => glmAmp(p, { alpha: 10, d: 8000, seed: 1, seeds: 1, iters: 1, damping: 0 })).toThrow(RangeError);
    expect(() => glmAmp(p, { alpha: 10, d: 8000, seed: 1, seeds: 1, iters: 1, damping: 0 })).toThrow(/n·d = 640000000 exceeds .*lower d or α/);
    // one row above the cap (d = 2000, n = 20001) is refused too; a small instance is not
    expect(GAMP_MAX_ENTRIES).toBe(4e7);
    expect(() => glmAmp(p, { alpha: 10.0005, d: 2000, seed: 1, seeds: 1, iters: 1, damping: 0 })).toThrow(/n·d = 40002000 exceeds/);
    expect(() => glmAmp(p, { alpha: 2, d: 100, seed: 1, seeds: 1, iters: 1, damping: 0 })).not.toThrow();
  });
});
