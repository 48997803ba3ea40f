import { describe, expect, it } from 'vitest';
import { glmCurve, glmPoint } from './curve.ts';
import { makeModel } from './model.ts';
import { seSolve, V_INFORMED } from './stateEvolution.ts';
import type { GlmParams } from './types.ts';

const spherical: GlmParams = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 };

describe('spherical perceptron (Gaussian prior, sign channel)', () => {
  it('reproduces the Bayes-optimal ε_gen at α = 1, 2, 5 (PHYSICS.md §1 published values, 6 digits)', () => {
    // References are given to 6 decimals, so agreement to 1e-6 is the test's resolution.
    for (const [alpha, ref] of [[1, 0.254373], [2, 0.174534], [5, 0.083935]]) {
      const pt = glmPoint(spherical, alpha);
      expect(Math.abs(pt.eg_bayes - ref)).toBeLessThan(1e-6);
      expect(Math.abs(pt.eg_amp - ref)).toBeLessThan(1e-6);
    }
  });

  it('has a single fixed point (no phase transition): both branches agree to the SE tolerance', () => {
    for (const alpha of [0.1, 1, 3, 10]) {
      const pt = glmPoint(spherical, alpha);
      expect(Math.abs(pt.m_amp - pt.m_bayes)).toBeLessThan(1e-9);
      expect(Math.abs(pt.f_amp - pt.f_bayes)).toBeLessThan(1e-12);
    }
  });

  it('goes to m → 0, ε → ½, f → 0 as α → 0, and is exact at α = 0', () => {
    const zero = glmPoint(spherical, 0);
    expect(zero).toMatchObject({ m_amp: 0, m_bayes: 0, mmse: 1, eg_bayes: 0.5, f_bayes: 0 });
    // small α: m ≈ α·G(0) = α·2/π (first SE step from m = 0, Gaussian prior: m = r/(1+r))
    const a = 1e-4;
    const small = glmPoint(spherical, a);
    expect(small.m_bayes / ((2 / Math.PI) * a)).toBeCloseTo(1, 3);
    expect(small.eg_bayes).toBeGreaterThan(0.49);
  });

  it('is finite at α = 10 and beyond (V → 0 handled through the Mills ratio)', () => {
    for (const alpha of [10, 1e3, 1e5]) {
      const pt = glmPoint(spherical, alpha);
      for (const v of Object.values(pt)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      expect(pt.converged_amp && pt.converged_bayes).toBe(true);
      expect(pt.mmse).toBeGreaterThan(0);
    }
    // ε_gen ∝ 1/α at large α: α·ε_gen converges
    const r1 = 1e3 * glmPoint(spherical, 1e3).eg_bayes;
    const r2 = 1e4 * glmPoint(spherical, 1e4).eg_bayes;
    expect(Math.abs(r1 / r2 - 1)).toBeLessThan(2e-3);
  });

  it('SE fixed point is a stationary point of f_RS(m, r) (central finite differences)', () => {
    const model = makeModel(spherical);
    const { prior, channel, rho } = model;
    for (const alpha of [0.5, 2, 8]) {
      const fp = seSolve(model, alpha, rho * V_INFORMED);
      const m = rho - fp.V;
      const f = (mm: number, r: number): number => prior.psiShift(r) + (rho * r) / 2 - (mm * r) / 2 + alpha * channel.Psi(mm, rho - mm);
      const h = 1e-5;
      // truncation O(h²·f''') ≈ 1e-10, rounding ≈ 1e-16/h ≈ 1e-11
      const dm = (f(m + h * fp.V, fp.r) - f(m - h * fp.V, fp.r)) / (2 * h * fp.V);
      const dr = (f(m, fp.r * (1 + h)) - f(m, fp.r * (1 - h))) / (2 * h * fp.r);
      expect(Math.abs(dm) / fp.r).toBeLessThan(1e-7);
      expect(Math.abs(dr)).toBeLessThan(1e-8);
    }
  });

  it('glmCurve (continuation, unsorted grid) equals glmPoint (cold starts)', () => {
    const alphas = Float64Array.of(3, 0.2, 7, 1, 0.05);
    const c = glmCurve(spherical, alphas);
    alphas.forEach((a, i) => {
      const pt = glmPoint(spherical, a);
      expect(c.alpha[i]).toBe(a);
      expect(Math.abs(c.m_bayes[i] - pt.m_bayes)).toBeLessThan(1e-9);
      expect(Math.abs(c.f_bayes[i] - pt.f_bayes)).toBeLessThan(1e-10);
    });
  });
});
