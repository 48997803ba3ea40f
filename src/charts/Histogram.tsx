import { bin as d3bin } from 'd3';
import { forwardRef, useMemo, useState } from 'react';
import { MARGIN as M, ChartSvg, PlotArea } from './frame.tsx';
import { fmt } from './format.ts';
import { HoverArea, Tooltip } from './hover.tsx';
import { Bars } from './marks/Bars.tsx';
import { Rug } from './marks/Rug.tsx';
import { RULE_ROW } from './lineLabels.ts';
import { Rule, labelsAbove } from './marks/Rule.tsx';
import { makePlot } from './plot.ts';
import { makeScale } from './scales.ts';
import { seriesColor, usePalette } from './theme.ts';
import type { Num, Threshold } from './types.ts';
import { useChartBox, type ChartHeight } from './useChartBox.ts';

/**
 * Histogram of a sample (an eigenvalue spectrum, a distribution over seeds) in SVG, with labelled
 * vertical reference lines (a predicted edge) and marked single values (an outlier), each value also
 * drawn as a rug tick under the bars so that isolated values stay visible next to a tall bulk.
 * React owns the DOM; d3 supplies the binning and the scales.
 */
export interface HistogramMark {
  x: number;
  label: string;
  /** palette index */
  color?: number;
}

export interface HistogramProps {
  id: string;
  ariaLabel: string;
  values: Num;
  /** pixels, or 'fill' to take the container's height (embed mode) */
  height?: ChartHeight;
  /** number of bins across the x domain (default 40) */
  bins?: number;
  xDomain?: [number, number];
  thresholds?: Threshold[];
  /** single values singled out with a dot and a label (e.g. the smallest eigenvalue) */
  marks?: HistogramMark[];
  xLabel: string;
  yLabel: string;
  /** palette index of the bars */
  color?: number;
}


/** at most this many rows of labels above the plot */
const MAX_LABEL_ROWS = 6;

export const Histogram = forwardRef<SVGSVGElement, HistogramProps>(function Histogram(props, ref) {
  const { id, ariaLabel, values, height: heightProp = 340, bins = 40, thresholds = [], marks = [], xLabel, yLabel, color = 0 } = props;
  const pal = usePalette();
  const { ref: box, className: boxClass, width, height } = useChartBox(heightProp);
  const [hover, setHover] = useState<number | null>(null);
  const w = Math.max(280, width);
  const iw = w - M.left - M.right;

  const finiteValues = useMemo(() => Array.from(values).filter(Number.isFinite), [values]);
  const domain = useMemo<[number, number]>(() => {
    if (props.xDomain) return props.xDomain;
    const all = [...finiteValues, ...thresholds.map((t) => t.x), ...marks.map((m) => m.x)].filter(Number.isFinite);
    if (!all.length) return [0, 1];
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const pad = 0.04 * (hi - lo || 1);
    return [lo - pad, hi + pad];
  }, [props.xDomain, finiteValues, thresholds, marks]);

  // the reference-line labels sit in rows above the plot (the bars reach its top), as few rows as keep them apart
  const xAxis = makeScale('lin', domain, [0, iw]);
  const [lo, hi] = xAxis.domain();
  const inside = (v: number) => Number.isFinite(v) && v >= lo && v <= hi;
  const col = (i: number | undefined) => seriesColor(pal, i ?? 0);
  const lines = [
    ...thresholds.map((t) => ({ x: t.x, label: t.label, color: t.color === undefined ? pal.muted : col(t.color) })),
    ...marks.map((m) => ({ x: m.x, label: m.label, color: col(m.color), value: true })),
  ].filter((r) => inside(r.x));
  const above = labelsAbove(
    lines.map((r) => xAxis(r.x)),
    lines.map((r) => r.label),
    iw,
    Math.min(MAX_LABEL_ROWS, lines.length),
  );
  const rules = lines.map((r, k) => ({ ...r, labelAt: above.at[k] }));
  const labelRows = Math.max(1, above.rows);
  const top = M.top + labelRows * RULE_ROW;
  const ih = height - top - M.bottom;

  const { plot, counts } = useMemo(() => {
    const x = makeScale('lin', domain, [0, iw]);
    const [a, b] = x.domain();
    const step = (b - a) / bins;
    const edges = Array.from({ length: bins - 1 }, (_, i) => a + (i + 1) * step);
    const counts = d3bin<number, number>().domain([a, b]).thresholds(edges)(finiteValues.filter((v) => v >= a && v <= b));
    const maxCount = Math.max(1, ...counts.map((c) => c.length));
    // 10 % headroom so the tallest bar does not touch the labels above the plot
    return { plot: makePlot('lin', domain, 'lin', [0, maxCount * 1.1], iw, ih), counts };
  }, [domain, iw, ih, bins, finiteValues]);

  const hoverBin = hover === null ? null : (counts.find((c) => hover >= c.x0! && hover < c.x1!) ?? null);

  return (
    <div ref={box} className={boxClass}>
      <ChartSvg ref={ref} id={id} ariaLabel={ariaLabel} width={w} height={height} pal={pal} data={{ 'data-count': finiteValues.length, 'data-bins': counts.length }}>
        <PlotArea
          plot={plot}
          top={top}
          pal={pal}
          xLabel={xLabel}
          yLabel={yLabel}
          yCounts
          overlay={<HoverArea iw={iw} ih={ih} onHover={(px) => setHover(px === null ? null : plot.x.invert(px))} />}
        >
          <Bars bins={counts} color={col(color)} plot={plot} />
          <Rug values={finiteValues.filter(inside)} color={col(color)} plot={plot} />
          <Rule rules={rules} labels="above" rows={labelRows} pal={pal} plot={plot} />
        </PlotArea>
      </ChartSvg>
      {hoverBin ? (
        <Tooltip left={Math.min(M.left + plot.x(hoverBin.x1!) + 8, w - 170)} top={top + 4}>
          [{fmt(hoverBin.x0!)}, {fmt(hoverBin.x1!)}): {hoverBin.length}
        </Tooltip>
      ) : null}
    </div>
  );
});
