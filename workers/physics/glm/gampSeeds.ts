/**
 * GAMP's final test error across independent instances: `seeds` single-seed runs of glmAmp, the s-th with
 * seed childSeed(seed, s), so the spread of the final test error across instances is known (glmAmp reports
 * the MSE band only). This is the learning curve's finite-size point.
 */
import type { ProgressFn } from '../manifest.ts';
import { childSeed } from '../numerics/rng.ts';
import { glmAmp, type GampOptions } from './gamp.ts';
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

export function glmAmpFinal(p: GlmParams, o: GampOptions, onProgress?: ProgressFn): GlmAmpFinal {
  const S = Math.max(1, Math.round(o.seeds));
  const eg_runs = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    const r = glmAmp(p, { ...o, seed: childSeed(o.seed, s), seeds: 1 }, onProgress && ((f) => onProgress((s + f) / S)));
    eg_runs[s] = r.eg[r.eg.length - 1];
    onProgress?.((s + 1) / S);
  }
  const { mean, sd } = seedStats(eg_runs);
  return { alpha: o.alpha, eg: mean, eg_lo: Math.max(mean - sd, 0), eg_hi: mean + sd, eg_runs };
}
