/**
 * Phase-transition points of the sign committee machine (Aubin et al. 2018, arXiv:1806.05451):
 *   α_AMP: the non-specialised plane q_d = 0 loses stability, λ(α) = 1 (root-finding on λ, not a scan);
 *   α_spec: the specialised fixed point first exists; α_IT: it becomes the largest free entropy.
 * For K = 2 the transition is continuous, so α_spec = α_IT = α_AMP (sign and erf regression alike). The large-K
 * limit is in largeK.ts.
 */
import { brentStream } from '../numerics/roots.ts';
import { drain, type Resumable } from '../resumable.ts';
import { SIGN_CHANNEL, type CommitteeChannel } from './channel.ts';
import { largeKThresholds, type LargeKThresholds } from './largeK.ts';
import { k3BranchStream } from './k3SpecialisedBranch.ts';
import { planeStabilityStream, solveSEStream } from './stateEvolution.ts';

/** Bracket of the erf regression threshold (α_c = 3.484 at Δ = 0.1; it grows with Δ). */
const ERF_BRACKET = [1, 40] as const;

export interface FiniteKThresholds {
  alpha_spec: number | null;
  alpha_it: number | null;
  alpha_amp: number | null;
}

/** λ(α) − 1 at the plane's fixed point (uninformed SE restricted to q_d = 0); pauses after each SE step. */
function* planeStabilityGap(K: number, alpha: number, ch: CommitteeChannel): Resumable<number, never> {
  const plane = yield* solveSEStream(K, alpha, { qd: 0, qa: 0 }, 1e-12, undefined, ch);
  return (yield* planeStabilityStream(K, alpha, plane.qa, ch)) - 1;
}

/** α where λ(α) = 1, bracketed on [lo, hi]; null if λ stays below 1 there. */
export function ampThreshold(K: number, lo: number, hi: number, ch: CommitteeChannel = SIGN_CHANNEL): number | null {
  return drain(ampThresholdStream(K, lo, hi, ch));
}

function* ampThresholdStream(K: number, lo: number, hi: number, ch: CommitteeChannel): Resumable<number | null, never> {
  const glo = yield* planeStabilityGap(K, lo, ch);
  const ghi = yield* planeStabilityGap(K, hi, ch);
  if (glo * ghi > 0) return null;
  return (yield* brentStream((a) => planeStabilityGap(K, a, ch), lo, hi, 1e-9)).x;
}

/**
 * Thresholds for K = 1, 2, 3, or `'large'` for the α = α̃K limit. K = 1 has no transition (all null).
 * K = 3: α_spec (fold of the specialised branch) and α_IT from k3SpecialisedBranch.ts (first order), α_AMP from
 * the plane's stability (19.2321): α_spec < α_IT < α_AMP, the hard phase is α_IT < α < α_AMP.
 */
export function committeeThresholds(K: number | 'large', ch: CommitteeChannel = SIGN_CHANNEL): FiniteKThresholds | LargeKThresholds {
  return drain(committeeThresholdsStream(K, ch));
}

/** committeeThresholds as a resumable computation: pauses after each SE step or channel evaluation (K = 3: ~1 s the first time). */
export function* committeeThresholdsStream(K: number | 'large', ch: CommitteeChannel = SIGN_CHANNEL): Resumable<FiniteKThresholds | LargeKThresholds, never> {
  if (ch.act === 'erf') {
    // K = 2 erf regression: continuous too (q_d grows linearly from 0 above the root; erfCurve.test.ts)
    if (K !== 2) throw new RangeError(`the erf regression committee is implemented for K = 2 only (got ${K})`);
    const a = yield* ampThresholdStream(2, ERF_BRACKET[0], ERF_BRACKET[1], ch);
    return { alpha_spec: a, alpha_it: a, alpha_amp: a };
  }
  if (K === 'large' || K === Infinity) return largeKThresholds();
  if (K === 1) return { alpha_spec: null, alpha_it: null, alpha_amp: null };
  if (K === 2) {
    const a = yield* ampThresholdStream(2, 1.5, 3, SIGN_CHANNEL);
    return { alpha_spec: a, alpha_it: a, alpha_amp: a };
  }
  if (K === 3) {
    const b = yield* k3BranchStream();
    return { alpha_spec: b.alpha_spec, alpha_it: b.alpha_it, alpha_amp: yield* ampThresholdStream(3, 2, 60, SIGN_CHANNEL) };
  }
  throw new RangeError(`thresholds for K = 1, 2, 3 or 'large' (got ${K})`);
}
