import type { JobResult } from '../../../workers/api.ts';
import { useJob } from '../../compute/usePool.ts';
import type { SgdChapterParams } from './model.ts';

export type Stability = JobResult<'sgdStability'>;

/**
 * The maximal stable η of the current K, M, activation, σ and second layer (workers/physics/sgd/stability.ts),
 * on the caller's lane. The request leaves η out (the limits do not depend on it), so dragging the η slider
 * asks for nothing new. Resumable (up to seconds: ReLU, K = M = 10), so a superseded run is cancelled cooperatively.
 */
export function useStability(lane: string, { K, M, act, sigma, both }: SgdChapterParams) {
  return useJob(lane, 'sgdStability', { K, M, act, sigma, both });
}

/** How η stands against the limit: 'unstable' at or above eta_max, 'stable' below it or when no limit lies on the slider, 'unknown' when none was searched. */
export function etaVerdict(eta: number, s: Stability): 'stable' | 'unstable' | 'unknown' {
  if (s.eta_max !== null) return eta < s.eta_max ? 'stable' : 'unstable';
  return s.checked.length > 0 ? 'stable' : 'unknown';
}

/** Why the limit is there, in words. */
export function limitReason(s: Stability): string {
  return s.limit === 'symmetric'
    ? 'beyond it the η² noise terms hold the student in its symmetric, unspecialised state (or blow it up)'
    : 'beyond it the η² noise terms destabilise the perfect student';
}
