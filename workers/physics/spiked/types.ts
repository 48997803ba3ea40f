/**
 * Types of the spiked Wigner model (Aubin, Loureiro, Maillard, Krzakala, Zdeborová, NeurIPS 2019,
 * arXiv:1905.12385; PHYSICS.md §8).
 */
import type { ParamsOf } from '../schema.ts';
import type { spikedParams } from './params.ts';

export type SpikePriorKind = ParamsOf<typeof spikedParams>['prior'];
export type ActKind = ParamsOf<typeof spikedParams>['act'];

/** What fixes the state evolution: the prior, and α (generative) or ρ (sparse). */
export interface SpikedParams {
  prior: SpikePriorKind;
  act: ActKind;
  /** p/k of the generative prior */
  alpha: number;
  /** density of the sparse priors */
  rho: number;
}

/**
 * State of the Bayes-optimal state evolution: q_v = lim E[v̂·v*]/p and, for the generative prior, the
 * latent overlap q_z (0 for the i.i.d. priors).
 */
export interface SeState {
  qv: number;
  qz: number;
}

/**
 * One SE step at noise Δ and the free entropy, for one prior. The i.i.d. and the generative priors
 * implement it (iidSpike.ts, generativeSpike.ts); everything above (branches, curves, thresholds) is
 * written against this.
 */
export interface Spike {
  /** ρ_v = E[v²] */
  readonly rhoV: number;
  /** q_v = 0 is a fixed point (E v = 0): weak recovery has a threshold */
  readonly zeroFixed: boolean;
  /** one SE step at Δ (PHYSICS.md §8 "State evolution") into `out` */
  step(s: SeState, delta: number, out: SeState): void;
  /** replica mutual information per component i_RS(Δ, q_v) at a fixed point; NaN where not implemented */
  mutualInfo(s: SeState, delta: number): number;
}

/** One Δ of the curve; overlaps are squared cosines in the p → ∞ limit, null where not defined. */
export interface SpikedPoint {
  delta: number;
  q_amp: number;
  q_bayes: number;
  mse_amp: number;
  mmse: number;
  overlap_pca: number;
  overlap_lamp: number | null;
}
