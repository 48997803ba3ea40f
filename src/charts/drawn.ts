import type { Series } from './types.ts';

/**
 * Whether a series has anything to show on axes with these domains: at least one point that is finite
 * (positive on a log axis) and inside both domains. The legend names only drawn series (issue #12: no entry
 * for a mark that is not there); figures use it to word their captions from what is drawn.
 */
export function isDrawn(s: Pick<Series, 'x' | 'y'>, x: readonly [number, number], y: readonly [number, number], xKind: 'lin' | 'log' = 'lin', yKind: 'lin' | 'log' = 'lin'): boolean {
  const [x0, x1] = [Math.min(...x), Math.max(...x)];
  const [y0, y1] = [Math.min(...y), Math.max(...y)];
  for (let i = 0; i < s.x.length; i++) {
    const a = s.x[i];
    const b = s.y[i];
    if (!Number.isFinite(a) || !Number.isFinite(b) || (xKind === 'log' && a <= 0) || (yKind === 'log' && b <= 0)) continue;
    if (a >= x0 && a <= x1 && b >= y0 && b <= y1) return true;
  }
  return false;
}
