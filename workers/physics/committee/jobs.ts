import { committeeAmpStream, type CommitteeAmpOptions } from './amp.ts';
import { ampFigureAlpha } from './coverage.ts';
import { curvePanelStream, curvePointStream, type CurveRequest } from './curveView.ts';
import { committeePhaseStream } from './phaseDiagram.ts';
import { phaseView } from './phaseLines.ts';
import type { ProgressFn } from '../manifest.ts';
import { mapResumable } from '../resumable.ts';

/** The browser runs the erf regression committee on the coarse quadrature (~1e-5; the CLI: fine). */
const coarse = (req: CurveRequest): CurveRequest => ({ ...req, quality: 'coarse' });

/**
 * Committee-machine jobs for the worker pool (PHYSICS.md §2, §5 field names): adapters from requests to
 * physics calls. Figures 1 and 2 read ONE committeeCurvePanel result (a shared lane in the chapter), so the
 * curve of a (K, act, Δ) is computed once, on one worker.
 */
export const jobs = {
  /** axis, thresholds, their marks and the learning curve of figures 1 and 2 (curveView.ts); resumable, each snapshot the stage reached */
  committeeCurvePanel(req: CurveRequest, onProgress?: ProgressFn) {
    return curvePanelStream(coarse(req), onProgress);
  },
  /** the curve's values under the reader's α (null outside the axis or for an uncovered pair); resumable, no snapshot */
  committeeCurvePoint(req: CurveRequest & { alpha: number }) {
    return curvePointStream({ ...coarse(req), alpha: req.alpha });
  },
  /** α_AMP(K) for K = 2, 3, 5, …, kMax, the large-K constants, lines and gap; resumable, a snapshot after each K */
  committeePhase(req: { kMax: number }, onProgress?: ProgressFn) {
    return mapResumable(committeePhaseStream(req.kMax, onProgress), phaseView, phaseView);
  },
  /**
   * K = 2 AMP on finite instances at the figure's α (capped, coverage.ts), next to SE from the same start; resumable,
   * growing iteration by iteration (SE first), each snapshot with the α run
   */
  committeeAmp(req: CommitteeAmpOptions, onProgress?: ProgressFn) {
    const alpha = ampFigureAlpha(req.alpha);
    const withAlpha = <R>(r: R) => ({ ...r, alpha });
    return mapResumable(committeeAmpStream({ ...req, alpha }, onProgress), withAlpha, withAlpha);
  },
};
