import { formatCount, tickFormat } from './format.ts';
import type { Scale } from './scales.ts';
import { textWidth } from './textWidth.ts';

/**
 * An axis's ticks and their labels, thinned so that no two labels touch (issue #12: "50 100200 500 10002000"
 * on a narrow log axis). Every tick keeps its line; a label is blanked when it would come closer than
 * GAP px to one already kept, the labels kept first being the round ones (powers of ten on a log axis, every
 * other tick on a linear one). Widths on x are measured (textWidth.ts); on y a label is one line high.
 */
export interface AxisTicks {
  ticks: number[];
  labels: string[];
}

const GAP = 8;
const FONT = 12;
/** what a y tick label takes vertically: one line of 12 px text */
const LINE = 15;

/**
 * By axis and scale geometry: every chart of a page lays its axes out again on every slider step (and the
 * layout of a line chart twice or more: lineLayout), mostly on domains that did not change. Bounded; the
 * answers are shared, never written.
 */
const memo = new Map<string, AxisTicks>();
const MEMO_SIZE = 512;

export function axisTicks(scale: Scale, kind: 'lin' | 'log', axis: 'x' | 'y', counts = false): AxisTicks {
  const key = `${kind}|${axis}|${counts}|${scale.domain()}|${scale.range()}`;
  let t = memo.get(key);
  if (!t) {
    t = measureTicks(scale, kind, axis, counts);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(key, t);
  }
  return t;
}

function measureTicks(scale: Scale, kind: 'lin' | 'log', axis: 'x' | 'y', counts: boolean): AxisTicks {
  const [r0, r1] = scale.range();
  const length = Math.abs(r1 - r0);
  // the format gets the tick count the ticks were made with, so that its precision matches their step
  const count = axis === 'x' ? (kind === 'log' ? 6 : Math.max(3, Math.floor(length / 90))) : Math.max(3, Math.floor(length / 50));
  const all = scale.ticks(count);
  const ticks = counts ? all.filter(Number.isInteger) : all;
  const f = counts ? formatCount : tickFormat(scale, kind, count, axis === 'x' ? 30 : 14);
  const raw = ticks.map((t) => f(t));
  const px = ticks.map((t) => scale(t));
  const size = (k: number) => (axis === 'x' ? textWidth(raw[k], FONT) : LINE);
  return { ticks, labels: thinLabels(px, raw, size, (k) => priority(ticks[k], k, kind)) };
}

/** Lower is kept first: powers of ten, then 5, 2, 3 … of a decade on a log axis; even, then odd ticks on a linear one. */
function priority(v: number, k: number, kind: 'lin' | 'log'): number {
  if (kind === 'lin') return k % 2;
  const m = Math.round(v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9)));
  return m === 1 ? 0 : m === 5 ? 1 : m === 2 ? 2 : 3;
}

/**
 * Labels at pixel centres `px`, each `size(k)` px long on the axis: kept in order of `rank` (then position)
 * while they stay GAP px clear of every label kept before; the others become ''.
 */
export function thinLabels(px: readonly number[], labels: readonly string[], size: (k: number) => number, rank: (k: number) => number): string[] {
  const order = labels
    .map((_, k) => k)
    .filter((k) => labels[k] !== '')
    .sort((a, b) => rank(a) - rank(b) || a - b);
  const kept: [number, number][] = [];
  const out = labels.map(() => '');
  for (const k of order) {
    const lo = px[k] - size(k) / 2;
    const hi = px[k] + size(k) / 2;
    const lo2 = Math.min(lo, hi);
    const hi2 = Math.max(lo, hi);
    if (kept.some(([a, b]) => lo2 < b + GAP && a < hi2 + GAP)) continue;
    kept.push([lo2, hi2]);
    out[k] = labels[k];
  }
  return out;
}

/** Width of the widest label (px): how far the y tick labels reach left of the axis. */
export function widestLabel(labels: readonly string[]): number {
  return labels.reduce((w, l) => Math.max(w, textWidth(l, FONT)), 0);
}
