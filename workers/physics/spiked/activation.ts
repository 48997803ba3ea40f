/**
 * The generative prior's activation φ (PHYSICS.md §8): v = φ(Wz/√k). Its Gaussian moments (h ~ N(0,1))
 * fix the thresholds: ρ_v = Eφ(h)², κ1 = Eφ'(h) = E[hφ(h)], and whether Eφ = 0 (then q_v = 0 is an SE
 * fixed point and weak recovery has a threshold; Aubin et al., arXiv:1905.12385, Sec. 3).
 */
import type { ActKind } from './types.ts';

export interface Activation {
  readonly rhoV: number;
  readonly kappa1: number;
  readonly zeroMean: boolean;
  apply(x: number): number;
}

export const ACTIVATIONS: Readonly<Record<ActKind, Activation>> = {
  linear: { rhoV: 1, kappa1: 1, zeroMean: true, apply: (x) => x },
  sign: { rhoV: 1, kappa1: Math.sqrt(2 / Math.PI), zeroMean: true, apply: (x) => (x >= 0 ? 1 : -1) },
  // E relu(h)² = ½, E[h relu(h)] = ½, E relu(h) = 1/√(2π) ≠ 0
  relu: { rhoV: 0.5, kappa1: 0.5, zeroMean: false, apply: (x) => (x > 0 ? x : 0) },
};
