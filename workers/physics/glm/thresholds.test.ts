import { describe, expect, it } from 'vitest';
import { glmThresholds } from './thresholds.ts';
import { glmLandscape } from './landscape.ts';
import { glmPoint } from './curve.ts';
import type { GlmParams } from './types.ts';

const rel = (x: number | null, ref: number): number => Math.abs((x ?? NaN) - ref) / ref;

describe('GLM thresholds (PHYSICS.md §1 published values)', () => {
  it('binary perceptron: α_IT ≈ 1.245 (Gardner-Derrida / Györgyi), α_alg ≈ 1.493, within 0.2 %', () => {
    const t = glmThresholds({ prior: 'binary', channel: 'sign', noise: 0, rho: 1 });
    expect(rel(t.alpha_it, 1.245)).toBeLessThan(2e-3);
    expect(rel(t.alpha_alg, 1.493)).toBeLessThan(2e-3);
    expect(t.alpha_wr).toBeNull();
  });

  it('phase retrieval: α_WR = ½ and α_IT = 1 within 0.5 %, α_alg ≈ 1.13 within 1 %', () => {
    const t = glmThresholds({ prior: 'gaussian', channel: 'abs', noise: 0, rho: 1 });
    expect(rel(t.alpha_wr, 0.5)).toBeLessThan(5e-3);
    expect(rel(t.alpha_it, 1)).toBeLessThan(5e-3);
    expect(rel(t.alpha_alg, 1.13)).toBeLessThan(1e-2);
  });

  it('sparse noiseless linear: α_IT = ρ (information dimension, Wu-Verdú) and α_IT < α_alg', () => {
    const t = glmThresholds({ prior: 'sparse', channel: 'linear', noise: 0, rho: 0.3 });
    expect(rel(t.alpha_it, 0.3)).toBeLessThan(1e-4);
    expect(t.alpha_alg ?? 0).toBeGreaterThan(0.3);
  });

  it('sparse phase retrieval: α_WR = ½, α_IT = ρ, and α_alg is where AMP jumps (not the noise-level wobble of α(s) at m = 0+)', () => {
    // regression: a 5e-8 bump of α(s) just after m = 0+ was taken for the spinodal (α_alg = 0.50000006, α_IT = null)
    const p: GlmParams = { prior: 'sparse', channel: 'abs', noise: 0, rho: 0.3 };
    const t = glmThresholds(p);
    expect(rel(t.alpha_wr, 0.5)).toBeLessThan(1e-6);
    expect(rel(t.alpha_it, 0.3)).toBeLessThan(1e-4);
    const a = t.alpha_alg!;
    expect(a).toBeGreaterThan(0.6);
    // independent check by state evolution from the uninformed start on either side of α_alg
    expect(glmPoint(p, a * (1 - 1e-3)).m_amp).toBeLessThan(0.25);
    expect(glmPoint(p, a * (1 + 1e-3)).m_amp).toBeCloseTo(0.3, 6);
    // and the Bayes-optimal overlap jumps to ρ at α_IT
    expect(glmPoint(p, 0.3 * (1 - 1e-3)).m_bayes).toBeLessThan(0.2);
    expect(glmPoint(p, 0.3 * (1 + 1e-3)).m_bayes).toBeCloseTo(0.3, 9);
  });

  it('spherical perceptron has no transition', () => {
    expect(glmThresholds({ prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 })).toEqual({ alpha_wr: null, alpha_alg: null, alpha_it: null });
  });
});

describe('free-entropy landscape', () => {
  it('has its maxima at the SE fixed points (binary perceptron in the hard phase, α = 1.4)', () => {
    const p: GlmParams = { prior: 'binary', channel: 'sign', noise: 0, rho: 1 };
    const L = glmLandscape(p, 1.4, 401);
    // Bayes (global max) is perfect recovery, AMP sits at a local maximum inside (0, 1)
    expect(L.m_bayes).toBe(1);
    expect(L.m_amp).toBeGreaterThan(0.5);
    expect(L.m_amp).toBeLessThan(1);
    let iMax = 0;
    for (let i = 0; i < L.f.length; i++) if (L.f[i] > L.f[iMax]) iMax = i;
    expect(L.m[iMax]).toBe(1);
    // a local maximum within one grid step of m_amp
    const k = Math.round(L.m_amp * 400);
    expect(L.f[k]).toBeGreaterThanOrEqual(Math.max(L.f[k - 2], L.f[k + 2]));
    for (const v of L.f) expect(Number.isNaN(v)).toBe(false);
  });
});
