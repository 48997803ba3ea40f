import { forwardRef, useMemo, useState, type MouseEvent } from 'react';
import { interpolateViridis } from 'd3';
import { MARGIN as M, ChartSvg, PlotArea } from '../../charts/frame.tsx';
import { fmt } from '../../charts/format.ts';
import { Tooltip } from '../../charts/hover.tsx';
import { lineMarks } from '../../charts/LineChart.tsx';
import { makePlot } from '../../charts/plot.ts';
import { Rich } from '../../charts/rich.tsx';
import { usePalette } from '../../charts/theme.ts';
import type { Marker, Series } from '../../charts/types.ts';
import { useChartBox, type ChartHeight } from '../../charts/useChartBox.ts';

/**
 * A log–log plane coloured by a value on a grid (the lecture's (α, λ) phase diagram), with line marks over
 * it. Built from the chart kit's frame, plot and marks; the cells are drawn here (the kit has no heat-map mark
 * yet: it could move to src/charts/marks/ when a second chapter needs one). Colours are literal viridis values.
 */
export interface HeatMapProps {
  id: string;
  ariaLabel: string;
  height: ChartHeight;
  /** cell centres (ascending, log-spaced) */
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** z at (x[i], y[j]): z[j·x.length + i]; non-finite cells are left blank */
  z: ArrayLike<number>;
  zLabel: string;
  series: Series[];
  marker: Marker | null;
  xLabel: string;
  yLabel: string;
  onPick?: (x: number, y: number) => void;
}

const KEY_ROW = 26;
const KEY_WIDTH = 180;
const STOPS = 9;

/** Geometric midpoints between log-spaced centres, and the outer edges one half-step beyond. */
function edges(c: ArrayLike<number>): number[] {
  const n = c.length;
  const e = [c[0] * Math.sqrt(c[0] / c[1])];
  for (let i = 0; i + 1 < n; i++) e.push(Math.sqrt(c[i] * c[i + 1]));
  e.push(c[n - 1] * Math.sqrt(c[n - 1] / c[n - 2]));
  return e;
}

export const HeatMapChart = forwardRef<SVGSVGElement, HeatMapProps>(function HeatMapChart(props, ref) {
  const { id, ariaLabel, height: heightProp, x, y, z, zLabel, series, marker, xLabel, yLabel, onPick } = props;
  const pal = usePalette();
  const { ref: box, className, width, height } = useChartBox(heightProp);
  const [hover, setHover] = useState<{ px: number; py: number } | null>(null);
  const w = Math.max(280, width);
  const iw = w - M.left - M.right;
  const top = M.top + KEY_ROW;
  const ih = height - top - M.bottom;
  const xe = useMemo(() => edges(x), [x]);
  const ye = useMemo(() => edges(y), [y]);
  const plot = useMemo(() => makePlot('log', [xe[0], xe[xe.length - 1]], 'log', [ye[0], ye[ye.length - 1]], iw, ih), [xe, ye, iw, ih]);
  const [zMin, zMax] = useMemo(() => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < z.length; k++) if (Number.isFinite(z[k])) [lo, hi] = [Math.min(lo, z[k]), Math.max(hi, z[k])];
    return lo < hi ? [lo, hi] : [lo, lo + 1];
  }, [z]);
  const color = (v: number) => interpolateViridis((v - zMin) / (zMax - zMin));
  const cells = [];
  for (let j = 0; j < y.length; j++) {
    const y0 = plot.y(ye[j + 1]);
    const hgt = plot.y(ye[j]) - y0;
    for (let i = 0; i < x.length; i++) {
      const v = z[j * x.length + i];
      if (!Number.isFinite(v)) continue;
      const x0 = plot.x(xe[i]);
      // +0.5 px overlap hides the hairline seams antialiasing leaves between abutting rects
      cells.push(<rect key={`${i},${j}`} x={x0} y={y0} width={plot.x(xe[i + 1]) - x0 + 0.5} height={hgt + 0.5} fill={color(v)} />);
    }
  }
  const gradient = `${id}-key`;
  const at = (e: MouseEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { px: e.clientX - r.left, py: e.clientY - r.top };
  };
  const readout = (() => {
    if (!hover) return null;
    const hx = plot.x.invert(hover.px);
    const hy = plot.y.invert(hover.py);
    const i = xe.findIndex((e, k) => k > 0 && hx <= e) - 1;
    const j = ye.findIndex((e, k) => k > 0 && hy <= e) - 1;
    if (i < 0 || j < 0) return null;
    return { hx, hy, v: z[j * x.length + i] };
  })();

  return (
    <div ref={box} className={className}>
      <ChartSvg ref={ref} id={id} ariaLabel={ariaLabel} width={w} height={height} pal={pal} data={{ 'data-cells': cells.length, 'data-series': series.length }}>
        <defs>
          <linearGradient id={gradient} x1="0" x2="1" y1="0" y2="0">
            {Array.from({ length: STOPS }, (_, k) => (
              <stop key={k} offset={k / (STOPS - 1)} stopColor={interpolateViridis(k / (STOPS - 1))} />
            ))}
          </linearGradient>
        </defs>
        {/* the colour key of the cells (not a legend of series: data-colour-key) */}
        <g data-colour-key transform={`translate(${M.left},${M.top})`} fontSize={11} fill={pal.text}>
          <text x={0} y={10}>
            <Rich text={zLabel} />
          </text>
          <text x={118} y={10} textAnchor="end" fill={pal.muted}>
            {fmt(zMin)}
          </text>
          <rect x={122} y={1} width={KEY_WIDTH} height={11} fill={`url(#${gradient})`} />
          <text x={126 + KEY_WIDTH} y={10} fill={pal.muted}>
            {fmt(zMax)}
          </text>
        </g>
        <PlotArea
          plot={plot}
          top={top}
          pal={pal}
          xLabel={xLabel}
          yLabel={yLabel}
          overlay={
            <rect
              width={iw}
              height={ih}
              fill="transparent"
              data-hover-area
              style={onPick ? { cursor: 'crosshair' } : undefined}
              onPointerMove={(e) => setHover(at(e))}
              onPointerLeave={() => setHover(null)}
              onClick={onPick ? (e) => onPick(plot.x.invert(at(e).px), plot.y.invert(at(e).py)) : undefined}
            />
          }
        >
          <g data-heat>{cells}</g>
          {lineMarks({ series, marker, xLabel, yLabel, xScale: 'log', yScale: 'log' }, plot, pal)}
        </PlotArea>
      </ChartSvg>
      {readout ? (
        <Tooltip left={Math.min(M.left + hover!.px + 12, w - 190)} top={top + 4}>
          α = {fmt(readout.hx)}, λ = {fmt(readout.hy)}: {zLabel} = {fmt(readout.v)}
        </Tooltip>
      ) : null}
    </div>
  );
});
