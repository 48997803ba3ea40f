import {
  channelOf, committeeAmp, committeeCurve, committeePhase, committeePoint, committeeThresholds, largeKCurve,
  type CommitteeAct, type CommitteeAmpOptions, type CommitteeCurve, type CommitteePhase, type FiniteKThresholds, type LargeKThresholds,
} from './index.ts';
import type { ProgressFn } from '../manifest.ts';

/**
 * The learning-curve and order-parameter figures ask for the same curve (K = 3: seconds); a worker keeps
 * its last one, as a private copy since results are transferred (their buffers detached).
 */
let lastCurve: { key: string; alphas: Float64Array; curve: CommitteeCurve } | null = null;

/** Channel request: sign (default) or the K = 2 erf regression committee with noise Δ (coarse quadrature in the UI). */
interface ChannelReq { K: number; act?: CommitteeAct; noise?: number }
const channelReq = ({ K, act, noise }: ChannelReq) => ({ K, act, noise, quality: 'coarse' as const });
const curveKey = ({ K, act, noise }: ChannelReq) => `${K}/${act ?? 'sign'}/${act === 'erf' ? noise : ''}`;

const sameGrid = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((v, i) => v === b[i]);

function copyCurve(c: CommitteeCurve): CommitteeCurve {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, (v as Float64Array).slice()])) as unknown as CommitteeCurve;
}

/** Committee-machine jobs for the worker pool (PHYSICS.md §2, §5 field names). */
export const jobs = {
  /** Bayes-optimal and AMP SE along an α grid, K = 1, 2, 3 (act 'erf': K = 2 regression, coarse quadrature) */
  committeeCurve(req: ChannelReq & { alphas: Float64Array }, onProgress?: ProgressFn): CommitteeCurve {
    const key = curveKey(req);
    if (!lastCurve || lastCurve.key !== key || !sameGrid(lastCurve.alphas, req.alphas)) {
      lastCurve = { key, alphas: req.alphas.slice(), curve: committeeCurve(channelReq(req), req.alphas, onProgress) };
    }
    return copyCurve(lastCurve.curve);
  },
  committeePoint(req: ChannelReq & { alpha: number }) {
    return committeePoint({ ...channelReq(req), alpha: req.alpha });
  },
  /** K = 1, 2, 3 (null where not computed) or the large-K constants (K = Infinity); act 'erf': K = 2 */
  committeeThresholds(req: ChannelReq): FiniteKThresholds | LargeKThresholds {
    if (req.K === Infinity) return committeeThresholds('large');
    return committeeThresholds(req.K, channelOf(channelReq(req)));
  },
  /** the α = α̃K limit along an α̃ grid (closed forms) */
  committeeLargeKCurve(req: { alphas: Float64Array }) {
    return largeKCurve(req.alphas);
  },
  /** α_AMP(K) for K = 2, 3, 5, …, kMax and the large-K constants; each K arrives through onPartial */
  committeePhase(req: { kMax: number }, onProgress?: ProgressFn, onPartial?: (p: CommitteePhase) => void) {
    return committeePhase(req.kMax, onPartial, onProgress);
  },
  /** K = 2 AMP on finite instances (mean and q_d band over seeds) next to SE from the same start */
  committeeAmp(req: CommitteeAmpOptions, onProgress?: ProgressFn) {
    return committeeAmp(req, onProgress);
  },
};
