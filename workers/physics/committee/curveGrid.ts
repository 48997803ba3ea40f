/**
 * The α grids of the chapter's learning curves (figures 1 and 2): log-spaced and increasing (the SE
 * warm-starts along them). K = 3 costs ~0.1-0.25 s a point (3-D quadrature), so its grid is coarse, as is the
 * erf regression one (a 2-D quadrature with a mixture of Gaussians inside, ~50 ms a point on the coarse rule);
 * K = large is on α̃ = α/K.
 */
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

/**
 * min·(max/min)^(i/(n−1)), i = 0 … n − 1: the formula the figures have always drawn on, kept to the bit
 * (sgd/setup.ts `logGrid` writes min·exp(i·ln(max/min)/(n−1)), which differs by one ulp at about two
 * thirds of these points).
 */
export function alphaGrid({ min, max, n }: CurveGrid): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = min * Math.pow(max / min, i / (n - 1));
  return out;
}
