import { bin as d3bin } from 'd3';
import { forwardRef, useMemo, useState, type PointerEvent } from 'react';
import { fmt } from './LineChart.tsx';
import { Axes, ChartSvg, MARGIN as M } from './frame.tsx';
import { Rich } from './rich.tsx';
import { makeScale, tickFormat } from './scales.ts';
import { usePalette } from './theme.ts';
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

export const Histogram = forwardRef<SVGSVGElement, HistogramProps>(function Histogram(props, ref) {
  const { id, ariaLabel, values, height: heightProp = 340, bins = 40, thresholds = [], marks = [], xLabel, yLabel, color = 0 } = props;
  const pal = usePalette();
  const { ref: box, className: boxClass, width, height } = useChartBox(heightProp);
  const [hover, setHover] = useState<number | null>(null);
  const w = Math.max(280, width);
  const labelRows = Math.max(1, Math.min(3, thresholds.length + marks.length));
  const top = M.top + labelRows * 14;
  const iw = w - M.left - M.right;
  const ih = height - top - M.bottom;

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

  const x = useMemo(() => makeScale('lin', domain, [0, iw]), [domain, iw]);
  const counts = useMemo(() => {
    const [a, b] = x.domain();
    const step = (b - a) / bins;
    const edges = Array.from({ length: bins - 1 }, (_, i) => a + (i + 1) * step);
    return d3bin<number, number>().domain([a, b]).thresholds(edges)(finiteValues.filter((v) => v >= a && v <= b));
  }, [x, bins, finiteValues]);
  const maxCount = Math.max(1, ...counts.map((c) => c.length));
  // 10 % headroom so the tallest bar does not touch the labels above the plot
  const y = useMemo(() => makeScale('lin', [0, maxCount * 1.1], [ih, 0]), [maxCount, ih]);
  const xTicks = x.ticks(Math.max(3, Math.floor(iw / 90)));
  const yTicks = y.ticks(Math.max(3, Math.floor(ih / 50))).filter((t) => Number.isInteger(t));
  const fx = tickFormat(x, 'lin', Math.max(3, Math.floor(iw / 90)));
  const col = (i: number | undefined) => pal.series[(i ?? 0) % pal.series.length];
  const inside = (v: number) => Number.isFinite(v) && v >= x.domain()[0] && v <= x.domain()[1];

  // Reference lines and marks share label rows, staggered so that close labels do not overprint.
  const labelled = useMemo(() => {
    const items = [
      ...thresholds.filter((t) => inside(t.x)).map((t) => ({ kind: 'threshold' as const, x: t.x, label: t.label, color: t.color })),
      ...marks.filter((m) => inside(m.x)).map((m) => ({ kind: 'mark' as const, x: m.x, label: m.label, color: m.color })),
    ].sort((a, b) => a.x - b.x);
    const lastInRow: number[] = [];
    return items.map((it) => {
      const px = x(it.x);
      let row = 0;
      while (row < labelRows - 1 && lastInRow[row] !== undefined && px - lastInRow[row] < 120) row++;
      lastInRow[row] = px;
      return { ...it, px, row };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [thresholds, marks, x, labelRows]);

  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    setHover(x.invert(e.clientX - r.left));
  };
  const hoverBin = hover === null ? null : (counts.find((c) => hover >= c.x0! && hover < c.x1!) ?? null);

  return (
    <div ref={box} className={boxClass}>
      <ChartSvg ref={ref} id={id} ariaLabel={ariaLabel} width={w} height={height} pal={pal} data={{ 'data-count': finiteValues.length, 'data-bins': counts.length }}>
        <g transform={`translate(${M.left},${top})`}>
          {yTicks.map((t) => (
            <line key={`gy${t}`} x1={0} x2={iw} y1={y(t)} y2={y(t)} stroke={pal.grid} />
          ))}
          <g data-bars>
            {counts.map((c, i) =>
              c.length ? (
                <rect
                  key={i}
                  x={x(c.x0!) + 0.5}
                  y={y(c.length)}
                  width={Math.max(0.5, x(c.x1!) - x(c.x0!) - 1)}
                  height={ih - y(c.length)}
                  fill={col(color)}
                  fillOpacity={0.55}
                />
              ) : null,
            )}
          </g>
          {/* rug: one tick per value, under the axis */}
          <g data-rug>
            {finiteValues.filter(inside).map((v, i) => (
              <line key={i} x1={x(v)} x2={x(v)} y1={ih + 2} y2={ih + 8} stroke={col(color)} strokeOpacity={0.6} />
            ))}
          </g>
          {/* reference lines and marks first, all labels on top, so no line crosses a label */}
          {labelled.map((it) => (
            <g key={`${it.kind}${it.label}`} {...(it.kind === 'threshold' ? { 'data-threshold': it.label } : { 'data-mark': it.label })} data-x={it.x}>
              <line
                x1={it.px}
                x2={it.px}
                y1={-labelRows * 14 + 14 + it.row * 14}
                y2={ih}
                stroke={it.kind === 'threshold' && it.color === undefined ? pal.muted : col(it.color)}
                strokeDasharray={it.kind === 'threshold' ? '4 3' : undefined}
                strokeOpacity={it.kind === 'mark' ? 0.5 : 1}
                strokeWidth={1.5}
              />
              {it.kind === 'mark' ? <circle cx={it.px} cy={ih} r={5} fill={col(it.color)} stroke={pal.background} strokeWidth={1.5} /> : null}
            </g>
          ))}
          {labelled.map((it) => (
            <Label key={`l${it.kind}${it.label}`} px={it.px} row={it.row} rows={labelRows} iw={iw} text={it.label} fill={pal.text} bg={pal.background} />
          ))}
          <Axes x={x} y={y} xTicks={xTicks} yTicks={yTicks} fx={fx} fy={String} iw={iw} ih={ih} xLabel={xLabel} yLabel={yLabel} pal={pal} />
          <rect width={iw} height={ih} fill="transparent" onPointerMove={onMove} onPointerLeave={() => setHover(null)} data-hover-area />
        </g>
      </ChartSvg>
      {hoverBin ? (
        <div
          className="pointer-events-none absolute rounded border border-slate-300 bg-white/95 px-2 py-1 text-xs shadow dark:border-slate-600 dark:bg-slate-900/95"
          style={{ left: Math.min(M.left + x(hoverBin.x1!) + 8, w - 170), top: top + 4 }}
          role="status"
        >
          [{fmt(hoverBin.x0!)}, {fmt(hoverBin.x1!)}): {hoverBin.length}
        </div>
      ) : null}
    </div>
  );
});

/** A reference-line label in its row above the plot; near the right edge it goes left of its line. */
function Label({ px, row, rows, iw, text, fill, bg }: { px: number; row: number; rows: number; iw: number; text: string; fill: string; bg: string }) {
  const left = px > iw - 110;
  return (
    <text
      x={left ? px - 4 : px + 4}
      y={-rows * 14 + 10 + row * 14}
      textAnchor={left ? 'end' : 'start'}
      fill={fill}
      fontSize={11}
      paintOrder="stroke"
      stroke={bg}
      strokeWidth={3}
    >
      <Rich text={text} />
    </text>
  );
}
