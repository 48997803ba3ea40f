/**
 * The α grids of the chapter's learning curves (figures 1 and 2): log-spaced and increasing (the SE
 * warm-starts along them). K = 3 costs ~0.1-0.25 s a point (3-D quadrature), so its grid is coarse, as is the
 * erf regression one (a 2-D quadrature with a mixture of Gaussians inside, ~50 ms a point on the coarse rule);
 * K = large is on α̃ = α/K.
 */
import { logGrid } from '../numerics/logGrid.ts';
import type { CommitteeAct } from './channel.ts';

export interface CurveGrid {
  min: number;
  max: number;
  n: number;
}

export function curveGridSpec(K: number, act: CommitteeAct = 'sign'): CurveGrid {
  if (act === 'erf') return { min: 0.2, max: 40, n: 40 };
  if (K === Infinity) return { min: 0.5, max: 30, n: 200 };
  if (K === 3) return { min: 0.5, max: 40, n: 30 };
  if (K === 2) return { min: 0.1, max: 60, n: 200 };
  return { min: 0.05, max: 20, n: 150 };
}

/** The figure's α grid: n log-spaced points from min to max (numerics/logGrid, the one log grid). */
export function alphaGrid({ min, max, n }: CurveGrid): Float64Array {
  return logGrid(min, max, n);
}
