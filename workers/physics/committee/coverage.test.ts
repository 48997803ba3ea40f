import { describe, expect, it } from 'vitest';
import { ampFigureAlpha, seCoverage } from './coverage.ts';
import { channelOf, committeePoint } from './learningCurve.ts';

describe('seCoverage: which (K, act) the committee SE covers', () => {
  it('sign units: K = 1, 2, 3 and K = large, each with its method; other K are not covered', () => {
    expect([1, 2, 3, Infinity].map((K) => seCoverage(K, 'sign'))).toMatchObject([
      { covered: true, method: 'perceptron', large: false },
      { covered: true, method: 'sign-K2', large: false },
      { covered: true, method: 'sign-K3', large: false },
      { covered: true, method: 'large-K', large: true },
    ]);
    expect(seCoverage(5, 'sign')).toMatchObject({ covered: false, reason: 'K' });
  });
  it('erf regression: K = 2 only; the notice tells the reader what to change', () => {
    expect(seCoverage(2, 'erf')).toMatchObject({ covered: true, method: 'erf-K2', act: 'erf' });
    for (const K of [1, 3, Infinity]) {
      const c = seCoverage(K, 'erf');
      expect(c.covered).toBe(false);
      if (!c.covered) {
        expect(c.reason).toBe('act');
        expect(c.notice).toContain('implemented for K = 2 only');
      }
    }
    expect(seCoverage(Infinity, 'erf')).toMatchObject({ notice: expect.stringContaining('(K = large selected)') });
  });
  it('agrees with the implementation: covered finite pairs run (K = 1: q_d = 0.48626363702 at α = 1, mpmath), erf K ≠ 2 is refused by the channel', () => {
    for (const K of [1, 2, 3]) expect(seCoverage(K, 'sign').covered).toBe(true);
    // the K = 1 sign perceptron with Gaussian prior (mpmath fixed point, as in commands.test.ts): tolerance 1e-8 of the Newton solve
    expect(committeePoint({ K: 1, alpha: 1 }).qd_bayes).toBeCloseTo(0.4862636370161165, 8);
    expect(() => channelOf({ K: 3, act: 'erf', noise: 0.1 })).toThrow(RangeError);
    expect(() => channelOf({ K: 2, act: 'erf', noise: 0.1 })).not.toThrow();
  });
  it('the finite-instance AMP figure runs at α ≤ 8', () => {
    expect(ampFigureAlpha(3)).toBe(3);
    expect(ampFigureAlpha(15)).toBe(8);
  });
});
