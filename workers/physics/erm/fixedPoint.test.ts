import { describe, expect, it } from 'vitest';
import { glmPoint } from '../glm/curve.ts';
import { ermHats, ermSolve } from './fixedPoint.ts';
import { LOSS_KINDS } from './losses.ts';
import { maxMarginSolve } from './maxMargin.ts';
import { optimalLambda } from './optimalLambda.ts';
import { ridgeClosedForm } from './ridge.ts';

const B = Math.sqrt(2 / Math.PI);
const bayes = (alpha: number) => glmPoint({ prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 }, alpha).eg_bayes;

describe('erm fixed point (Aubin, Lu, Krzakala, Zdeborová 2020, arXiv:2006.06560)', () => {
  it('ridge: the quadrature fixed point equals the closed form at several (α, λ) to 1e-9', () => {
    // The closed form (ridge.ts) is solved by hand from the square loss's linear prox; the generic solver
    // integrates the same equations numerically (composite Gauss-Legendre, ~3e-12 relative).
    for (const [alpha, lambda] of [[0.3, 0.01], [0.5, 0.1], [1, 0.05], [2, 0.1], [5, 1], [20, 0.57]]) {
      const q = ermSolve('square', alpha, lambda);
      const c = ridgeClosedForm(alpha, lambda);
      expect(q.converged).toBe(true);
      for (const k of ['m', 's2', 'V', 'eg', 'train_loss'] as const) expect(Math.abs(q[k] / c[k] - 1), `${k} at α=${alpha}, λ=${lambda}`).toBeLessThan(1e-9);
    }
  });

  it('ridge at λ → 0⁺ on both sides of α = 1: the limit of the λ > 0 closed form, and the peak at α = 1', () => {
    for (const alpha of [0.25, 0.5, 0.9, 1.1, 2, 5]) {
      const zero = ridgeClosedForm(alpha, 0);
      const small = ridgeClosedForm(alpha, 1e-9);
      // O(λ) corrections, amplified near α = 1 by 1/|1 − α|
      expect(Math.abs(small.eg / zero.eg - 1), `α=${alpha}`).toBeLessThan(1e-6);
      // below α = 1 the interpolator fits every label; above, m = √(2/π) (the least-squares direction)
      if (alpha < 1) expect(zero.train_loss).toBe(0);
      else expect(zero.m).toBeCloseTo(B, 14);
    }
    expect(ridgeClosedForm(1, 0).eg).toBe(0.5);
    expect(ridgeClosedForm(0.999, 0).q).toBeGreaterThan(100);
    expect(ridgeClosedForm(1.001, 0).q).toBeGreaterThan(100);
  });

  it('each loss: the solved fixed point satisfies m = m̂V, q − m² = q̂V², V(λ + V̂) = 1 to 1e-10', () => {
    for (const loss of LOSS_KINDS)
      for (const [alpha, lambda] of [[0.5, 0.1], [2, 0.01], [5, 1]]) {
        const s = ermSolve(loss, alpha, lambda);
        expect(s.converged, `${loss} α=${alpha} λ=${lambda}`).toBe(true);
        const h = ermHats(loss, alpha, s);
        expect(Math.abs(h.mhat * s.V / s.m - 1)).toBeLessThan(1e-10);
        expect(Math.abs((h.qhat * s.V * s.V) / s.s2 - 1)).toBeLessThan(1e-10);
        expect(Math.abs(s.V * (lambda + h.Vhat) - 1)).toBeLessThan(1e-10);
      }
  });

  it('max-margin is the hinge at λ → 0⁺: hinge at λ = 1e-6 within 1e-4 in ε_g', () => {
    for (const alpha of [0.5, 2, 5]) {
      const mm = maxMarginSolve(alpha);
      const h = ermSolve('hinge', alpha, 1e-6);
      expect(mm.converged && h.converged).toBe(true);
      expect(Math.abs(mm.eg - h.eg), `α=${alpha}`).toBeLessThan(1e-4);
    }
  });

  it('large-α rates within 1 %: α·ε_g → 0.4417 (Bayes) and 0.500 (max-margin) (PHYSICS.md §6 published values: Gardner; Engel & Van den Broeck; the paper’s large-α rates)', () => {
    // at α = 1000 the O(1/α) corrections are below 0.1 % (α·ε_g: Bayes 0.44170, max-margin 0.50049 here)
    expect(Math.abs((1000 * bayes(1000)) / 0.4417 - 1)).toBeLessThan(0.01);
    expect(Math.abs((1000 * maxMarginSolve(1000).eg) / 0.5 - 1)).toBeLessThan(0.01);
  });

  it('optimal λ: ridge λ* = π/2 − 1 at every α; logistic at λ* within 0.1 % of Bayes and never below it', () => {
    // ridge on sign labels = linear regression with effective noise 1 − 2/π on a signal 2/π, λ* = Δ/ρ;
    // the golden-section search stops at a width of 3e-3 in ln λ
    for (const alpha of [0.5, 3]) expect(Math.abs(optimalLambda('square', alpha).lambda / (Math.PI / 2 - 1) - 1)).toBeLessThan(2e-3);
    // paper Fig. 1: optimally regularised logistic regression is essentially Bayes-optimal
    for (const alpha of [0.5, 2, 5]) {
      const o = optimalLambda('logistic', alpha);
      const b = bayes(alpha);
      expect(o.solution.eg, `α=${alpha}`).toBeGreaterThanOrEqual(b * (1 - 1e-9));
      expect(o.solution.eg / b - 1, `α=${alpha}`).toBeLessThan(1e-3);
    }
  });

  it('optimally regularised ridge is strictly worse at large α: ε_g ∝ α^{-1/2}', () => {
    const r25 = optimalLambda('square', 25).solution.eg;
    const r100 = optimalLambda('square', 100).solution.eg;
    expect(Math.abs(r25 / r100 / 2 - 1)).toBeLessThan(0.05);
    expect(r100).toBeGreaterThan(2 * bayes(100));
  });
});
