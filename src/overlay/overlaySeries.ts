import type { Series } from '../charts/types.ts';
import { decimate } from './points.ts';
import type { StoredOverlay } from './storage.ts';

/** Tol's high-contrast yellow: apart from the Okabe-Ito live curves and the bright pin colours, on light and dark. */
export const OVERLAY_COLOR = '#DDAA33';

const drawn = new WeakMap<StoredOverlay, Map<string, Series>>();

/** The overlay as a points series of the chart it belongs to (decimated for drawing, cached per scale). */
export function overlaySeries(o: StoredOverlay | null, chartId: string, xScale: 'lin' | 'log'): Series[] {
  if (!o || o.chart !== chartId) return [];
  let byScale = drawn.get(o);
  if (!byScale) drawn.set(o, (byScale = new Map()));
  let s = byScale.get(xScale);
  if (!s) {
    const keep = decimate(o, xScale);
    const n = o.x.length;
    const pick = (a: Float64Array) => Float64Array.from(keep, (i) => a[i]);
    const x = pick(o.x);
    const y = pick(o.y);
    const err = o.err && pick(o.err);
    s = {
      id: 'overlay',
      label: `your data: ${o.name}${keep.length < n ? ` (${keep.length} of ${n} points drawn)` : ''}`,
      kind: 'points',
      x,
      y,
      lo: err ? y.map((v, i) => v - err[i]) : undefined,
      hi: err ? y.map((v, i) => v + err[i]) : undefined,
      stroke: OVERLAY_COLOR,
    };
    byScale.set(xScale, s);
  }
  return [s];
}
