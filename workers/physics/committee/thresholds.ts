/**
 * Phase-transition points of the sign committee machine (Aubin et al. 2018, arXiv:1806.05451):
 *   α_AMP: the non-specialised plane q_d = 0 loses stability, λ(α) = 1 (root-finding on λ, not a scan);
 *   α_spec: the specialised fixed point first exists; α_IT: it becomes the largest free entropy.
 * For K = 2 the transition is continuous, so α_spec = α_IT = α_AMP (sign and erf regression alike). The large-K
 * limit is in largeK.ts.
 */
import { brent } from '../numerics/roots.ts';
import { SIGN_CHANNEL, type CommitteeChannel } from './channel.ts';
import { largeKThresholds, type LargeKThresholds } from './largeK.ts';
import { k3Branch } from './k3SpecialisedBranch.ts';
import { planeStability, solveSE } from './stateEvolution.ts';

/** Bracket of the erf regression threshold (α_c = 3.484 at Δ = 0.1; it grows with Δ). */
const ERF_BRACKET = [1, 40] as const;

export interface FiniteKThresholds {
  alpha_spec: number | null;
  alpha_it: number | null;
  alpha_amp: number | null;
}

/** λ(α) − 1 at the plane's fixed point (uninformed SE restricted to q_d = 0). */
export function planeStabilityGap(K: number, alpha: number, ch: CommitteeChannel = SIGN_CHANNEL): number {
  const plane = solveSE(K, alpha, { qd: 0, qa: 0 }, 1e-12, undefined, ch);
  return planeStability(K, alpha, plane.qa, ch) - 1;
}

/** α where λ(α) = 1, bracketed on [lo, hi]; null if λ stays below 1 there. */
export function ampThreshold(K: number, lo: number, hi: number, ch: CommitteeChannel = SIGN_CHANNEL): number | null {
  const glo = planeStabilityGap(K, lo, ch);
  const ghi = planeStabilityGap(K, hi, ch);
  if (glo * ghi > 0) return null;
  return brent((a) => planeStabilityGap(K, a, ch), lo, hi, 1e-9).x;
}

/**
 * Thresholds for K = 1, 2, 3, or `'large'` for the α = α̃K limit. K = 1 has no transition (all null).
 * K = 3: α_spec (fold of the specialised branch) and α_IT from k3SpecialisedBranch.ts (first order), α_AMP from
 * the plane's stability (19.2321): α_spec < α_IT < α_AMP, the hard phase is α_IT < α < α_AMP.
 */
export function committeeThresholds(K: number | 'large', ch: CommitteeChannel = SIGN_CHANNEL): FiniteKThresholds | LargeKThresholds {
  if (ch.act === 'erf') {
    // K = 2 erf regression: continuous too (q_d grows linearly from 0 above the root; erfCurve.test.ts)
    if (K !== 2) throw new RangeError(`the erf regression committee is implemented for K = 2 only (got ${K})`);
    const a = ampThreshold(2, ERF_BRACKET[0], ERF_BRACKET[1], ch);
    return { alpha_spec: a, alpha_it: a, alpha_amp: a };
  }
  if (K === 'large' || K === Infinity) return largeKThresholds();
  if (K === 1) return { alpha_spec: null, alpha_it: null, alpha_amp: null };
  if (K === 2) {
    const a = ampThreshold(2, 1.5, 3);
    return { alpha_spec: a, alpha_it: a, alpha_amp: a };
  }
  if (K === 3) {
    const b = k3Branch();
    return { alpha_spec: b.alpha_spec, alpha_it: b.alpha_it, alpha_amp: ampThreshold(3, 2, 60) };
  }
  throw new RangeError(`thresholds for K = 1, 2, 3 or 'large' (got ${K})`);
}
