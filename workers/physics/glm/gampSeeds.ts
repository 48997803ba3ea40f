/**
 * GAMP's final test error across independent instances, so its spread across instances is known (glmAmp
 * reports the MSE band only): glmAmpFinal (CLI glm-amp-final) over `seeds` single-seed runs of glmAmp, the s-th
 * with seed childSeed(seed, s); glmAmpRuns over glmAmp's own instances, from the same run as the per-iteration
 * curves — the page's AMP-dynamics figure and the learning curve's finite-size point, one GAMP run for both.
 */
import type { ProgressFn } from '../manifest.ts';
import { childSeed } from '../numerics/rng.ts';
import { mapResumable, type Resumable } from '../resumable.ts';
import { glmAmp, glmAmpStream, type GampOptions, type GampRuns } from './gamp.ts';
import type { GlmParams } from './types.ts';

/** The finite-size request: model + GAMP options (PHYSICS.md §5 keys). */
export type GlmAmpRequest = GlmParams & GampOptions;

/** GAMP's final-iteration test error over independent seeds: mean and mean ± one standard deviation. */
export interface GlmAmpFinal {
  alpha: number;
  eg: number;
  /** mean − sd, floored at 0 (an error is never negative) */
  eg_lo: number;
  eg_hi: number;
  /** one value per seed */
  eg_runs: Float64Array;
}

/** Mean and population standard deviation (divide by S: the spread of these instances, not an estimator's). */
export function seedStats(runs: ArrayLike<number>): { mean: number; sd: number } {
  const S = runs.length;
  let sum = 0;
  for (let s = 0; s < S; s++) sum += runs[s];
  const mean = sum / S;
  let ss = 0;
  for (let s = 0; s < S; s++) ss += (runs[s] - mean) ** 2;
  return { mean, sd: Math.sqrt(ss / S) };
}

/** The finite-size point at α from one final test error per seed: mean, mean ± sd (floored at 0), the values. */
function finalPoint(alpha: number, eg_runs: Float64Array): GlmAmpFinal {
  const { mean, sd } = seedStats(eg_runs);
  return { alpha, eg: mean, eg_lo: Math.max(mean - sd, 0), eg_hi: mean + sd, eg_runs };
}

export function glmAmpFinal(p: GlmParams, o: GampOptions, onProgress?: ProgressFn): GlmAmpFinal {
  const S = Math.max(1, Math.round(o.seeds));
  const eg_runs = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    const r = glmAmp(p, { ...o, seed: childSeed(o.seed, s), seeds: 1 }, onProgress && ((f) => onProgress((s + f) / S)));
    eg_runs[s] = r.eg[r.eg.length - 1];
    onProgress?.((s + 1) / S);
  }
  return finalPoint(o.alpha, eg_runs);
}

/** glmAmp's curves and the test error over its instances: at the iteration all have reached, and at the end. */
export interface GampWithFinal extends GampRuns {
  /** the test error over the instances at iteration `done`, as the final point is built: the run's state so far */
  latest: GlmAmpFinal;
  /** once every iteration has run, the final test error over the instances (`latest` then); null before */
  final: GlmAmpFinal | null;
}

/**
 * One GAMP run for both of the page's GAMP readings, resumable (glmAmpStream: the seeds advance together and the
 * snapshots grow iteration by iteration): the per-iteration mean and band of glmAmp, the test error over the
 * instances at the latest iteration (the learning curve's point in progress), and at the end the learning curve's
 * point from the same instances' final test errors (CLI glm-amp-runs).
 */
export function glmAmpRuns(p: GlmParams, o: GampOptions, onProgress?: ProgressFn): Resumable<GampWithFinal, GampWithFinal> {
  return mapResumable(
    glmAmpStream(p, o, onProgress),
    (r) => {
      const final = finalPoint(o.alpha, r.eg_last);
      return { ...r, latest: final, final };
    },
    (r) => ({ ...r, latest: finalPoint(o.alpha, r.eg_last), final: null }),
  );
}
