/**
 * The α grids of the committee learning curves (log-spaced, increasing: the SE warm-starts along them).
 * K = 3 costs ~0.1-0.25 s per point (3-D quadrature), so its grid is coarse, as is the erf regression one; K = large
 * is on α̃ = α/K.
 */
export interface CurveGrid {
  min: number;
  max: number;
  n: number;
}

export function gridSpec(K: number, act: 'sign' | 'erf' = 'sign'): CurveGrid {
  // erf regression (K = 2): a 2-D quadrature with a mixture of Gaussians inside, ~50 ms a point (coarse rule)
  if (act === 'erf') return { min: 0.2, max: 40, n: 40 };
  if (K === Infinity) return { min: 0.5, max: 30, n: 200 };
  if (K === 3) return { min: 0.5, max: 40, n: 30 };
  if (K === 2) return { min: 0.1, max: 60, n: 200 };
  return { min: 0.05, max: 20, n: 150 };
}

export function logGrid({ min, max, n }: CurveGrid): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = min * Math.pow(max / min, i / (n - 1));
  return out;
}
