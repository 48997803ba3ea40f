import { describe, expect, it } from 'vitest';
import { BASE_SILENCE_MS, silenceBudgetMs } from './budget.ts';

describe('silence budget of a job', () => {
  it('is the base for jobs that report progress often, and for requests it cannot read', () => {
    expect(silenceBudgetMs('sgdSimRuns', { N: 10_000, alpha: 10_000, seeds: 20 })).toBe(BASE_SILENCE_MS);
    expect(silenceBudgetMs('glmAmpRuns', null)).toBe(BASE_SILENCE_MS);
    expect(silenceBudgetMs('prTrajectory', { alpha: Number.NaN, N: -1, tmax: 'x' })).toBeGreaterThanOrEqual(BASE_SILENCE_MS);
  });

  it('grows with the size of the jobs that report seldom or never', () => {
    // GAMP beats once per iteration: its silence is one iteration, 2 products with X, whatever the iteration count
    const gamp = (d: number, iters: number) => silenceBudgetMs('glmAmpRuns', { alpha: 2, d, iters, seeds: 1 });
    expect(gamp(8000, 500)).toBeGreaterThan(gamp(1000, 500));
    expect(gamp(1000, 500)).toBe(gamp(1000, 60));
    // the largest GAMP (d = 8000, α = 10, X streamed): 4 × 2 products × the measured 28.5 ns per entry ≈ 2.5 min
    expect(silenceBudgetMs('glmAmpRuns', { alpha: 10, d: 8000, iters: 500 })).toBeCloseTo(BASE_SILENCE_MS + 6.4e8 * 4 * 2 * 28.5e-6, -3);
    // the slowest trajectory measured (180 s without a beat) gets 4 × that
    expect(silenceBudgetMs('prTrajectory', { alpha: 20, N: 1000, tmax: 300, h: 0.01 })).toBeGreaterThan(4 * 170_000);
    expect(silenceBudgetMs('prSuccessMap', { d: 1000, tmax: 300, h: 0.01 })).toBeGreaterThan(silenceBudgetMs('prSuccessMap', { d: 200, tmax: 300, h: 0.01 }));
  });
});
