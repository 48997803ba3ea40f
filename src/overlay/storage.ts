import type { OverlayPoints } from './points.ts';

/**
 * Overlaid data lives in the browser only: localStorage under `lp-overlay:<chapter>/<figure>`, never the
 * URL, never a request. A table too large for the storage quota stays for the session and says so.
 */
export interface StoredOverlay extends OverlayPoints {
  /** the chart of the figure it is drawn on */
  chart: string;
}

const key = (scope: string) => `lp-overlay:${scope}`;

export function loadOverlay(scope: string): StoredOverlay | null {
  try {
    const raw = localStorage.getItem(key(scope));
    if (!raw) return null;
    const o = JSON.parse(raw) as { name: string; chart: string; x: number[]; y: number[]; err: number[] | null };
    const ok = (a: unknown): a is number[] => Array.isArray(a) && a.every((v) => typeof v === 'number' && Number.isFinite(v));
    if (typeof o.name !== 'string' || typeof o.chart !== 'string' || !ok(o.x) || !ok(o.y) || o.x.length !== o.y.length || (o.err !== null && !(ok(o.err) && o.err.length === o.x.length)))
      return null;
    return { name: o.name, chart: o.chart, x: Float64Array.from(o.x), y: Float64Array.from(o.y), err: o.err && Float64Array.from(o.err) };
  } catch {
    return null;
  }
}

/** false: not kept across reloads (no storage, or over its quota) */
export function saveOverlay(scope: string, o: StoredOverlay | null): boolean {
  try {
    if (!o) localStorage.removeItem(key(scope));
    else localStorage.setItem(key(scope), JSON.stringify({ name: o.name, chart: o.chart, x: Array.from(o.x), y: Array.from(o.y), err: o.err && Array.from(o.err) }));
    return true;
  } catch {
    return false;
  }
}
