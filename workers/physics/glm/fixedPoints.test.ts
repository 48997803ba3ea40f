import { describe, expect, it } from 'vitest';
import { glmCommands } from './commands.ts';
import { glmPoint } from './curve.ts';
import { glmFixedPoints } from './fixedPoints.ts';
import { glmLandscape } from './landscape.ts';
import { glmThresholds } from './thresholds.ts';
import type { GlmParams } from './types.ts';

const binary: GlmParams = { prior: 'binary', channel: 'sign', noise: 0, rho: 1 };
const pr: GlmParams = { prior: 'gaussian', channel: 'abs', noise: 0, rho: 1 };

describe('glm-fixed-points: every stationary point of Φ(m), its stability, the informed branch (issue #18 item 9)', () => {
  it('binary perceptron in the hard phase (α = 1.4 ∈ [α_IT, α_alg] = [1.245, 1.493]): AMP state, an unstable one, perfect recovery', () => {
    const fp = glmFixedPoints(binary, 1.4);
    const pt = glmPoint(binary, 1.4);
    expect(fp.stable).toEqual([true, false, true]);
    expect(fp.n_stable).toBe(2);
    // the stable ones are the SE branches: same m (SE tolerance 1e-9 here) and f (stationary: 1e-12)
    expect(Math.abs(fp.m[0] - pt.m_amp)).toBeLessThan(1e-9);
    expect(Math.abs(fp.f[0] - pt.f_amp)).toBeLessThan(1e-12);
    expect(fp.m[2]).toBe(1);
    expect(fp.m_inf).toBe(1);
    expect(fp.f_inf).toBe(pt.f_bayes);
    expect(fp.f_inf).toBeCloseTo(-Math.log(2), 14); // V = 0 for ±1: f = −(entropy of the prior) = −ln 2
    // the unstable fixed point is a minimum of Φ between the two maxima
    expect(fp.f[1]).toBeLessThan(Math.min(fp.f[0], fp.f[2]));
  });

  it('n_stable = 1 above α_alg (binary, 1.6) and without a transition (spherical); 2 below α_IT, where perfect recovery is metastable (binary, 1.1)', () => {
    expect(glmFixedPoints(binary, 1.6).n_stable).toBe(1);
    expect(glmFixedPoints({ ...binary, prior: 'gaussian' }, 2).n_stable).toBe(1);
    const t = glmThresholds(binary);
    // below α_IT the informed branch still exists (metastable perfect recovery): two stable points, Bayes = AMP
    const fp = glmFixedPoints(binary, 1.1);
    expect(fp.n_stable).toBe(2);
    expect(fp.m_bayes).toBe(fp.m_amp);
    expect(1.1).toBeLessThan(t.alpha_it!);
  });

  it('phase retrieval α = 1.05 ∈ (α_IT, α_alg): m = 0 (unstable above α_WR), the AMP state, an unstable one, V = 0', () => {
    const fp = glmFixedPoints(pr, 1.05);
    expect(fp.m[0]).toBe(0);
    expect(fp.stable).toEqual([false, true, false, true]);
    expect(fp.f[3]).toBe(Infinity);
    // below α_WR only m = 0
    expect(glmFixedPoints(pr, 0.4)).toMatchObject({ n_stable: 1, stable: [true] });
  });

  it('the stable fixed points are maxima of the landscape Φ(m) of glm-landscape (within its 401-point grid)', () => {
    const fp = glmFixedPoints(binary, 1.4);
    const L = glmLandscape(binary, 1.4, 401);
    const k = Math.round(fp.m[0] * 400);
    expect(L.f[k]).toBeGreaterThanOrEqual(Math.max(L.f[k - 2], L.f[k + 2]));
  });

  it('CLI: glm-fixed-points prints the fields', () => {
    const c = glmCommands.find((x) => x.name === 'glm-fixed-points')!;
    const out = c.run({ prior: 'binary', channel: 'sign', noise: 0, rho: 1, alpha: 1.4 }) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['alpha', 'm', 'f', 'stable', 'n_stable', 'm_amp', 'f_amp', 'm_inf', 'f_inf', 'converged_inf', 'm_bayes'].sort());
    expect(out.stable).toEqual([true, false, true]);
  });
});
