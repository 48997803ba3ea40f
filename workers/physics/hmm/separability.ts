/**
 * The separability threshold of the hidden manifold model: below α_sep = n/p the training set is linearly
 * separable (some w has y_μ w·x_μ > 0 for every μ), so unregularised logistic regression has no minimiser —
 * |ŵ| diverges and, as λ → 0⁺, ŵ/|ŵ| tends to the max-margin direction (Rosset, Zhu, Hastie, JMLR 5, 941
 * (2004); Gerace et al., ICML 2020, arXiv:2002.09339, Sec. 4, where the logistic curves at λ → 0⁺ are drawn).
 *
 * Derivation (Gaussian equivalence, PHYSICS.md §7). The features are Gaussian with covariance Ω and the teacher
 * field ν* = θ0·c/√d is jointly Gaussian with them; its linear part ν* = βᵀx + e leaves a residual e independent
 * of x, and the fraction of ν*'s unit variance that x explains is
 *   τ = (1/d) tr ΦΦᵀΩ⁻¹ = ⟨ν/(ν + c)⟩_MP = 1 − c G(c),  c = γκ*²/κ1²,
 * the m of priorSide.ts at (λ, V̂, m̂) = (0, 1, 1) (Ω = κ1²FFᵀ/d + κ*² I_p, ΦΦᵀ = κ1²FFᵀ/d, G the Marchenko–Pastur
 * transform). Separability is invariant under x → Ω^{-1/2}x, so the question is the isotropic one with labels
 * y = sign(√τ h + √(1 − τ) e), h one direction of the whitened features: Candès & Sur, Ann. Statist. 48, 27 (2020),
 * arXiv:1804.09753, Thm 1 — separable iff p/n > min_t E[(Z − tYh)₊²]. The same threshold is the zero-margin
 * limit of the replica (Gardner) equations of the hard-margin problem, prox = max(ω, 1) on the label-folded field:
 * at capacity the fraction of support vectors is arccos(ρ)/π and fills the p directions, V V̂ = 1, and the
 * m-equation gives ρ arccos ρ = τ√(1 − ρ²) with ρ = m/√q the max-margin solution's teacher overlap. With
 * ρ = cos φ:
 *   φ / tan φ = τ,  α_sep = π/φ,  ρ_sep = cos φ,
 * which is Gardner's α = 2 at τ = 0 (labels unrelated to the features) and grows without bound as τ → 1.
 * (separability.test.ts checks it against Candès & Sur's formula by scipy quadrature.)
 */
import { brent } from '../numerics/roots.ts';
import { kappas, type Activation } from './activations.ts';
import { marchenkoPastur } from './marchenkoPastur.ts';

export interface Separability {
  gamma: number;
  /** the fraction of the teacher field's variance that is linear in the features */
  tau: number;
  /** the max-margin classifier's m/√q at the threshold */
  rho_sep: number;
  alpha_sep: number;
}

/** τ = 1 − cG(c), c = γκ*²/κ1² (κ* > 0 for every σ of the chapter, so c > 0 and Ω is invertible). */
export function linearFraction(act: Activation, gamma: number): number {
  const { kappa1, kappa_star } = kappas(act);
  const c = (gamma * kappa_star * kappa_star) / (kappa1 * kappa1);
  return 1 - c * marchenkoPastur(gamma, c).G;
}

export function separability(act: Activation, gamma: number): Separability {
  const tau = linearFraction(act, gamma);
  // φ cos φ − τ sin φ: ≈ (1 − τ)φ > 0 as φ → 0⁺, −τ < 0 at π/2; one root (φ/tan φ decreases)
  const phi = tau <= 0 ? Math.PI / 2 : brent((f) => f * Math.cos(f) - tau * Math.sin(f), 1e-9, Math.PI / 2, 1e-15).x;
  return { gamma, tau, rho_sep: Math.cos(phi), alpha_sep: Math.PI / phi };
}
