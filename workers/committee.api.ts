import {
  committeeAmp, committeeCurve, committeePhase, committeePoint, committeeThresholds, largeKCurve,
  type CommitteeAmpOptions, type CommitteeCurve, type CommitteePhase, type FiniteKThresholds, type LargeKThresholds,
} from './physics/committee/index.ts';
import { transferable } from './transfer.ts';
import type { ProgressFn } from './api.ts';

/**
 * The learning-curve and order-parameter figures ask for the same curve (K = 3: seconds); a worker keeps
 * its last one, as a private copy since results are transferred (their buffers detached).
 */
let lastCurve: { K: number; alphas: Float64Array; curve: CommitteeCurve } | null = null;

const sameGrid = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((v, i) => v === b[i]);

function copyCurve(c: CommitteeCurve): CommitteeCurve {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, (v as Float64Array).slice()])) as unknown as CommitteeCurve;
}

/** Committee-machine jobs for the worker pool (PHYSICS.md §2, §5 field names). */
export const committeeApi = {
  /** Bayes-optimal and AMP SE along an α grid, K = 1, 2, 3 */
  committeeCurve(req: { K: number; alphas: Float64Array }, onProgress?: ProgressFn): CommitteeCurve {
    if (!lastCurve || lastCurve.K !== req.K || !sameGrid(lastCurve.alphas, req.alphas)) {
      lastCurve = { K: req.K, alphas: req.alphas.slice(), curve: committeeCurve({ K: req.K }, req.alphas, onProgress) };
    }
    return transferable(copyCurve(lastCurve.curve));
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
  /** K = 2 AMP on finite instances (mean and q_d band over seeds) next to SE from the same start */
  committeeAmp(req: CommitteeAmpOptions, onProgress?: ProgressFn) {
    return transferable(committeeAmp(req, onProgress));
  },
};
