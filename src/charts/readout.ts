import { fmt } from './format.ts';
import type { Marker, Series } from './types.ts';

/**
 * The marker's read-out (issue #12: every curve at the marker, "Bayes 0, AMP 0.152 at α = 1.4"): each named
 * value at the reader's x, curves that agree to the printed digits merged ("Bayes = AMP 0.1745 at α = 2"),
 * values that are not finite left out.
 */
export function markerReadout(values: readonly { name: string; value: number }[], at: string): string {
  const groups: { names: string[]; text: string }[] = [];
  for (const { name, value } of values) {
    if (!Number.isFinite(value)) continue;
    const text = fmt(value);
    const same = groups.find((g) => g.text === text);
    if (same) same.names.push(name);
    else groups.push({ names: [name], text });
  }
  return `${groups.map((g) => `${g.names.join(' = ')} ${g.text}`).join(', ')} at ${at}`;
}

/**
 * The y of a drawn polyline (xs ascending) at x, linear between its points: where a marker sits on a curve
 * before the exact reading at x has arrived (null outside the curve or next to a non-finite point).
 */
export function onPolyline(x: number, xs: ArrayLike<number>, ys: ArrayLike<number>): number | null {
  const n = xs.length;
  if (n === 0 || !(x >= xs[0] && x <= xs[n - 1])) return null;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid;
  }
  const t = xs[hi] > xs[lo] ? (x - xs[lo]) / (xs[hi] - xs[lo]) : 0;
  const y = t === 0 ? ys[lo] : t === 1 ? ys[hi] : ys[lo] + t * (ys[hi] - ys[lo]);
  return Number.isFinite(y) ? y : null;
}

/**
 * The marker of a slider's value on a curve: the exact reading once its point job has answered for this value
 * (`exact`), before that at x on the drawn curve with a label naming x only — so the marker follows every step
 * at once, without a worker round trip, and never shows a number it has not computed.
 */
export function followingMarker(x: number, exact: Marker | null, curve: Pick<Series, 'x' | 'y'> | undefined, pending: string): Marker | null {
  if (exact) return exact;
  const y = curve ? onPolyline(x, curve.x, curve.y) : null;
  return y === null ? null : { x, y, label: pending };
}
