/**
 * The prior (regulariser) side of the hidden manifold model's fixed point: given the conjugates
 * (V̂, q̂, m̂) from the output channel, the student's overlaps (V, q, m) of the field ω = w·x/√p.
 *
 * Gaussian equivalence (PHYSICS.md §7) makes the features Gaussian with covariance Ω = κ1² FFᵀ/d + κ*² I_p
 * and cross-covariance Φ = E[x cᵀ] = κ1 F/√d with the latent c; the estimator then solves the quadratic
 * problem ŵ = (λ + V̂Ω)⁻¹(m̂ √(p/d) Φθ0 + √q̂ Ω^{1/2} ξ) (Gerace et al., ICML 2020, arXiv:2002.09339, eqs.
 * (3.3)–(3.5); the same equations as the general Gaussian covariate model of Loureiro et al., NeurIPS
 * 2021, arXiv:2102.08127, eq. (15), coded in IdePHICS/GCMProject, state_evolution/models/ridge_regression.py
 * `_update_overlaps`):
 *   V = (1/p) tr Ω(λ + V̂Ω)⁻¹,  m = (m̂/d) tr ΦΦᵀ(λ + V̂Ω)⁻¹,  q = (m̂²/d) tr ΦΦᵀΩ(λ + V̂Ω)⁻² + (q̂/p) tr Ω²(λ + V̂Ω)⁻².
 * ΦΦᵀ and Ω commute and are functions of FFᵀ/d, whose p eigenvalues are ν/γ for the d eigenvalues ν of FᵀF/p
 * plus p − d zeros, so (1/p) tr f = γ⟨f(ν/γ)⟩ + (1 − γ) f(0). With a = κ1²/γ, c = κ*²/a and
 * z = (λ + V̂κ*²)/(V̂a) every average is a rational function of ν with denominator ν + z, hence a
 * combination of the Marchenko–Pastur G(z) and G'(z) (marchenkoPastur.ts):
 *   ⟨ν/(ν+z)⟩ = 1 − zG,  ⟨ν/(ν+z)²⟩ = G + zG',  ⟨ν²/(ν+z)²⟩ = 1 − 2zG − z²G',  ⟨1/(ν+z)²⟩ = −G'.
 * Here m = E[ω ν*] with the teacher field ν* = θ0·c/√d (variance 1) and q = E[ω²], as in PHYSICS.md §7.
 */
import { marchenkoPastur } from './marchenkoPastur.ts';

export interface PriorModel {
  /** γ = d/p */
  gamma: number;
  lambda: number;
  kappa1: number;
  kappaStar: number;
}

export interface Hats {
  Vhat: number;
  qhat: number;
  mhat: number;
}

export interface Overlaps {
  V: number;
  q: number;
  m: number;
}

/** (V, q, m) from (V̂, q̂, m̂); V̂ > 0. */
export function priorOverlaps({ gamma, lambda, kappa1, kappaStar }: PriorModel, { Vhat, qhat, mhat }: Hats): Overlaps {
  const ks2 = kappaStar * kappaStar;
  const a = (kappa1 * kappa1) / gamma;
  const c = ks2 / a;
  const z = (lambda + Vhat * ks2) / (Vhat * a);
  const { G, dG } = marchenkoPastur(gamma, z);
  const zc = c - z;
  // the p − d directions outside the span of F (γ < 1) see Ω = κ*², the λ + V̂κ*² denominators
  const bulk = lambda + Vhat * ks2;
  const V = (gamma / Vhat) * (1 + zc * G) + ((1 - gamma) * ks2) / bulk;
  const m = (mhat / Vhat) * (1 - z * G);
  const qTeacher = (1 - 2 * z * G - z * z * dG + c * (G + z * dG)) / (Vhat * Vhat);
  const qNoise = (gamma * (1 + 2 * zc * G - zc * zc * dG)) / (Vhat * Vhat) + ((1 - gamma) * ks2 * ks2) / (bulk * bulk);
  return { V, q: mhat * mhat * qTeacher + qhat * qNoise, m };
}
