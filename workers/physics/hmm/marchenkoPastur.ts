/**
 * The Stieltjes transform of the Marchenko–Pastur law, the limiting spectrum of FᵀF/p for F ∈ R^{p×d}
 * with i.i.d. N(0, 1) entries and d/p → γ (Marchenko & Pastur 1967; Bai & Silverstein, Spectral
 * Analysis of Large Dimensional Random Matrices, 2010, Thm 3.6; PHYSICS.md §7). It carries the whole
 * prior side of the hidden manifold model's fixed point (Gerace et al. 2020, Sec. 3):
 *   G(z) = ⟨1/(ν + z)⟩ = [√((z + 1 + γ)² − 4γ) − (1 − γ + z)]/(2γz),  z > 0,
 * the root of γz G² + (1 − γ + z) G − 1 = 0 that decays as 1/z. For γ > 1 it includes the atom of
 * mass 1 − 1/γ at ν = 0 (G ≈ (1 − 1/γ)/z as z → 0).
 */

export interface Stieltjes {
  /** G(z) = ⟨1/(ν + z)⟩ */
  G: number;
  /** G'(z) = −⟨1/(ν + z)²⟩ */
  dG: number;
}

/**
 * G and G' at z > 0. The two algebraic forms of the root are each free of cancellation on one side of
 * z + 1 − γ = 0: with S = √((z + 1 + γ)² − 4γ) ≥ |z + 1 − γ|, G = 2/(S + z + 1 − γ) when z + 1 − γ ≥ 0,
 * and (S − (z + 1 − γ))/(2γz) otherwise. G' follows from differentiating the quadratic:
 * G' = −(γG² + G)/(2γzG + 1 − γ + z) = −G(1 + γG)/S.
 */
export function marchenkoPastur(gamma: number, z: number): Stieltjes {
  const b = z + 1 - gamma;
  // (z + 1 + γ)² − 4γ = (z + 1 − γ)² + 4γz: a sum of non-negative terms, no cancellation
  const S = Math.sqrt(b * b + 4 * gamma * z);
  const G = b >= 0 ? 2 / (S + b) : (S - b) / (2 * gamma * z);
  return { G, dG: (-G * (1 + gamma * G)) / S };
}
