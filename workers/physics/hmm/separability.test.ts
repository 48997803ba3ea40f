import { describe, expect, it } from 'vitest';
import { kappas, type Activation } from './activations.ts';
import { priorOverlaps } from './priorSide.ts';
import { linearFraction, separability } from './separability.ts';

/**
 * References: an independent computation with python3/scipy 1.17 (not through this code's formulas):
 * τ = ∫ ν/(ν + c) ρ_MP(ν) dν by scipy.integrate.quad over the Marchenko–Pastur density √((b − ν)(ν − a))/(2πγν)
 * (c = γκ*²/κ1², κ for tanh by quad too), and α_sep = 1/min_t E[(Z − tYh)₊²] with Y = sign(√τ h + √(1 − τ) E)
 * (Candès & Sur, Ann. Statist. 2020, arXiv:1804.09753, Thm 1) by quad over h and scipy's bounded minimize_scalar
 * in t. quad reported ~1e-13 on τ and its roundoff warning on the t-objective, so the tolerance is 1e-8 relative.
 */
const REFERENCE: [Activation, number, number, number][] = [
  // act, γ, τ, α_sep
  ['erf', 0.5, 0.9195026920827729, 6.444515705905586],
  ['erf', 0.1, 0.989611017323639, 17.813688537687888],
  ['sign', 0.5, 0.6956061640402398, 3.388614561033077],
  ['relu', 0.3, 0.8713847986543217, 5.122920889828022],
  ['tanh', 2, 0.44103888893706295, 2.5639638873167208],
  ['erf', 5, 0.1793301688299392, 2.170300611594376],
];

describe('separability threshold α_sep(γ, σ) of the hidden manifold model', () => {
  for (const [act, gamma, tau, alpha] of REFERENCE) {
    it(`σ = ${act}, γ = ${gamma}: τ and α_sep against scipy (Candès & Sur Thm 1), 1e-8 relative`, () => {
      const s = separability(act, gamma);
      expect(Math.abs(s.tau - tau) / tau).toBeLessThan(1e-8);
      expect(Math.abs(s.alpha_sep - alpha) / alpha).toBeLessThan(1e-8);
    });
  }

  it('τ is the prior side\'s m at (λ, V̂, m̂) = (0⁺, 1, 1): the linear R² of the teacher field (priorSide.ts, 1e-9)', () => {
    for (const [act, gamma] of REFERENCE) {
      const k = kappas(act);
      const m = priorOverlaps({ gamma, lambda: 1e-12, kappa1: k.kappa1, kappaStar: k.kappa_star }, { Vhat: 1, qhat: 0, mhat: 1 }).m;
      expect(Math.abs(m - linearFraction(act, gamma))).toBeLessThan(1e-9);
    }
  });

  it('the zero-margin replica equations hold at the threshold: arccos(ρ)·α/π = 1 and ρ arccos ρ = τ√(1 − ρ²) (1e-12)', () => {
    for (const [act, gamma] of REFERENCE) {
      const s = separability(act, gamma);
      expect(Math.abs((Math.acos(s.rho_sep) * s.alpha_sep) / Math.PI - 1)).toBeLessThan(1e-12);
      expect(Math.abs(s.rho_sep * Math.acos(s.rho_sep) - s.tau * Math.sqrt(1 - s.rho_sep ** 2))).toBeLessThan(1e-12);
    }
  });
});
