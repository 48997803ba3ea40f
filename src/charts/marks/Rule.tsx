import { placeLabels, type TextPos } from '../labelLayout.ts';
import { RULE_FONT, RULE_ROW, ruleCandidates } from '../lineLabels.ts';
import type { Plot } from '../plot.ts';
import type { Palette } from '../theme.ts';
import { TextLabel } from './TextLabel.tsx';

export interface RuleDatum {
  x: number;
  label: string;
  color: string;
  /** a single value singled out (data-mark: solid, faint, a dot on the axis); else a threshold (data-threshold: dashed) */
  value?: boolean;
  /** where the label goes, in plot pixels (labelLayout.ts); null: not in the plot (the chart's legend names it) */
  labelAt: TextPos | null;
}

export interface RuleProps {
  rules: readonly RuleDatum[];
  /**
   * 'inside': labels inside the plot, each drawn with its line (line charts); 'above': labels in `rows` rows
   * above the plot, drawn after all lines so that no line crosses a label (histograms, whose bars reach the top)
   */
  labels: 'inside' | 'above';
  /** rows reserved above the plot ('above' only): the line reaches up to its label's row */
  rows?: number;
  pal: Palette;
  plot: Plot;
}

const STYLE = {
  inside: { dash: '3 3', width: 1.3 },
  above: { dash: '4 3', width: 1.5 },
} as const;

/** Vertical reference lines (thresholds, marked values) with their labels where the layout put them. */
export function Rule({ rules, labels, rows = 0, pal, plot }: RuleProps) {
  const s = STYLE[labels];
  const drawn = rules.filter((r) => plot.xOk(r.x));
  const label = (r: RuleDatum) =>
    r.labelAt ? (
      <TextLabel
        key={`l${r.value ? 'm' : 't'}${r.label}`}
        x={r.labelAt.x}
        y={r.labelAt.y}
        anchor={r.labelAt.anchor}
        fill={pal.text}
        fontSize={RULE_FONT.fontSize}
        halo={pal.background}
        haloWidth={RULE_FONT.halo}
        text={r.label}
      />
    ) : null;
  return (
    <>
      {drawn.map((r) => {
        const px = plot.x(r.x);
        return (
          <g key={`${r.value ? 'm' : 't'}${r.label}`} {...(r.value ? { 'data-mark': r.label } : { 'data-threshold': r.label })} data-x={r.x}>
            <line
              x1={px}
              x2={px}
              y1={labels === 'above' && r.labelAt ? r.labelAt.y - 10 : labels === 'above' ? -rows * RULE_ROW : 0}
              y2={plot.ih}
              stroke={r.color}
              strokeDasharray={r.value ? undefined : s.dash}
              strokeOpacity={r.value ? 0.5 : labels === 'above' ? 1 : undefined}
              strokeWidth={s.width * pal.thin}
            />
            {r.value ? <circle cx={px} cy={plot.ih} r={5} fill={r.color} stroke={pal.background} strokeWidth={1.5} /> : null}
            {labels === 'inside' ? label(r) : null}
          </g>
        );
      })}
      {labels === 'above' ? drawn.map(label) : null}
    </>
  );
}

/**
 * Labels of vertical lines at `px` in rows above a plot `iw` px wide (histograms): the fewest rows, up to
 * `maxRows`, in which every label finds a place beside its line clear of the others (labelLayout.ts); row 0
 * is the top one. Labels are placed left to right; one that finds no place even with `maxRows` gets null.
 */
export function labelsAbove(px: readonly number[], texts: readonly string[], iw: number, maxRows: number): { rows: number; at: (TextPos | null)[] } {
  const order = px.map((_, k) => k).sort((a, b) => px[a] - px[b]);
  let best: { rows: number; at: (TextPos | null)[] } = { rows: 0, at: px.map(() => null) };
  for (let rows = 1; rows <= Math.max(1, maxRows); rows++) {
    const ys = Array.from({ length: rows }, (_, r) => (r - rows) * RULE_ROW + 10);
    const placed = placeLabels(
      order.map((k) => ({ text: texts[k], ...RULE_FONT, candidates: ruleCandidates(px[k], ys, 4) })),
      { x0: -8, y0: -rows * RULE_ROW - 4, x1: iw + 12, y1: 4 },
    );
    const at = px.map((): TextPos | null => null);
    placed.forEach((p, i) => (at[order[i]] = p.pos));
    best = { rows, at };
    if (at.every((a) => a !== null)) break;
  }
  return best;
}
