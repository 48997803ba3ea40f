import { describe, expect, it } from 'vitest';
import { BASE_SILENCE_MS, silenceBudgetMs } from './budget.ts';

describe('silence budget of a job', () => {
  it('is the base for jobs that report progress often, and for requests it cannot read', () => {
    expect(silenceBudgetMs('sgdSimRuns', { N: 10_000, alpha: 10_000, seeds: 20 })).toBe(BASE_SILENCE_MS);
    expect(silenceBudgetMs('glmAmp', null)).toBe(BASE_SILENCE_MS);
    expect(silenceBudgetMs('prTrajectory', { alpha: Number.NaN, N: -1, tmax: 'x' })).toBeGreaterThanOrEqual(BASE_SILENCE_MS);
  });

  it('grows with the size of the jobs that report seldom or never', () => {
    const gamp = (d: number, iters: number) => silenceBudgetMs('glmAmp', { alpha: 2, d, iters, seeds: 1 });
    expect(gamp(8000, 500)).toBeGreaterThan(gamp(1000, 500));
    expect(gamp(1000, 500)).toBeGreaterThan(gamp(1000, 60));
    // the largest GAMP (n·d = 4·10⁷, 500 iterations): 4 × the measured 16 ns per entry-iteration ≈ 21 min
    expect(silenceBudgetMs('glmAmpFinal', { alpha: 0.625, d: 8000, iters: 500 })).toBeCloseTo(BASE_SILENCE_MS + 4e7 * 500 * 64e-6, -3);
    // the slowest trajectory measured (180 s without a beat) gets 4 × that
    expect(silenceBudgetMs('prTrajectory', { alpha: 20, N: 1000, tmax: 300, h: 0.01 })).toBeGreaterThan(4 * 170_000);
    expect(silenceBudgetMs('prSuccessMap', { d: 1000, tmax: 300, h: 0.01 })).toBeGreaterThan(silenceBudgetMs('prSuccessMap', { d: 200, tmax: 300, h: 0.01 }));
  });
});
