import {
  glmAmp, glmCurve, glmLandscape, glmPhase, glmPoint, glmThresholds,
  type GampOptions, type GlmLandscape, type GlmParams, type GlmPhase, type GlmPhaseRequest,
} from './index.ts';
import { childSeed } from '../numerics/rng.ts';
import type { ProgressFn } from '../manifest.ts';

/** The finite-size request: model + GAMP options (PHYSICS.md §5 keys). */
export type GlmAmpRequest = GlmParams & GampOptions;

/** GAMP's final-iteration test error over independent seeds: mean and mean ± one standard deviation. */
export interface GlmAmpFinal {
  alpha: number;
  eg: number;
  eg_lo: number;
  eg_hi: number;
  /** one value per seed */
  eg_runs: Float64Array;
}

/** The landscape with its maxima: the global one (Bayes) and the other local ones, read off the m grid. */
export interface GlmLandscapeMaxima extends GlmLandscape {
  /** f at m_bayes (finite unless perfect recovery of a noiseless continuous channel) */
  f_bayes: number;
  /** local maxima of f on the grid other than the global one (metastable states) */
  local_m: Float64Array;
  local_f: Float64Array;
}

/** Grid indices where f is a local maximum (an end point counts when f rises towards it). */
function gridMaxima(f: Float64Array): number[] {
  const out: number[] = [];
  const n = f.length;
  for (let i = 0; i < n; i++) {
    const left = i === 0 || f[i] >= f[i - 1];
    const right = i === n - 1 || f[i] > f[i + 1];
    if (left && right && !(i === 0 && f[1] === f[0])) out.push(i);
  }
  return out;
}

function split(req: GlmAmpRequest): [GlmParams, GampOptions] {
  const { alpha, d, seed, seeds, iters, damping, ...p } = req;
  return [p, { alpha, d, seed, seeds, iters, damping }];
}

/** GLM jobs for the worker pool. */
export const glmJobs = {
  glmCurve(req: GlmParams & { alphas: Float64Array }, onProgress?: ProgressFn) {
    const { alphas, ...p } = req;
    return glmCurve(p, alphas, onProgress);
  },
  glmPoint(req: GlmParams & { alpha: number }) {
    const { alpha, ...p } = req;
    return glmPoint(p, alpha);
  },
  glmThresholds(req: GlmParams) {
    return glmThresholds(req);
  },
  glmLandscape(req: GlmParams & { alpha: number; n: number }): GlmLandscapeMaxima {
    const { alpha, n, ...p } = req;
    const l = glmLandscape(p, alpha, n);
    const { f_bayes } = glmPoint(p, alpha);
    // two grid cells: the grid maximum next to the exact global one is the same state
    const cell = (2 * l.m[l.m.length - 1]) / (l.m.length - 1);
    const local = gridMaxima(l.f).filter((i) => Math.abs(l.m[i] - l.m_bayes) > cell && l.f[i] < f_bayes);
    return {
      ...l,
      f_bayes,
      local_m: Float64Array.from(local, (i) => l.m[i]),
      local_f: Float64Array.from(local, (i) => l.f[i]),
    };
  },
  /** per-iteration GAMP (mean and band over seeds) next to SE from the same start */
  glmAmp(req: GlmAmpRequest, onProgress?: ProgressFn) {
    const [p, o] = split(req);
    return glmAmp(p, o, onProgress);
  },
  /**
   * The learning curve's finite-size point: `seeds` single-seed GAMP runs (seed_s = childSeed(seed, s)),
   * so the spread of the final test error across instances is known (glmAmp reports the MSE band only).
   */
  glmAmpFinal(req: GlmAmpRequest, onProgress?: ProgressFn): GlmAmpFinal {
    const [p, o] = split(req);
    const S = Math.max(1, Math.round(o.seeds));
    const eg_runs = new Float64Array(S);
    for (let s = 0; s < S; s++) {
      const r = glmAmp(p, { ...o, seed: childSeed(o.seed, s), seeds: 1 });
      eg_runs[s] = r.eg[r.eg.length - 1];
      onProgress?.((s + 1) / S);
    }
    const mean = eg_runs.reduce((a, b) => a + b, 0) / S;
    const sd = Math.sqrt(eg_runs.reduce((a, b) => a + (b - mean) ** 2, 0) / S);
    return { alpha: o.alpha, eg: mean, eg_lo: Math.max(mean - sd, 0), eg_hi: mean + sd, eg_runs };
  },
  /** thresholds traced along noise or ρ; the coarse pass arrives first through onPartial */
  glmPhase(req: GlmPhaseRequest, onProgress?: ProgressFn, onPartial?: (p: GlmPhase) => void) {
    return glmPhase(req, onProgress, onPartial);
  },
};
