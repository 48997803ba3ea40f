import {
  committeeCurve, committeePhase, committeePoint, committeeThresholds, largeKCurve,
  type CommitteePhase, type FiniteKThresholds, type LargeKThresholds,
} from './physics/committee/index.ts';
import { transferable } from './transfer.ts';
import type { ProgressFn } from './api.ts';

/** Committee-machine jobs for the worker pool (PHYSICS.md §2, §5 field names). */
export const committeeApi = {
  /** Bayes-optimal and AMP SE along an α grid, K = 1, 2, 3 */
  committeeCurve(req: { K: number; alphas: Float64Array }, onProgress?: ProgressFn) {
    return transferable(committeeCurve({ K: req.K }, req.alphas, onProgress));
  },
  committeePoint(req: { K: number; alpha: number }) {
    return committeePoint(req);
  },
  /** K = 1, 2, 3 (null where not computed) or the large-K constants (K = Infinity) */
  committeeThresholds(req: { K: number }): FiniteKThresholds | LargeKThresholds {
    return committeeThresholds(req.K === Infinity ? 'large' : req.K);
  },
  /** the α = α̃K limit along an α̃ grid (closed forms) */
  committeeLargeKCurve(req: { alphas: Float64Array }) {
    return transferable(largeKCurve(req.alphas));
  },
  /** α_AMP(K) for K = 2, 3, 5, …, kMax and the large-K constants; each K arrives through onPartial */
  committeePhase(req: { kMax: number }, onProgress?: ProgressFn, onPartial?: (p: CommitteePhase) => void) {
    return transferable(committeePhase(req.kMax, onPartial, onProgress));
  },
};
