import { describe, expect, it } from 'vitest';
import { glmPoint } from './curve.ts';
import { glmLandscapeMaxima, gridMaxima, LANDSCAPE_POINTS } from './landscape.ts';
import type { GlmParams } from './types.ts';

const binary: GlmParams = { prior: 'binary', channel: 'sign', noise: 0, rho: 1 };
const spherical: GlmParams = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 };
/** one cell of the page's m grid on [0, ρ = 1] */
const CELL = 1 / (LANDSCAPE_POINTS - 1);

describe('gridMaxima (local maxima of a sampled function)', () => {
  it('interior peaks, rising ends, the last point of a plateau; a flat start is not a maximum', () => {
    expect(gridMaxima([0, 1, 0, 2, 1])).toEqual([1, 3]);
    expect(gridMaxima([0, 1, 2])).toEqual([2]);
    expect(gridMaxima([2, 1, 0])).toEqual([0]);
    expect(gridMaxima([1, 1, 0])).toEqual([1]);
    expect(gridMaxima([0, 1, 1, 0])).toEqual([2]);
    // sampled cos(3πx) on [0, 1]: maxima at x = 0 and x = 2/3 (grid points 0 and 20 of 31)
    expect(gridMaxima(Float64Array.from({ length: 31 }, (_, i) => Math.cos((3 * Math.PI * i) / 30)))).toEqual([0, 20]);
  });
});

describe('free-entropy landscape with its maxima (PHYSICS.md §1 "Free entropy")', () => {
  it('binary perceptron at α = 1.4 (hard phase, α_IT ≈ 1.245 < α < α_alg ≈ 1.493): global maximum m = ρ at f = −ln 2, AMP stuck at the one local maximum', () => {
    const l = glmLandscapeMaxima(binary, 1.4);
    expect(l.m.length).toBe(LANDSCAPE_POINTS);
    // perfect recovery of ±1 weights: the posterior is the teacher alone, Z = P0(w⋆) = 2^{−d}, so f = −ln 2 (up to rounding)
    expect(l.m_bayes).toBe(1);
    expect(l.f_bayes).toBeCloseTo(-Math.log(2), 12);
    expect(l.amp_is_bayes).toBe(false);
    // the grid's metastable maximum is the SE fixed point from m = 0 (an independent solver: SE iteration in curve.ts), within one grid cell
    expect(l.local_m.length).toBe(1);
    expect(Math.abs(l.local_m[0] - glmPoint(binary, 1.4).m_amp)).toBeLessThan(CELL);
    expect(l.local_f[0]).toBeLessThan(l.f_bayes);
  });

  it('binary perceptron at α = 1 < α_IT: the liquid is the global maximum, the crystal m = ρ (f = −ln 2) is metastable', () => {
    const l = glmLandscapeMaxima(binary, 1);
    expect(l.amp_is_bayes).toBe(true);
    expect(l.m_bayes).toBeLessThan(0.9);
    expect(Array.from(l.local_m)).toEqual([1]);
    expect(l.local_f[0]).toBeCloseTo(-Math.log(2), 12);
  });

  it('spherical perceptron at α = 2: one maximum, at m_Bayes = m_AMP = 0.72830 (the SE fixed point of curve.test.ts), the grid argmax within one cell', () => {
    const l = glmLandscapeMaxima(spherical, 2);
    expect(l.amp_is_bayes).toBe(true);
    expect(l.local_m.length).toBe(0);
    expect(l.m_bayes).toBeCloseTo(0.7283, 4);
    let best = 0;
    for (let i = 1; i < l.f.length; i++) if (l.f[i] > l.f[best]) best = i;
    expect(Math.abs(l.m[best] - l.m_bayes)).toBeLessThan(CELL);
    // the exact maximum is above every grid value (f is maximal there), by less than the curvature over one cell
    expect(l.f_bayes).toBeGreaterThanOrEqual(l.f[best]);
    expect(l.f_bayes - l.f[best]).toBeLessThan(1e-3);
  });
});
