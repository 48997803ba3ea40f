import type { Plot } from '../plot.ts';
import type { Palette } from '../theme.ts';
import { TextLabel } from './TextLabel.tsx';

export interface RuleDatum {
  x: number;
  label: string;
  color: string;
  /** a single value singled out (data-mark: solid, faint, a dot on the axis); else a threshold (data-threshold: dashed) */
  value?: boolean;
}

export interface RuleProps {
  rules: readonly RuleDatum[];
  /**
   * 'inside': labels in rows from the top of the plot, each drawn with its line (line charts);
   * 'above': labels in `rows` rows above the plot, drawn after all lines so that no line crosses a label
   * (histograms, whose bars reach the top)
   */
  labels: 'inside' | 'above';
  /** rows reserved above the plot ('above' only) */
  rows?: number;
  pal: Palette;
  plot: Plot;
}

const ROW = 14;
// gap: how close (px) two labels may start in one row; flip: distance from the right edge under which a label
// goes to the left of its line, so that it is not clipped
const STYLE = {
  inside: { gap: 64, flip: 56, pad: 3, dash: '3 3', width: 1.3, halo: false },
  above: { gap: 120, flip: 110, pad: 4, dash: '4 3', width: 1.5, halo: true },
} as const;

/** Vertical reference lines (thresholds, marked values) with labels staggered in rows so close ones do not overprint. */
export function Rule({ rules, labels, rows = Infinity, pal, plot }: RuleProps) {
  const s = STYLE[labels];
  const sorted = rules.filter((r) => plot.xOk(r.x)).sort((a, b) => a.x - b.x);
  const px = sorted.map((r) => plot.x(r.x));
  const row = staggerRows(px, s.gap, rows);
  // 'above': row 0 is the top one, `rows` rows above the plot; 'inside': row 0 just under the top edge
  const labelY = (k: number) => (labels === 'above' ? (row[k] - rows) * ROW + 10 : 12 + row[k] * ROW);
  const label = (r: RuleDatum, k: number) => {
    const left = px[k] > plot.iw - s.flip;
    return (
      <TextLabel
        key={`l${r.value ? 'm' : 't'}${r.label}`}
        x={left ? px[k] - s.pad : px[k] + s.pad}
        y={labelY(k)}
        anchor={left ? 'end' : labels === 'above' ? 'start' : undefined}
        fill={pal.text}
        fontSize={11}
        halo={s.halo ? pal.background : undefined}
        text={r.label}
      />
    );
  };
  return (
    <>
      {sorted.map((r, k) => (
        <g key={`${r.value ? 'm' : 't'}${r.label}`} {...(r.value ? { 'data-mark': r.label } : { 'data-threshold': r.label })} data-x={r.x}>
          <line
            x1={px[k]}
            x2={px[k]}
            y1={labels === 'above' ? (row[k] - rows + 1) * ROW : 0}
            y2={plot.ih}
            stroke={r.color}
            strokeDasharray={r.value ? undefined : s.dash}
            strokeOpacity={r.value ? 0.5 : labels === 'above' ? 1 : undefined}
            strokeWidth={s.width * pal.thin}
          />
          {r.value ? <circle cx={px[k]} cy={plot.ih} r={5} fill={r.color} stroke={pal.background} strokeWidth={1.5} /> : null}
          {labels === 'inside' ? label(r, k) : null}
        </g>
      ))}
      {labels === 'above' ? sorted.map(label) : null}
    </>
  );
}

/**
 * Label rows for pixel positions in ascending order: each label takes the first row whose last label starts
 * at least `gap` px to its left; with `maxRows` rows the last row takes whatever is left.
 */
export function staggerRows(px: readonly number[], gap: number, maxRows = Infinity): number[] {
  const lastInRow: number[] = [];
  return px.map((p) => {
    let row = 0;
    while (row < maxRows - 1 && lastInRow[row] !== undefined && p - lastInRow[row] < gap) row++;
    lastInRow[row] = p;
    return row;
  });
}
