import { describe, expect, it } from 'vitest';
import { largeKError, largeKThresholds } from './largeK.ts';
import { committeePoint } from './learningCurve.ts';
import { newAverages } from './averages.ts';
import { signCommitteeAverages } from './signChannel.ts';
import { solveSE } from './stateEvolution.ts';
import { committeeThresholds } from './thresholds.ts';

describe('K = 1 is the sign perceptron with Gaussian prior', () => {
  // mpmath (25 digits): q = αG(q)/(1 + αG(q)), G(q) = E[φ(h)²/(Φ(h)Φ(−h))]/(1−q), h ~ N(0, q/(1−q));
  // f = ½[q + ln(1−q)] + α·2E_ξ[Φ(kξ) ln Φ(kξ)], k² = q/(1−q).
  const REF: [number, number, number][] = [
    [1, 0.4862636370161165, -0.5964412556889797],
    [2, 0.7282981739707119, -1.031038155910419],
  ];
  it('overlap, free entropy and ε_g = arccos(q)/π match to 1e-8', () => {
    for (const [alpha, q, f] of REF) {
      const p = committeePoint({ K: 1, alpha });
      expect(Math.abs(p.qd_bayes - q)).toBeLessThan(1e-8);
      expect(Math.abs(p.f_bayes - f)).toBeLessThan(1e-8);
      expect(Math.abs(p.eg_bayes - Math.acos(q) / Math.PI)).toBeLessThan(1e-8);
    }
  });
  it('gives the published Bayes-optimal perceptron error arccos(√q)/π (PHYSICS.md §1: 0.254373, 0.174534)', () => {
    expect(Math.acos(Math.sqrt(committeePoint({ K: 1, alpha: 1 }).qd_bayes)) / Math.PI).toBeCloseTo(0.254373, 6);
    expect(Math.acos(Math.sqrt(committeePoint({ K: 1, alpha: 2 }).qd_bayes)) / Math.PI).toBeCloseTo(0.174534, 6);
  });
});

describe('committee channel averages (K = 2, 3)', () => {
  it('K = 2: E[YY′] from the quadrature equals the closed form ½ − ε_g·2 (PHYSICS.md §2)', () => {
    const a = newAverages();
    for (const [qd, qa] of [[0.3, 0.2], [0, 0.4], [0.6, 0.1]]) {
      signCommitteeAverages(2, qd, qa, a);
      const closed = (1 / Math.PI) * (Math.asin(qd + qa / 2) + Math.asin(qa / 2));
      expect(Math.abs(a.eyy - closed)).toBeLessThan(1e-9);
    }
  });
  it('∂Ψ/∂q_d = K·M̄11/2 and ∂Ψ/∂q_a = (M̄11 + (K−1)M̄12)/2 (finite differences of Ψ; quadrature-limited)', () => {
    const a = newAverages();
    const e = 1e-5;
    // K = 3: signK3Shift.test.ts (same identity on its converged rule)
    {
      const K = 2;
      const [qd, qa] = [0.3, 0.2];
      const psi = (d: number, b: number) => signCommitteeAverages(K, d, b, newAverages()).psi;
      signCommitteeAverages(K, qd, qa, a);
      const dqd = (psi(qd + e, qa) - psi(qd - e, qa)) / (2 * e);
      const dqa = (psi(qd, qa + e) - psi(qd, qa - e)) / (2 * e);
      expect(Math.abs(dqd - (K * a.m11) / 2)).toBeLessThan(2e-6);
      expect(Math.abs(dqa - (a.m11 + (K - 1) * a.m12) / 2)).toBeLessThan(2e-6);
    }
  });
});

describe('K = 2 specialisation', () => {
  const { alpha_spec, alpha_it, alpha_amp } = committeeThresholds(2) as { alpha_spec: number; alpha_it: number; alpha_amp: number };
  it('is continuous at α_spec ≈ 2.05 (PHYSICS.md §2), within 0.5 %', () => {
    expect(Math.abs(alpha_spec / 2.05 - 1)).toBeLessThan(0.005);
    expect(alpha_it).toBe(alpha_spec);
    expect(alpha_amp).toBe(alpha_spec);
  });
  it('matches SE from an informed start: collapses to q_d = 0 below, specialises above (independent of λ)', () => {
    expect(solveSE(2, 0.95 * alpha_spec, { qd: 0.9, qa: 0 }, 1e-9, 5000).qd).toBeLessThan(1e-3);
    expect(solveSE(2, 1.1 * alpha_spec, { qd: 0.9, qa: 0 }, 1e-9, 5000).qd).toBeGreaterThan(0.05);
  });
});

describe('large K (α = α̃K)', () => {
  const t = largeKThresholds();
  it('α̃_IT within 0.5 % of the published 7.65 and equal to a brute-force maximisation of φ', () => {
    expect(Math.abs(t.alpha_it_over_K / 7.65 - 1)).toBeLessThan(0.005);
    // scipy: quad for Ψ_sign, minimize_scalar of −φ over q_d ∈ (0.5, 1), brentq on max φ − φ(0): 7.680221270242753
    expect(Math.abs(t.alpha_it_over_K - 7.680221270242753)).toBeLessThan(1e-6);
    expect(t.alpha_spinodal_over_K).toBeLessThan(t.alpha_it_over_K);
  });
  it('α_AMP/K² = 1/J within 1 % of 3.27 and equal to mpmath (1/J = 3.26998612491026)', () => {
    expect(Math.abs(t.alpha_amp_over_K2 / 3.27 - 1)).toBeLessThan(0.01);
    expect(Math.abs(t.alpha_amp_over_K2 - 3.26998612491026)).toBeLessThan(1e-10);
  });
  it('non-specialised plateau error is arccos(2/π)/π = 0.280332', () => {
    expect(largeKError(0)).toBeCloseTo(0.280332090289943, 12);
  });
});
