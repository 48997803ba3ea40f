import { describe, expect, it } from 'vitest';
import { spikedCurve } from './curve.ts';
import { seSolve, spikeOf, uninformedStart } from './stateEvolution.ts';
import type { SeState } from './types.ts';

// Sign φ, α = 1 just below Δ_c = 1 + 4α/π² (PHYSICS.md §8; arXiv:1905.12385): q_v = 0 is unstable with a growth
// rate λ − 1 ∝ Δ_c − Δ, so the uninformed solve must escape from q_v = 1e-6 geometrically (stateEvolution.ts, #17).
const params = { prior: 'generative', act: 'sign', alpha: 1, rho: 1 } as const;
const DC = 1 + 4 / Math.PI ** 2;

describe('spiked SE: the escape from q_v = 0 below Δ_c (sign φ, α = 1)', () => {
  it('converges at Δ = 1.4047: the residual of one more SE step is below the stopping tolerance', () => {
    const spike = spikeOf(params);
    const r = seSolve(spike, 1.4047, uninformedStart(spike));
    expect(r.converged).toBe(true);
    const f: SeState = { qv: 0, qz: 0 };
    spike.step(r.state, 1.4047, f);
    // seSolve stops when |F(s) − s| < 1e-11 and returns F(s); one more step is contracted by λ < 1
    expect(Math.abs(f.qv - r.state.qv)).toBeLessThan(1e-11);
    expect(Math.abs(f.qz - r.state.qz)).toBeLessThan(1e-11);
    // not the unstable fixed point 0: a transition overlap q_v ≈ c (Δ_c − Δ), c ≈ 0.568 (the test below)
    expect(r.state.qv).toBeGreaterThan(3e-4);
  });

  it('is continuous across Δ_c: q_v ∝ Δ_c − Δ below, ≈ 0 above, every point converged', () => {
    // A continuous transition: q_v = c (Δ_c − Δ) + O((Δ_c − Δ)²), so q_v/(Δ_c − Δ) at h = 8e-4 and 4e-4 agree to
    // O(h) relative (found 0.56826, 0.56806: 4e-4); above Δ_c the stable fixed point is 0 (the plain-step tail from
    // above stops within TOL/(1 − λ) of it, λ → 1: below 1e-6).
    const hs = [8e-4, 4e-4, -1e-3];
    const c = spikedCurve(params, Float64Array.from(hs, (h) => DC - h));
    expect(Array.from(c.converged)).toEqual([1, 1, 1]);
    const r0 = c.q_amp[0] / hs[0];
    const r1 = c.q_amp[1] / hs[1];
    expect(r0).toBeGreaterThan(0.5);
    expect(Math.abs(r0 - r1) / r1).toBeLessThan(2e-3);
    expect(c.q_amp[2]).toBeLessThan(1e-6);
  });
});
