import { logGrid } from '../numerics/logGrid.ts';

/**
 * The α grid of the learning curve (the chapter asks for {alphaMin, alphaMax, n, scale}; the grid is built
 * here, not in the UI): log-spaced by numerics/logGrid, the one log grid, or linear
 * α_min + (α_max − α_min)·i/(n−1). Both ends are exact.
 */
export interface AlphaGridSpec {
  alphaMin: number;
  alphaMax: number;
  /** number of points, ≥ 2 */
  n: number;
  scale: 'log' | 'lin';
}

export function alphaGrid({ alphaMin, alphaMax, n, scale }: AlphaGridSpec): Float64Array {
  const N = Math.max(2, Math.round(n));
  if (scale === 'log') return logGrid(alphaMin, alphaMax, N);
  return Float64Array.from({ length: N }, (_, i) => alphaMin + (i / (N - 1)) * (alphaMax - alphaMin));
}
