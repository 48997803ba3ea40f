import { forwardRef, type ReactNode } from 'react';
import type { Scale } from './scales.ts';
import type { Palette } from './theme.ts';
import { Rich } from './rich.tsx';

/**
 * What every SVG figure shares: the margins, the root element (an accessible image with a title,
 * literal colours and a background, so exports stand alone) and the axes with their titles.
 */
export const MARGIN = { top: 14, right: 16, bottom: 44, left: 58 } as const;

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
  return (
    <svg
      ref={ref}
      width={width}
      height={height}
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
  fx: (v: number) => string;
  fy: (v: number) => string;
  /** inner width and height of the plot area */
  iw: number;
  ih: number;
  xLabel: string;
  yLabel: string;
  pal: Palette;
}

/** Bottom and left axes with ticks, tick labels and axis titles, in plot-area coordinates. */
export function Axes({ x, y, xTicks, yTicks, fx, fy, iw, ih, xLabel, yLabel, pal }: AxesProps) {
  return (
    <g data-axes>
      <line x1={0} x2={iw} y1={ih} y2={ih} stroke={pal.axis} />
      <line x1={0} x2={0} y1={0} y2={ih} stroke={pal.axis} />
      {xTicks.map((t) => (
        <g key={`tx${t}`} transform={`translate(${x(t)},${ih})`}>
          <line y2={5} stroke={pal.axis} />
          <text y={18} textAnchor="middle" fill={pal.muted}>
            {fx(t)}
          </text>
        </g>
      ))}
      {yTicks.map((t) => (
        <g key={`ty${t}`} transform={`translate(0,${y(t)})`}>
          <line x2={-5} stroke={pal.axis} />
          <text x={-8} dy="0.32em" textAnchor="end" fill={pal.muted}>
            {fy(t)}
          </text>
        </g>
      ))}
      <text x={iw / 2} y={ih + 36} textAnchor="middle" fill={pal.text} fontSize={13}>
        <Rich text={xLabel} />
      </text>
      <text transform={`translate(${-44},${ih / 2}) rotate(-90)`} textAnchor="middle" fill={pal.text} fontSize={13}>
        <Rich text={yLabel} />
      </text>
    </g>
  );
}
