import { forwardRef, memo, useMemo, type ReactNode } from 'react';
import type { Plot } from './plot.ts';
import type { Scale } from './scales.ts';
import { useChartScale, type Palette } from './theme.ts';
import { Rich } from './rich.tsx';
import { axisTicks, widestLabel } from './ticks.ts';

/**
 * What every SVG figure shares: the margins, the root element (an accessible image with a title,
 * literal colours and a background, so exports stand alone), and the plot area: grid, marks, axes.
 */
export const MARGIN = { top: 14, right: 16, bottom: 44, left: 58 } as const;

/** Room left of the axis: the widest y tick label, its 8 px gap, and the rotated axis title (13 px) beside it. */
export function leftMargin(yLabels: readonly string[]): number {
  return Math.max(MARGIN.left, Math.ceil(widestLabel(yLabels) + 34));
}

export interface ChartSvgProps {
  id: string;
  ariaLabel: string;
  width: number;
  height: number;
  pal: Palette;
  /** extra data-* attributes for tests (e.g. { 'data-series': 3 }) */
  data?: Record<`data-${string}`, string | number>;
  children: ReactNode;
}

export const ChartSvg = forwardRef<SVGSVGElement, ChartSvgProps>(function ChartSvg({ id, ariaLabel, width, height, pal, data, children }, ref) {
  // width and height are chart units; the projector view draws them larger (theme.ts, useChartScale)
  const scale = useChartScale();
  return (
    <svg
      ref={ref}
      width={width * scale}
      height={height * scale}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={ariaLabel}
      data-figure={id}
      {...data}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily={pal.font}
      fontSize={12}
      style={{ display: 'block', maxWidth: '100%' }}
    >
      <title>{ariaLabel}</title>
      <rect width={width} height={height} fill={pal.background} />
      {children}
    </svg>
  );
});

export interface AxesProps {
  x: Scale;
  y: Scale;
  xTicks: number[];
  yTicks: number[];
  /** tick labels, '' where thinned out (ticks.ts) */
  xLabels: readonly string[];
  yLabels: readonly string[];
  /** inner width and height of the plot area */
  iw: number;
  ih: number;
  xLabel: string;
  yLabel: string;
  pal: Palette;
}

/**
 * Bottom and left axes with ticks, tick labels and axis titles, in plot-area coordinates. The y title stands
 * clear of the widest y tick label (its descent, subscripts included, ≈ 5 px right of the baseline).
 */
// memoised: a chart re-rendered with the same plot (a slider step that left it alone) keeps its axes
export const Axes = memo(function Axes({ x, y, xTicks, yTicks, xLabels, yLabels, iw, ih, xLabel, yLabel, pal }: AxesProps) {
  const titleX = -Math.ceil(widestLabel(yLabels) + 8 + 7);
  return (
    <g data-axes>
      <line x1={0} x2={iw} y1={ih} y2={ih} stroke={pal.axis} />
      <line x1={0} x2={0} y1={0} y2={ih} stroke={pal.axis} />
      {xTicks.map((t, k) => (
        <g key={`tx${t}`} transform={`translate(${x(t)},${ih})`}>
          <line y2={5} stroke={pal.axis} />
          {xLabels[k] ? (
            <text y={18} textAnchor="middle" fill={pal.muted}>
              {xLabels[k]}
            </text>
          ) : null}
        </g>
      ))}
      {yTicks.map((t, k) => (
        <g key={`ty${t}`} transform={`translate(0,${y(t)})`}>
          <line x2={-5} stroke={pal.axis} />
          {yLabels[k] ? (
            <text x={-8} dy="0.32em" textAnchor="end" fill={pal.muted}>
              {yLabels[k]}
            </text>
          ) : null}
        </g>
      ))}
      <text x={iw / 2} y={ih + 36} textAnchor="middle" fill={pal.text} fontSize={13}>
        <Rich text={xLabel} />
      </text>
      <text transform={`translate(${titleX},${ih / 2}) rotate(-90)`} textAnchor="middle" fill={pal.text} fontSize={13}>
        <Rich text={yLabel} />
      </text>
    </g>
  );
});

export interface PlotAreaProps {
  plot: Plot;
  /** y of the plot area's top edge in the SVG (the margin plus what sits above: legend, label rows) */
  top: number;
  pal: Palette;
  xLabel: string;
  yLabel: string;
  /** vertical grid lines too (a histogram has only horizontal ones) */
  xGrid?: boolean;
  /** y counts things: integer ticks only, printed as integers */
  yCounts?: boolean;
  /** x of the plot area's left edge in the SVG (default MARGIN.left; see leftMargin) */
  left?: number;
  /** the marks, drawn over the grid and under the axes */
  children: ReactNode;
  /** drawn over the axes: the hover line and the pointer area */
  overlay?: ReactNode;
}

/** The shared frame of a chart: grid, then the marks, then axes with ticks about every 90 px (x) and 50 px (y) (ticks.ts). */
export function PlotArea({ plot, top, pal, xLabel, yLabel, xGrid, yCounts, left = MARGIN.left, children, overlay }: PlotAreaProps) {
  const { x, y, iw, ih } = plot;
  // ticks and their labels are measured text (ticks.ts): once per plot, not per render
  const { ticks: xTicks, labels: xLabels } = useMemo(() => axisTicks(x, plot.xKind, 'x'), [x, plot.xKind]);
  const { ticks: yTicks, labels: yLabels } = useMemo(() => axisTicks(y, plot.yKind, 'y', yCounts), [y, plot.yKind, yCounts]);
  return (
    <g transform={`translate(${left},${top})`}>
      {yTicks.map((t) => (
        <line key={`gy${t}`} x1={0} x2={iw} y1={y(t)} y2={y(t)} stroke={pal.grid} />
      ))}
      {xGrid
        ? xTicks.map((t) => <line key={`gx${t}`} x1={x(t)} x2={x(t)} y1={0} y2={ih} stroke={pal.grid} />)
        : null}
      {children}
      <Axes
        x={x}
        y={y}
        xTicks={xTicks}
        yTicks={yTicks}
        xLabels={xLabels}
        yLabels={yLabels}
        iw={iw}
        ih={ih}
        xLabel={xLabel}
        yLabel={yLabel}
        pal={pal}
      />
      {overlay}
    </g>
  );
}
