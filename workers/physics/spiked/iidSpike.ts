/**
 * The spiked Wigner model with an i.i.d. prior (Lesieur, Krzakala, Zdeborová, J. Stat. Mech. (2017)
 * 073403, eqs. (60)-(61) of the rank-one case; PHYSICS.md §8). The effective scalar channel has
 * signal-to-noise r = q_v/Δ, so with the GLM priors' mmse(r) and ψ(r):
 *   SE:   q_v ← ρ_v − mmse(q_v/Δ),
 *   i_RS(Δ, q_v) = (ρ_v − q_v)²/(4Δ) + I(r),  I(r) = ρ_v r/2 − ψ(r) = −psiShift(r)
 * (mutual information of the scalar channel; ∂i_RS/∂q_v = (q_v − m(q_v/Δ))/(2Δ) vanishes exactly at the SE
 * fixed points, since m(r) = 2ψ'(r)).
 */
import { binaryPrior } from '../glm/priorBinary.ts';
import { gaussianPrior } from '../glm/priorGaussian.ts';
import { sparsePrior } from '../glm/priorSparse.ts';
import type { Prior } from '../glm/types.ts';
import { sparseRademacherPrior } from './priorSparseRademacher.ts';
import { unitPrior } from './unitPrior.ts';
import type { SeState, Spike, SpikePriorKind } from './types.ts';

/** The unit-second-moment prior of v for an i.i.d. kind (PHYSICS.md §8 "Priors on v*"). */
export function iidPrior(kind: Exclude<SpikePriorKind, 'generative'>, rho: number): Prior {
  switch (kind) {
    case 'gaussian':
      return gaussianPrior;
    case 'rademacher':
      return binaryPrior;
    case 'sparse':
      return rho >= 1 ? gaussianPrior : unitPrior(sparsePrior(rho));
    case 'sparse-rademacher':
      return rho >= 1 ? binaryPrior : unitPrior(sparseRademacherPrior(rho));
  }
}

export function iidSpike(prior: Prior): Spike {
  return {
    rhoV: prior.rho,
    zeroFixed: true,
    step(s: SeState, delta: number, out: SeState) {
      out.qv = prior.rho - prior.mmse(s.qv / delta);
      out.qz = 0;
    },
    mutualInfo(s: SeState, delta: number) {
      const d = prior.rho - s.qv;
      return (d * d) / (4 * delta) - prior.psiShift(s.qv / delta);
    },
  };
}
