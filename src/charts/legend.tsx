import { forwardRef, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { Rich } from './rich.tsx';
import type { Palette } from './theme.ts';

/**
 * The legend is SVG inside the chart's <svg>, not an HTML row above it: the SVG/PNG export must carry it, and
 * tests find entries as `svg[data-figure] [data-legend]`. Entries flow left to right and wrap, each as wide as
 * its label as the browser measures it (getComputedTextLength, after the first render, before paint); a
 * per-character estimate serves only that first render and jsdom, which lays out no text.
 */
export interface LegendEntry {
  id: string;
  label: string;
  color: string;
  /** a dot (finite-size points) instead of a line */
  points: boolean;
  dash: boolean;
}

/** height of one legend row; the plot area starts below the last row */
export const LEGEND_ROW = 18;
const SWATCH = 24; // swatch and the space before the label
const GAP = 18; // between one label and the next swatch

export interface LegendPlace {
  x: number;
  row: number;
}

/** Places of entries whose labels are `textWidths` wide in rows `width` px wide (an entry wider than a row gets its own). */
export function legendLayout(textWidths: readonly number[], width: number): LegendPlace[] {
  const out: LegendPlace[] = [];
  let x = 0;
  let row = 0;
  for (const tw of textWidths) {
    const w = SWATCH + tw + GAP;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    out.push({ x, row });
    x += w;
  }
  return out;
}

/** Width of a label in the 12 px sans-serif without a layout engine: ≈ 6.6 px a character, subscript markup not counted. */
export function estimateTextWidth(label: string): number {
  return 6.6 * label.replace(/_\{?/g, '').replace(/\}/g, '').length;
}

/** Legend places from measured label widths; attach `ref` to the <Legend>. */
export function useLegendLayout(labels: readonly string[], width: number): { ref: RefObject<SVGGElement | null>; places: LegendPlace[]; rows: number } {
  const ref = useRef<SVGGElement>(null);
  // widths are kept with the labels they were measured for: after the labels change (a series appears), the
  // old widths do not apply, and the estimate stands in until the next measure
  const key = labels.join('\n');
  const [measured, setMeasured] = useState<{ key: string; widths: readonly number[] } | null>(null);
  // measure when the labels change, and when the width does (a chart that mounted hidden measures 0 until shown)
  useLayoutEffect(() => {
    const texts = Array.from(ref.current?.querySelectorAll<SVGTextElement>('[data-legend] > text') ?? []);
    const widths = texts.map((t) => (typeof t.getComputedTextLength === 'function' ? t.getComputedTextLength() : 0));
    const next = widths.length === labels.length && widths.every((w) => w > 0) ? { key, widths } : null;
    setMeasured((prev) => (prev?.key === next?.key && sameWidths(prev?.widths, next?.widths) ? prev : next));
  }, [key, labels.length, width]);
  const widths = measured?.key === key ? measured.widths : labels.map(estimateTextWidth);
  const places = legendLayout(widths, width);
  return { ref, places, rows: places.length ? places[places.length - 1].row + 1 : 0 };
}

function sameWidths(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((w, i) => Math.abs(w - b[i]) < 0.5);
}

export interface LegendProps {
  entries: readonly LegendEntry[];
  places: readonly LegendPlace[];
  /** top-left corner of the legend in the SVG */
  left: number;
  top: number;
  pal: Palette;
}

export const Legend = forwardRef<SVGGElement, LegendProps>(function Legend({ entries, places, left, top, pal }, ref) {
  return (
    <g ref={ref} transform={`translate(${left},${top})`}>
      {entries.map((e, k) => (
        <g key={e.id} transform={`translate(${places[k].x},${places[k].row * LEGEND_ROW})`} data-legend={e.id}>
          {e.points ? (
            <circle cx={9} cy={5} r={3.5} fill={e.color} />
          ) : (
            <line x1={0} x2={18} y1={5} y2={5} stroke={e.color} strokeWidth={2.5} strokeDasharray={e.dash ? '5 3' : undefined} />
          )}
          <text x={SWATCH} y={9} fill={pal.text}>
            <Rich text={e.label} />
          </text>
        </g>
      ))}
    </g>
  );
});
