/** The α grid of the learning curve: 300 points on [0.01, 10], log- or linearly spaced. */
export const ALPHA_MIN = 0.01;
export const ALPHA_MAX = 10;

export function alphaGrid(scale: 'log' | 'lin', n = 300): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    out[i] = scale === 'log' ? ALPHA_MIN * Math.pow(ALPHA_MAX / ALPHA_MIN, t) : ALPHA_MIN + t * (ALPHA_MAX - ALPHA_MIN);
  }
  return out;
}
