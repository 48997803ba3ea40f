import type { ParamsOf } from '../../../workers/physics/schema.ts';
import type { DeltaGrid, SpikedParams } from '../../../workers/physics/spiked/manifest.ts';
import { chapter } from './meta.ts';

/** The chapter's values, typed by its schema. */
export type SpikedView = ParamsOf<typeof chapter.params>;

/** The model part of the view (what state evolution depends on). */
export function spikedModel(p: SpikedView): SpikedParams {
  return { prior: p.prior, act: p.act, alpha: p.alpha, rho: p.rho };
}

/** The overlap curve's Δ axis: 80 log-spaced points over the Δ slider's range. */
export const CURVE_GRID: DeltaGrid = { deltaMin: 0.05, deltaMax: 10, n: 80 };
/** The finite-size points: 7 log-spaced Δ. */
export const FINITE_GRID: DeltaGrid = { deltaMin: 0.1, deltaMax: 5, n: 7 };

/** The finite-size runs of the reader's p, seeds and iterations. */
export function runs({ p, seed, seeds, iters }: SpikedView) {
  return { p, seed, seeds, iters };
}
