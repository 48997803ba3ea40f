/**
 * Spectral methods in the p → ∞ limit (PHYSICS.md §8 "Spectral"). PCA: Y/√p = ρ_v u uᵀ + √Δ ξ/√p with
 * u = v/|v| is a rank-one perturbation of a Wigner matrix with semicircle on [−2√Δ, 2√Δ]; by the BBP
 * transition (Baik, Ben Arous, Péché 2005; Benaych-Georges & Nadakuditi 2011, Thm 2.2 with θ = ρ_v/√Δ)
 * an outlier at ρ_v + Δ/ρ_v leaves the bulk iff Δ < ρ_v², and the top eigenvector's squared cosine
 * with v is 1 − Δ/ρ_v² there (0 above).
 * LAMP (the linearised AMP, arXiv:1905.12385 Sec. 4): for an i.i.d. zero-mean prior K = E[vvᵀ] = ρ_v I
 * and LAMP is PCA; for the generative priors its threshold is AMP's (Sec. 4, "LAMP"); its edges, outlier and
 * overlap in the limit: lampTheory.ts.
 */
export function pcaOverlap(rhoV: number, delta: number): number {
  return delta < rhoV * rhoV ? 1 - delta / (rhoV * rhoV) : 0;
}

/** The PCA outlier of Y/√p (null inside the bulk) and the bulk edges ±2√Δ. */
export function pcaSpectrum(rhoV: number, delta: number): { edge: number; outlier: number | null } {
  return { edge: 2 * Math.sqrt(delta), outlier: delta < rhoV * rhoV ? rhoV + delta / rhoV : null };
}
