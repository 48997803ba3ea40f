import { describe, expect, it } from 'vitest';
import { spikedThresholds, weakRecoveryDelta } from './thresholds.ts';
import { spikeOf } from './stateEvolution.ts';
import type { SeState, SpikedParams } from './types.ts';

const gen = (act: SpikedParams['act'], alpha: number): SpikedParams => ({ prior: 'generative', act, alpha, rho: 1 });

/**
 * An independent location of weak recovery by SE root-finding: iterate the SE map from q_v = 1e-9 for 120
 * steps and bisect on Δ for "the last step still grows q_v" (the leading eigenvalue of the linearised map
 * crosses 1). Resolution ~1e-4 relative (eigenvalue transients decay within ~50 steps).
 */
function weakRecoveryBySE(p: SpikedParams): number {
  const spike = spikeOf(p);
  const grows = (delta: number): boolean => {
    let s: SeState = { qv: 1e-9, qz: 0 };
    let n: SeState = { qv: 0, qz: 0 };
    let last = 0;
    for (let t = 0; t < 120; t++) {
      spike.step(s, delta, n);
      last = n.qv / s.qv;
      [s, n] = [n, s];
    }
    return last > 1;
  };
  let lo = 1;
  let hi = 5;
  while (hi - lo > 1e-4 * hi) {
    const mid = 0.5 * (lo + hi);
    if (grows(mid)) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

describe('spiked thresholds', () => {
  it('PCA threshold Δ = ρ_v² (BBP)', () => {
    expect(spikedThresholds(gen('relu', 1)).delta_pca).toBe(0.25);
    expect(spikedThresholds({ prior: 'gaussian', act: 'linear', alpha: 1, rho: 1 }).delta_pca).toBe(1);
  });

  for (const alpha of [0.5, 1, 2.5]) {
    it(`linear φ, α = ${alpha}: Δ_c = 1 + α from the stability analysis (1e-6) and by SE root-finding (0.3 %)`, () => {
      // arXiv:1905.12385 Sec. 3: Δ_c = ρ_v² + α(Eφ')⁴ = 1 + α
      expect(Math.abs(weakRecoveryDelta(gen('linear', alpha)) - (1 + alpha))).toBeLessThan(1e-6);
      expect(Math.abs(weakRecoveryBySE(gen('linear', alpha)) / (1 + alpha) - 1)).toBeLessThan(3e-3);
    });
    it(`sign φ, α = ${alpha}: Δ_c = 1 + 4α/π² from the stability analysis (1e-6) and by SE root-finding (0.3 %)`, () => {
      const exact = 1 + (4 * alpha) / Math.PI ** 2;
      expect(Math.abs(weakRecoveryDelta(gen('sign', alpha)) - exact)).toBeLessThan(1e-6);
      expect(Math.abs(weakRecoveryBySE(gen('sign', alpha)) / exact - 1)).toBeLessThan(3e-3);
    });
  }

  it('generative linear and sign: Δ_alg = Δ_IT = Δ_c (no hard phase)', () => {
    const t = spikedThresholds(gen('linear', 1));
    expect(t.delta_alg).toBeCloseTo(2, 6);
    expect(t.delta_it).toBe(t.delta_alg);
  });

  it('ReLU (E φ ≠ 0) has no weak-recovery threshold', () => {
    expect(spikedThresholds(gen('relu', 1))).toEqual({ delta_pca: 0.25, delta_alg: null, delta_it: null });
  });

  // Δ_IT references: an independent scipy computation (scipy.integrate.quad for mmse and ψ of the
  // Gauss-Bernoulli prior with unit second moment, SE iterated to 1e-12 from q = 1, brentq on
  // i_RS(informed) − i_RS(0) to 1e-9): ρ = 0.05 → 2.4321115507717597, ρ = 0.02 → 4.833752714487448.
  for (const [rho, deltaIt] of [[0.05, 2.4321115507717597], [0.02, 4.833752714487448]] as const) {
    it(`sparse ρ = ${rho}: Δ_alg = 1 < Δ_IT = ${deltaIt.toFixed(4)}, both by root-finding`, () => {
      const t = spikedThresholds({ prior: 'sparse', act: 'linear', alpha: 1, rho });
      // unit second moment: q_v = 0 destabilises at Δ = (E v²)² = 1 (exact for i.i.d. priors; the bound allows for the bisection)
      expect(Math.abs(t.delta_alg! - 1)).toBeLessThan(1e-6);
      expect(t.delta_alg!).toBeLessThan(t.delta_it!);
      expect(Math.abs(t.delta_it! - deltaIt)).toBeLessThan(1e-6);
    });
  }

  it('sparse ρ = 0.3: the transition is continuous (Δ_alg = Δ_IT = 1)', () => {
    const t = spikedThresholds({ prior: 'sparse', act: 'linear', alpha: 1, rho: 0.3 });
    expect(t.delta_it).toBe(t.delta_alg);
    expect(Math.abs(t.delta_alg! - 1)).toBeLessThan(1e-6);
  });
});
