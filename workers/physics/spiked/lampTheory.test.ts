import { describe, expect, it } from 'vitest';
import { lampTheory } from './lampTheory.ts';
import { spikedPoint } from './curve.ts';
import type { SpikedParams } from './types.ts';

const gen = (act: SpikedParams['act'], alpha: number): SpikedParams => ({ prior: 'generative', act, alpha, rho: 1 });

describe('LAMP as p → ∞ (lampTheory.ts)', () => {
  it('i.i.d. prior (K = I): the BBP closed forms — edges (±2√Δ − 1)/Δ, outlier 1, overlap 1 − Δ', () => {
    for (const delta of [0.3, 0.7]) {
      const t = lampTheory({ prior: 'gaussian', act: 'linear', alpha: 1, rho: 1 }, delta)!;
      // golden-section resolution of the turning point: ~1e-13 relative in c, squared in λ
      expect(Math.abs(t.edge_hi! - (2 * Math.sqrt(delta) - 1) / delta)).toBeLessThan(1e-9);
      expect(Math.abs(t.edge_lo! - (-2 * Math.sqrt(delta) - 1) / delta)).toBeLessThan(1e-9);
      expect(Math.abs(t.outlier! - 1)).toBeLessThan(1e-12);
      expect(Math.abs(t.overlap - (1 - delta))).toBeLessThan(1e-12);
    }
  });

  for (const [act, alpha, exact] of [['linear', 1, 2], ['linear', 2.5, 3.5], ['sign', 1, 1 + 4 / Math.PI ** 2], ['sign', 3, 1 + 12 / Math.PI ** 2]] as const) {
    it(`${act} φ, α = ${alpha}: the outlier leaves the bulk at AMP's threshold Δ_c = ${exact.toFixed(4)} (arXiv:1905.12385 Sec. 4)`, () => {
      let lo = 0.5;
      let hi = 20;
      for (let i = 0; i < 40; i++) {
        const m = 0.5 * (lo + hi);
        if (lampTheory(gen(act, alpha), m, false)!.outlier !== null) lo = m;
        else hi = m;
      }
      // the edge meets the outlier with zero slope: located to ~√(golden-section tolerance) ~ 3e-5 relative
      expect(Math.abs(lo / exact - 1)).toBeLessThan(1e-4);
      expect(lampTheory(gen(act, alpha), 0.999 * exact)!.overlap).toBeLessThan(2e-3);
      expect(lampTheory(gen(act, alpha), 1.001 * exact)!.overlap).toBe(0);
    });
  }

  it("linear φ: LAMP's overlap is the Bayes (= AMP) overlap q_v/ρ_v (AMP is linear there); the authors' demo |cos| 0.825", () => {
    // an independent route: SE's closed form for linear φ (generativeSpike.ts) vs the resolvent here
    for (const [alpha, delta] of [[1, 0.5], [2, 1.3], [0.5, 1]] as const) {
      const se = spikedPoint(gen('linear', alpha), delta);
      expect(Math.abs(lampTheory(gen('linear', alpha), delta)!.overlap - se.q_amp)).toBeLessThan(1e-9);
    }
    // arXiv:1905.12385 demo (PHYSICS.md §8): p = k = 2000, Δ = 0.5, LAMP |cos| 0.825 ± 0.017 over 5 runs
    expect(Math.abs(Math.sqrt(lampTheory(gen('linear', 1), 0.5)!.overlap) - 0.825)).toBeLessThan(0.017);
  });

  it('linear φ, α = 1: the identity holds at every Δ of a dense grid — the curve end sits at m = 1/√γ = 1, where rounding put the root just past it and the overlap fell to 0 or NaN at isolated Δ (0.070, 0.080, 0.110, 0.120, 0.150)', () => {
    for (let i = 0; i < 120; i++) {
      const delta = 0.05 * Math.pow(36, i / 119); // 0.05 … 1.8, below Δ_c = 2 (at Δ_c SE itself converges slowly)
      const se = spikedPoint(gen('linear', 1), delta);
      expect(Math.abs(lampTheory(gen('linear', 1), delta, false)!.overlap - se.q_amp), `Δ = ${delta}`).toBeLessThan(1e-9);
    }
    for (const delta of [0.07, 0.0799574137242059, 0.11, 0.11956952664504206, 0.15]) {
      expect(Math.abs(lampTheory(gen('linear', 1), delta, false)!.overlap - spikedPoint(gen('linear', 1), delta).q_amp)).toBeLessThan(1e-9);
    }
  });

  it('linear φ, α = 2: half of K is null, the continuous bulk is negative and its top is the atom at 0', () => {
    // numpy, p = 2000, k = 1000, Δ = 0.5 (K^{1/2}(√Δ G − I)K^{1/2}/Δ): 1000 eigenvalues |λ| < 1e-8, none above,
    // lowest −14.46 (theory −14.48: the lower edge, p^{−2/3} corrections)
    const t = lampTheory(gen('linear', 2), 0.5)!;
    expect(Math.abs(t.edge_hi!)).toBeLessThan(1e-6);
    expect(Math.abs(t.edge_lo! + 14.46)).toBeLessThan(0.1);
  });

  it('ReLU: not defined', () => {
    expect(lampTheory(gen('relu', 1), 0.5)).toBeNull();
  });
});
