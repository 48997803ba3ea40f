/**
 * The success maps of the phase-retrieval figures (PHYSICS.md §4): gradient flow's success rate on a
 * fixed α grid at two dimensions (arXiv:2006.06997), and the over-parameterised student's recovery on
 * a grid around its threshold α = 2 at one small dimension (arXiv:2006.15459). The grids are fixed
 * lists, not ranges: run s at grid point i is seeded childSeed(childSeed(seed, s), i), so a point's
 * runs depend on its index and the maps are reproduced only on these grids (`pr-success-map`,
 * `pr-overparam-map`).
 */
import { prGfStream, type PrGfResult } from './phaseRetrieval.ts';
import { drain, mapResumable, type Resumable } from '../resumable.ts';
import { prOverparamStream, type OverparamResult } from './overparam.ts';

/** GF success-map α grid: few points, each costs `seeds` full runs; PHYSICS.md: 0/10 at α = 2, 10/10 from α ≈ 7 (N = 200). */
export const PR_ALPHA_GRID: readonly number[] = [2, 3, 4, 5, 6, 8, 10];
/** The over-parameterised student's α grid around its threshold α = 2. */
export const OVERPARAM_ALPHA_GRID: readonly number[] = [1, 1.5, 2, 2.5, 3, 4];
/** Over-parameterised runs cost O(d²·αd·width·d) per step: a small fixed dimension keeps them in seconds. */
export const OVERPARAM_D = 30;

/**
 * The second, smaller dimension of the GF success map: half of d on a multiple of 10, at least 20. A step
 * costs O(αd²), so the drift of the 50 % point with d shows at a quarter of the cost.
 */
export function prHalfDimension(d: number): number {
  return Math.max(20, Math.round(d / 20) * 10);
}

export interface PrSuccessMapParams {
  /** the reader's dimension */
  d: number;
  /** which of the two maps: at d itself, or at prHalfDimension(d) */
  dimension: 'reader' | 'half';
  seed: number;
  seeds: number;
  tmax: number;
  h: number;
}

export interface PrSuccessMap extends PrGfResult {
  /** the dimension this map was run at */
  d: number;
}

/** GF success rate on PR_ALPHA_GRID at one of the two dimensions. */
export function prSuccessMap(p: PrSuccessMapParams, onProgress?: (fraction: number) => void): PrSuccessMap {
  return drain(prSuccessMapStream(p, onProgress));
}

/** prSuccessMap, resumable: the map fills point by point (phaseRetrieval.ts prGfStream). */
export function* prSuccessMapStream(p: PrSuccessMapParams, onProgress?: (fraction: number) => void): Resumable<PrSuccessMap, PrSuccessMap> {
  const d = p.dimension === 'half' ? prHalfDimension(p.d) : p.d;
  const runs = prGfStream({ alpha: Float64Array.from(PR_ALPHA_GRID), N: d, seed: p.seed, seeds: p.seeds, tmax: p.tmax, h: p.h }, onProgress);
  for (;;) {
    const s = runs.next();
    if (s.done) return { ...s.value, d };
    const snap = s.value;
    yield snap && (() => ({ ...snap(), d }));
  }
}

/** The §5 output of `pr-success-map`: both maps of the figure. */
export interface PrSuccessMaps {
  alpha: Float64Array;
  d: number;
  success_rate: Float64Array;
  d_half: number;
  success_rate_half: Float64Array;
  n_runs: number;
}

export function prSuccessMaps(p: Omit<PrSuccessMapParams, 'dimension'>, onProgress?: (fraction: number) => void): PrSuccessMaps {
  const reader = prSuccessMap({ ...p, dimension: 'reader' }, onProgress && ((f) => onProgress(f / 2)));
  const half = prSuccessMap({ ...p, dimension: 'half' }, onProgress && ((f) => onProgress((1 + f) / 2)));
  return { alpha: reader.alpha, d: reader.d, success_rate: reader.success_rate, d_half: half.d, success_rate_half: half.success_rate, n_runs: reader.n_runs };
}

export interface OverparamMapParams {
  /** hidden units per input dimension */
  width: number;
  seed: number;
  seeds: number;
  tmax: number;
  h: number;
}

export interface OverparamMap extends OverparamResult {
  /** the dimension of the runs (OVERPARAM_D) */
  d: number;
}

/** The over-parameterised student's recovery on OVERPARAM_ALPHA_GRID at d = OVERPARAM_D. */
export function prOverparamMap(p: OverparamMapParams, onProgress?: (fraction: number) => void): OverparamMap {
  return drain(prOverparamMapStream(p, onProgress));
}

/** prOverparamMap, resumable (a pause after each run: overparam.ts prOverparamStream). */
export function prOverparamMapStream(p: OverparamMapParams, onProgress?: (fraction: number) => void): Resumable<OverparamMap> {
  const runs = prOverparamStream({ alpha: Float64Array.from(OVERPARAM_ALPHA_GRID), d: OVERPARAM_D, width: p.width, seed: p.seed, seeds: p.seeds, tmax: p.tmax, h: p.h }, onProgress);
  return mapResumable(runs, (r) => ({ ...r, d: OVERPARAM_D }), () => undefined);
}
