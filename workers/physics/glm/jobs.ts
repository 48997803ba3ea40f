/**
 * GLM jobs for the worker pool: thin adapters from a request (schema keys, PHYSICS.md §5) to one physics
 * call. No model rules here: grids, maxima, seed statistics and hard phases are built in the physics modules.
 */
import {
  alphaGrid, glmAmpRuns, glmCurveStream, glmLandscapeMaxima, glmPhasePlaneStream, glmPoint, glmTransitionsStream,
  type AlphaGridSpec, type GampOptions, type GlmAmpRequest, type GlmParams, type GlmPhaseRequest,
} from './index.ts';
import type { ProgressFn } from '../manifest.ts';

function split(req: GlmAmpRequest): [GlmParams, GampOptions] {
  const { alpha, d, seed, seeds, iters, damping, ...p } = req;
  return [p, { alpha, d, seed, seeds, iters, damping }];
}

export const jobs = {
  /** the learning curve on a given α grid (the worker round-trip benchmark, scripts/bench.ts) */
  /** the learning curve on the grid {alphaMin, alphaMax, n, scale} (alphaGrid.ts); resumable, pausing after each SE solve */
  glmLearningCurve(req: GlmParams & AlphaGridSpec, onProgress?: ProgressFn) {
    const { alphaMin, alphaMax, n, scale, ...p } = req;
    return glmCurveStream(p, alphaGrid({ alphaMin, alphaMax, n, scale }), onProgress);
  },
  glmPoint(req: GlmParams & { alpha: number }) {
    const { alpha, ...p } = req;
    return glmPoint(p, alpha);
  },
  /** thresholds, continuity and the hard-phase interval (hardPhase.ts); resumable (ReLU builds its tables first, pausing) */
  glmTransitions(req: GlmParams) {
    return glmTransitionsStream(req);
  },
  /** Φ(m) on n points with its global and local maxima (landscape.ts) */
  glmLandscape(req: GlmParams & { alpha: number; n?: number }) {
    const { alpha, n, ...p } = req;
    return glmLandscapeMaxima(p, alpha, n);
  },
  /**
   * One GAMP run for two figures: per-iteration mean and band over seeds next to SE (AMP dynamics), then the final
   * test error over the same instances (the learning curve's point); resumable, growing iteration by iteration (gampSeeds.ts)
   */
  glmAmpRuns(req: GlmAmpRequest, onProgress?: ProgressFn) {
    const [p, o] = split(req);
    return glmAmpRuns(p, o, onProgress);
  },
  /** thresholds traced along noise or ρ, the hard-phase polygon and the plane's model (phase.ts); resumable, the coarse pass its snapshot */
  glmPhase(req: GlmPhaseRequest, onProgress?: ProgressFn) {
    return glmPhasePlaneStream(req, onProgress);
  },
};
