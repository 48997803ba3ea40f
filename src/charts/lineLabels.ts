import { placeLabels, textBox, type Box, type LabelRequest, type TextPos } from './labelLayout.ts';
import type { Plot } from './plot.ts';
import type { LineFigureData } from './types.ts';

/**
 * Where a line figure's labels go (labelLayout.ts): the marker's read-out first (the reader's value matters
 * most), then the threshold labels in rows under the top edge beside their lines, the phase labels at their
 * centres and the region labels at their feet, each kept clear of the text placed before it and, if it can,
 * of the points and the marker. What finds no room is listed in `unplaced`: the chart moves it into the legend.
 */
export interface LineLabels {
  marker: TextPos | null;
  /** by threshold index in `d.thresholds` */
  thresholds: (TextPos | null)[];
  regions: (TextPos | null)[];
  polygons: (TextPos | null)[];
  /** labels not drawn in the plot (the marker's read-out included): [kind, index] */
  unplaced: { kind: 'marker' | 'threshold' | 'region' | 'polygon'; index: number }[];
}

export const MARKER_FONT = { fontSize: 12, fontWeight: 600, halo: 4 } as const;
export const RULE_FONT = { fontSize: 11, halo: 3 } as const;
export const RULE_ROW = 17;

/** Beside a vertical line at px, in each of the rows at `ys`: right of the line, then left of it. */
export function ruleCandidates(px: number, ys: readonly number[], pad = 3): TextPos[] {
  return ys.flatMap((y) => [
    { x: px + pad, y, anchor: 'start' as const },
    { x: px - pad, y, anchor: 'end' as const },
  ]);
}

/** `skip`: labels already moved into the legend, as `${kind}:${index}` */
export function layoutLineLabels(d: LineFigureData, plot: Plot, skip: ReadonlySet<string> = new Set()): LineLabels {
  const { iw, ih } = plot;
  const bounds: Box = { x0: 0, y0: -4, x1: iw + 12, y1: ih };
  const marks: Box[] = [];
  for (const s of d.series) {
    if (s.kind !== 'points') continue;
    for (let i = 0; i < s.x.length; i++) {
      if (!plot.xOk(s.x[i]) || !plot.yOk(s.y[i])) continue;
      const cx = plot.x(s.x[i]);
      const cy = plot.y(s.y[i]);
      marks.push({ x0: cx - 5, x1: cx + 5, y0: cy - 5, y1: cy + 5 });
    }
  }
  const m = d.marker && plot.xOk(d.marker.x) && plot.yOk(d.marker.y) ? d.marker : null;
  const requests: LabelRequest[] = [];
  const kinds: ['marker' | 'threshold' | 'region' | 'polygon', number][] = [];
  if (m) {
    marks.push(ringBox(plot.x(m.x), plot.y(m.y)));
  }
  if (m && !skip.has('marker:0')) {
    const px = plot.x(m.x);
    const py = plot.y(m.y);
    // beside the ring, then further above and below it, then over or under it: centred, or slid along as little as
    // keeps it inside the plot. A read-out too long for either side of the ring (the GLM curve's, once its GAMP
    // point has a value too, right of the middle) thus stays at the marker instead of leaving for the legend the
    // moment a run ends; only one wider than the plot goes there.
    const dy = [-9, 20, -24, 35, -39, 50, -54, 65];
    const half = textBox({ text: m.label, ...MARKER_FONT }, { x: 0, y: 0, anchor: 'middle' }).x1;
    const cx = Math.max(bounds.x0 + half, Math.min(px, bounds.x1 - half));
    requests.push({
      text: m.label,
      ...MARKER_FONT,
      candidates: [
        ...dy.flatMap((y) => [
          { x: px + 9, y: py + y, anchor: 'start' as const },
          { x: px - 9, y: py + y, anchor: 'end' as const },
        ]),
        ...dy.slice(2).map((y) => ({ x: cx, y: py + y, anchor: 'middle' as const })),
      ],
    });
    kinds.push(['marker', 0]);
  }
  // threshold labels: at most as many rows as fit in the top half of the plot
  const rows = Array.from({ length: Math.max(1, Math.floor(ih / 2 / RULE_ROW)) }, (_, r) => 11 + r * RULE_ROW);
  const thr = (d.thresholds ?? []).map((t, k) => [t, k] as const).filter(([t]) => plot.xOk(t.x)).sort((a, b) => a[0].x - b[0].x);
  for (const [t, k] of thr) {
    if (skip.has(`threshold:${k}`)) continue;
    requests.push({ text: t.label, ...RULE_FONT, candidates: ruleCandidates(plot.x(t.x), rows) });
    kinds.push(['threshold', k]);
  }
  (d.polygons ?? []).forEach((pg, k) => {
    if (skip.has(`polygon:${k}`)) return;
    const c = polygonCentre(pg.x, pg.y, plot);
    if (!c) return;
    requests.push({ text: pg.label, fontSize: 11, halo: 3, candidates: [0, -14, 14, -28, 28, -42, 42].map((dy) => ({ x: c[0], y: c[1] + 4 + dy, anchor: 'middle' as const })) });
    kinds.push(['polygon', k]);
  });
  (d.regions ?? []).forEach((r, k) => {
    if (skip.has(`region:${k}`)) return;
    const x0 = plot.x(r.x0);
    const x1 = plot.x(r.x1);
    if (!(x1 > x0)) return;
    requests.push({ text: r.label, fontSize: 11, halo: 3, candidates: [6, 20, 34].map((up) => ({ x: (x0 + x1) / 2, y: ih - up, anchor: 'middle' as const })) });
    kinds.push(['region', k]);
  });
  const placed = placeLabels(requests, bounds, [], marks);
  const out: LineLabels = {
    marker: null,
    thresholds: (d.thresholds ?? []).map(() => null),
    regions: (d.regions ?? []).map(() => null),
    polygons: (d.polygons ?? []).map(() => null),
    unplaced: [],
  };
  placed.forEach((p, i) => {
    const [kind, k] = kinds[i];
    if (kind === 'marker') out.marker = p.pos;
    else (kind === 'threshold' ? out.thresholds : kind === 'region' ? out.regions : out.polygons)[k] = p.pos;
    if (!p.pos) out.unplaced.push({ kind, index: k });
  });
  return out;
}

function ringBox(px: number, py: number): Box {
  return { x0: px - 8, x1: px + 8, y0: py - 8, y1: py + 8 };
}

/** The mean of a polygon's drawable vertices in plot pixels (where PolygonMark labels it), or null. */
export function polygonCentre(xs: ArrayLike<number>, ys: ArrayLike<number>, plot: Plot): [number, number] | null {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    if (!plot.xOk(xs[i]) || !plot.yOk(ys[i])) continue;
    sx += plot.x(xs[i]);
    sy += plot.y(ys[i]);
    n++;
  }
  return n >= 3 ? [sx / n, sy / n] : null;
}
