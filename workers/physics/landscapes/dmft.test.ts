import { describe, expect, it } from 'vitest';
import { landscapeDmft } from './dmft.ts';
import { f } from './model.ts';

describe('DMFT of spherical gradient flow, spiked matrix-tensor p = 3', () => {
  it('reaches the PHYSICS.md check point (T = 0, 1/Δ2 = 3, Δp = 4, m0 = 1e-15, h = 0.1, t = 100)', () => {
    const calls: number[] = [];
    const r = landscapeDmft({ invd2: 3, dp: 4, T: 0, m0: 1e-15, h: 0.1, tmax: 100 }, (x) => calls.push(x));
    const n = r.t.length - 1;
    expect(n).toBe(1000);
    expect(r.t[n]).toBeCloseTo(100, 12);
    // PHYSICS.md §4: m → 0.8270, μ → 4.2982. The same numbers solve the stationary T = 0 equations
    // (scipy fsolve of μ = f'(m)/m + f''(1)χ, μ = m f'(m) + (f'(1) + f''(1))χ, f''(1)χ² − μχ + 1 = 0):
    // m = 0.827014283706, μ = 4.298200082979.
    expect(Math.abs(r.m[n] - 0.827) < 1e-3 && Math.abs(r.mu[n] - 4.2982) < 1e-3).toBe(true);
    expect(r.m[n]).toBeCloseTo(0.827014283706, 6);
    expect(r.mu[n]).toBeCloseTo(4.298200082979, 6);
    // before the escape GF ages towards the threshold states: μ below 2σ = 2√3.5 and m still ~ m0
    expect(r.m[400]).toBeLessThan(1e-3);
    expect(r.mu[400]).toBeGreaterThan(3.6);
    expect(r.mu[400]).toBeLessThan(2 * Math.sqrt(3.5));
    // progress: increasing fractions in (0, 1], at most ~100 calls
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.length).toBeLessThanOrEqual(101);
    for (let i = 1; i < calls.length; i++) expect(calls[i]).toBeGreaterThan(calls[i - 1]);
    expect(calls[calls.length - 1]).toBe(1);
  });

  it('a started run (m0 = 0.07, 1/Δ2 = 2.5, Δp = 1) ends in the stationary state, at h = 0.1 and 0.2', () => {
    // reference: scipy fsolve of the three stationary equations above at θ = 2.5, Δp = 1
    for (const h of [0.1, 0.2]) {
      const r = landscapeDmft({ invd2: 2.5, dp: 1, T: 0, m0: 0.07, h, tmax: 30 });
      const n = r.t.length - 1;
      expect(r.m[n]).toBeCloseTo(0.82691158757, 5);
      expect(r.mu[n]).toBeCloseTo(4.679517414792, 5);
      // e(0) = −f(m0): no memory yet
      expect(r.e[0]).toBeCloseTo(-f(0.07, { invd2: 2.5, dp: 1 }), 14);
    }
  });

  it('far below the GF line (1/Δ2 = 0.6, Δp = 1) the overlap decays', () => {
    const r = landscapeDmft({ invd2: 0.6, dp: 1, T: 0, m0: 0.07, h: 0.1, tmax: 30 });
    const n = r.t.length - 1;
    // early on μ ≈ 0 so m grows at rate θ; once μ exceeds θ (it heads for 2σ = 2√2.6) m decays
    expect(r.m[n]).toBeLessThan(0.6 * 0.07);
    for (let i = 51; i <= n; i++) expect(r.m[i]).toBeLessThan(r.m[i - 1]);
  });
});
