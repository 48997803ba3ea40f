/**
 * The spiked matrix-tensor model with p = 3 (Sarao Mannelli, Krzakala, Urbani, Zdeborová,
 * arXiv:1812.09066; conventions of ../shared/PHYSICS.md §4): the loss on the sphere |x|² = N is
 * L = −N f(m) + Gaussian noise whose covariance is N f(C), with the one function
 *   f(q) = q²/(2Δ2) + q³/(3Δp),
 * so the DMFT, the thresholds and the Hessian all read θ = 1/Δ2 and Δp through f and its derivatives.
 */

export interface SpikeStrength {
  /** θ = 1/Δ2, signal-to-noise of the matrix channel */
  readonly invd2: number;
  /** Δp, noise variance of the order-3 tensor channel */
  readonly dp: number;
}

export function f(q: number, s: SpikeStrength): number {
  return (q * q * s.invd2) / 2 + (q * q * q) / (3 * s.dp);
}

export function f1(q: number, s: SpikeStrength): number {
  return q * s.invd2 + (q * q) / s.dp;
}

export function f2(q: number, s: SpikeStrength): number {
  return s.invd2 + (2 * q) / s.dp;
}

/** σ = √f''(1): the bulk of the noise Hessian is a semicircle of radius 2σ (PHYSICS.md §4). */
export function noiseSigma(s: SpikeStrength): number {
  return Math.sqrt(f2(1, s));
}
