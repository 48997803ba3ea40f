import type { ParamsOf } from '../../../workers/physics/schema.ts';
import type { DeltaGrid, SpikedParams } from '../../../workers/physics/spiked/manifest.ts';
import { FINITE_GRID as FINITE, OVERLAP_GRID } from '../../../workers/physics/spiked/params.ts';
import { chapter } from './meta.ts';

/** The chapter's values, typed by its schema. */
export type SpikedView = ParamsOf<typeof chapter.params>;

/** The model part of the view (what state evolution depends on). */
export function spikedModel(p: SpikedView): SpikedParams {
  return { prior: p.prior, act: p.act, alpha: p.alpha, rho: p.rho };
}

/** The overlap curve's Δ axis and its finite-size points (the physics' grids, which the CLI prints on). */
export const CURVE_GRID: DeltaGrid = OVERLAP_GRID;
export const FINITE_GRID: DeltaGrid = FINITE;

/** The model's CLI arguments (PHYSICS.md §8 keys), for the figures' "Reproduce". */
export function modelArgs(p: SpikedView) {
  return { prior: p.prior, act: p.act, alpha: p.alpha, rho: p.rho };
}

/** The finite-size runs of the reader's p, seeds and iterations. */
export function runs({ p, seed, seeds, iters }: SpikedView) {
  return { p, seed, seeds, iters };
}
