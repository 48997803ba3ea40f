import type { ColumnChoice } from './columns.ts';
import type { Table } from './parse.ts';

/** The reader's points on a figure: sorted by x, with optional symmetric error bars. */
export interface OverlayPoints {
  name: string;
  x: Float64Array;
  y: Float64Array;
  err: Float64Array | null;
}

/**
 * The chosen columns as points for axes of these scales, or the first line that cannot be drawn:
 * x or y ≤ 0 on a logarithmic axis, a negative error bar. Nothing is drawn from a table with a bad row.
 */
export function toPoints(name: string, t: Table, c: ColumnChoice, xScale: 'lin' | 'log', yScale: 'lin' | 'log'): { ok: true; points: OverlayPoints } | { ok: false; error: string } {
  const xs = t.data[c.x];
  const ys = t.data[c.y];
  const es = c.err >= 0 ? t.data[c.err] : null;
  for (let i = 0; i < xs.length; i++) {
    const where = `line ${t.lines[i]}`;
    if (xScale === 'log' && xs[i] <= 0) return { ok: false, error: `${where}: ${t.columns[c.x]} = ${xs[i]} cannot be drawn on the logarithmic x axis` };
    if (yScale === 'log' && ys[i] <= 0) return { ok: false, error: `${where}: ${t.columns[c.y]} = ${ys[i]} cannot be drawn on the logarithmic y axis` };
    if (es && es[i] < 0) return { ok: false, error: `${where}: the error ${t.columns[c.err]} = ${es[i]} is negative` };
  }
  const order = Array.from(xs.keys()).sort((a, b) => xs[a] - xs[b]);
  return {
    ok: true,
    points: { name, x: Float64Array.from(order, (i) => xs[i]), y: Float64Array.from(order, (i) => ys[i]), err: es && Float64Array.from(order, (i) => es[i]) },
  };
}

/**
 * At most 2·bins points to draw (SVG stays interactive): the x range is cut into `bins` bins (in log x on
 * a log axis) and each keeps its lowest and highest point, so the cloud's envelope and outliers remain
 * visible. Below 2·bins points everything is drawn. The exports (CSV) always carry every point.
 */
export function decimate(p: OverlayPoints, xScale: 'lin' | 'log', bins = 1000): Int32Array {
  const n = p.x.length;
  if (n <= 2 * bins) return Int32Array.from({ length: n }, (_, i) => i);
  const f = xScale === 'log' ? Math.log : (v: number) => v;
  const lo = f(p.x[0]);
  const span = f(p.x[n - 1]) - lo || 1;
  const minAt = new Int32Array(bins).fill(-1);
  const maxAt = new Int32Array(bins).fill(-1);
  for (let i = 0; i < n; i++) {
    const b = Math.min(bins - 1, Math.floor(((f(p.x[i]) - lo) / span) * bins));
    if (minAt[b] < 0 || p.y[i] < p.y[minAt[b]]) minAt[b] = i;
    if (maxAt[b] < 0 || p.y[i] > p.y[maxAt[b]]) maxAt[b] = i;
  }
  const keep: number[] = [];
  for (let b = 0; b < bins; b++) {
    if (minAt[b] < 0) continue;
    keep.push(Math.min(minAt[b], maxAt[b]));
    if (maxAt[b] !== minAt[b]) keep.push(Math.max(minAt[b], maxAt[b]));
  }
  return Int32Array.from(keep);
}

/** CSV block of the points, appended to the figure's CSV export after a blank line. */
export function pointsCsv(p: OverlayPoints, xName: string, yName: string): string {
  const head = ['overlay', xName, yName, ...(p.err ? ['err'] : [])].join(',');
  const name = /[",\n]/.test(p.name) ? `"${p.name.replaceAll('"', '""')}"` : p.name;
  const rows = Array.from(p.x, (x, i) => [name, x, p.y[i], ...(p.err ? [p.err[i]] : [])].join(','));
  return [head, ...rows].join('\n') + '\n';
}
