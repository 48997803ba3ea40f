import { Rich } from './rich.tsx';
import { textWidth } from './textWidth.ts';
import type { Palette } from './theme.ts';

/**
 * The legend is SVG inside the chart's <svg>, not an HTML row above it: the SVG/PNG export must carry it, and
 * tests find entries as `svg[data-figure] [data-legend]`. Entries flow left to right and wrap, each as wide as
 * its label (textWidth.ts: measured with the charts' font in a browser, estimated in jsdom). Besides the
 * drawn series it holds the labels the plot had no room for (a threshold, a phase, the marker's read-out:
 * lineLabels.ts), each with the swatch of its mark; `data-legend-for` says which kind of mark.
 */
export interface LegendEntry {
  id: string;
  label: string;
  color: string;
  /** line: a series; points: finite-size points; rule: a threshold; fill: a region or phase; ring: the marker */
  shape: 'line' | 'points' | 'rule' | 'fill' | 'ring';
  dash: boolean;
  /** of a 'points' swatch: an open circle (Series.hollow) */
  hollow?: boolean;
  /** of a 'fill' swatch (a phase's colour is solid, drawn at 0.16 in the plot) */
  fillOpacity?: number;
  /** the kind of mark the entry names (its e2e selector: `[data-legend-for="threshold"][data-legend="α_IT"]`) */
  of: 'series' | 'threshold' | 'region' | 'polygon' | 'marker';
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

export interface LegendProps {
  entries: readonly LegendEntry[];
  places: readonly LegendPlace[];
  /** top-left corner of the legend in the SVG */
  left: number;
  top: number;
  pal: Palette;
}

/** Places and row count of a legend of `labels` in `width` px. */
export function legendPlaces(labels: readonly string[], width: number): { places: LegendPlace[]; rows: number } {
  const places = legendLayout(labels.map((l) => textWidth(l)), width);
  return { places, rows: places.length ? places[places.length - 1].row + 1 : 0 };
}

export function Legend({ entries, places, left, top, pal }: LegendProps) {
  return (
    <g transform={`translate(${left},${top})`}>
      {entries.map((e, k) => (
        <g key={`${e.of}:${e.id}`} transform={`translate(${places[k].x},${places[k].row * LEGEND_ROW})`} data-legend={e.id} data-legend-for={e.of}>
          <LegendSwatch entry={e} pal={pal} />
          <text x={SWATCH} y={9} fill={pal.text}>
            <Rich text={e.label} />
          </text>
        </g>
      ))}
    </g>
  );
}

/** The small picture of a mark in an 18 × 10 box (the legend's, and captions' inline swatches: Swatch.tsx). */
export function LegendSwatch({ entry: e, pal }: { entry: Pick<LegendEntry, 'shape' | 'color' | 'dash' | 'hollow' | 'fillOpacity'>; pal: Palette }) {
  switch (e.shape) {
    case 'points':
      return e.hollow ? <circle cx={9} cy={5} r={3.5} fill="none" stroke={e.color} strokeWidth={1.5} /> : <circle cx={9} cy={5} r={3.5} fill={e.color} />;
    case 'rule':
      return <line x1={9} x2={9} y1={-1} y2={11} stroke={e.color} strokeWidth={1.5} strokeDasharray="3 2" />;
    case 'fill':
      return <rect x={1} y={0} width={16} height={10} fill={e.color} fillOpacity={e.fillOpacity} />;
    case 'ring':
      return <circle cx={9} cy={5} r={4} fill="none" stroke={pal.text} strokeWidth={2} />;
    default:
      return <line x1={0} x2={18} y1={5} y2={5} stroke={e.color} strokeWidth={2.5} strokeDasharray={e.dash ? '5 3' : undefined} />;
  }
}
