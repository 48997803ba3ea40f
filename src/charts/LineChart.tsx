import { area, bisector, line } from 'd3';
import { forwardRef, useMemo, useState, type PointerEvent } from 'react';
import { domains, makeScale, tickFormat } from './scales.ts';
import { usePalette } from './theme.ts';
import type { LineFigureData, Num } from './types.ts';
import { useChartBox, type ChartHeight } from './useChartBox.ts';
import { Axes, ChartSvg, MARGIN as M } from './frame.tsx';
import { Rich } from './rich.tsx';

/**
 * Multi-series line chart in SVG: confidence bands, finite-size points with error bars, labelled
 * vertical thresholds, shaded regions (the hard phase), a current-value marker, log/lin axes, a
 * legend and a hover read-out. React owns the DOM; d3 supplies scales and path strings only.
 */
export interface LineChartProps extends LineFigureData {
  id: string;
  ariaLabel: string;
  /** pixels, or 'fill' to take the container's height (embed mode) */
  height?: ChartHeight;
  /** click on the plot area → data coordinates (e.g. set the reader's point on a phase diagram) */
  onPick?: (x: number, y: number) => void;
}

export const LineChart = forwardRef<SVGSVGElement, LineChartProps>(function LineChart(props, ref) {
  const { id, ariaLabel, height: heightProp = 340, series, thresholds = [], regions = [], polygons = [], marker, xLabel, yLabel, onPick } = props;
  const pal = usePalette();
  const { ref: box, className: boxClass, width, height } = useChartBox(heightProp);
  const [hoverX, setHoverX] = useState<number | null>(null);
  const w = Math.max(280, width);
  const legend = series.map((s, k) => ({ s, k })).filter(({ s }) => s.legend !== false);
  const legendPlaces = legendLayout(legend.map(({ s }) => s.label), w - M.left - M.right);
  const legendRows = legendPlaces.length ? legendPlaces[legendPlaces.length - 1].row + 1 : 0;
  const top = M.top + legendRows * 18;
  const iw = w - M.left - M.right;
  const ih = height - top - M.bottom;

  const { x, y } = useMemo(() => {
    const d = domains(props);
    return { x: makeScale(props.xScale, d.x, [0, iw]), y: makeScale(props.yScale, d.y, [ih, 0]) };
  }, [props, iw, ih]);

  const xTicks = x.ticks(props.xScale === 'log' ? 6 : Math.max(3, Math.floor(iw / 90)));
  const yTicks = y.ticks(Math.max(3, Math.floor(ih / 50)));
  const fx = tickFormat(x, props.xScale, 6);
  const fy = tickFormat(y, props.yScale, Math.max(3, Math.floor(ih / 50)));
  const color = (i: number | undefined, k: number) => pal.series[(i ?? k) % pal.series.length];
  const finite = (v: number) => Number.isFinite(v) && (props.yScale === 'lin' || v > 0);
  const xOk = (v: number) => Number.isFinite(v) && (props.xScale === 'lin' || v > 0);

  const pathOf = (xs: Num, ys: Num) =>
    line<number>()
      .defined((i) => xOk(xs[i]) && finite(ys[i]))
      .x((i) => x(xs[i]))
      .y((i) => y(ys[i]))(Array.from({ length: xs.length }, (_, i) => i)) ?? '';
  const bandOf = (xs: Num, lo: Num, hi: Num) =>
    area<number>()
      .defined((i) => xOk(xs[i]) && finite(lo[i]) && finite(hi[i]))
      .x((i) => x(xs[i]))
      .y0((i) => y(lo[i]))
      .y1((i) => y(hi[i]))(Array.from({ length: xs.length }, (_, i) => i)) ?? '';

  // Threshold labels: staggered rows so close thresholds do not overprint.
  const thresholdRows = useMemo(() => {
    const sorted = [...thresholds].filter((t) => xOk(t.x)).sort((a, b) => a.x - b.x);
    const lastInRow: number[] = [];
    return sorted.map((t) => {
      const px = x(t.x);
      let row = 0;
      while (lastInRow[row] !== undefined && px - lastInRow[row] < 64) row++;
      lastInRow[row] = px;
      return { t, px, row };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [thresholds, x]);

  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const r = (e.currentTarget as SVGRectElement).getBoundingClientRect();
    setHoverX(x.invert(e.clientX - r.left));
  };
  const readout = hoverX === null ? [] : series.map((s, k) => ({ s, k, v: valueAt(s.x, s.y, hoverX) })).filter((r) => r.v !== null);

  return (
    <div ref={box} className={boxClass}>
      <ChartSvg ref={ref} id={id} ariaLabel={ariaLabel} width={w} height={height} pal={pal} data={{ 'data-series': series.length }}>
        {/* legend */}
        <g transform={`translate(${M.left},${M.top})`}>
          {legend.map(({ s, k }, slot) => {
            const cx = legendPlaces[slot].x;
            const cy = legendPlaces[slot].row * 18;
            return (
              <g key={s.id} transform={`translate(${cx},${cy})`} data-legend={s.id}>
                {s.kind === 'points' ? (
                  <circle cx={9} cy={5} r={3.5} fill={color(s.color, k)} />
                ) : (
                  <line x1={0} x2={18} y1={5} y2={5} stroke={color(s.color, k)} strokeWidth={2.5} strokeDasharray={s.dash ? '5 3' : undefined} />
                )}
                <text x={24} y={9} fill={pal.text}>
                  <Rich text={s.label} />
                </text>
              </g>
            );
          })}
        </g>
        <g transform={`translate(${M.left},${top})`}>
          {/* grid */}
          {yTicks.map((t) => (
            <line key={`gy${t}`} x1={0} x2={iw} y1={y(t)} y2={y(t)} stroke={pal.grid} />
          ))}
          {xTicks.map((t) => (
            <line key={`gx${t}`} x1={x(t)} x2={x(t)} y1={0} y2={ih} stroke={pal.grid} />
          ))}
          {/* shaded regions */}
          {regions.map((r) => {
            const x0 = x(r.x0);
            const x1 = x(r.x1);
            if (!(x1 > x0)) return null;
            return (
              <g key={r.label} data-region={r.label}>
                <rect x={x0} y={0} width={x1 - x0} height={ih} fill={pal.hard} />
                <text x={(x0 + x1) / 2} y={ih - 6} textAnchor="middle" fill={pal.muted} fontSize={11}>
                  {x1 - x0 > 50 ? r.label : ''}
                </text>
              </g>
            );
          })}
          {/* filled phases */}
          {polygons.map((pg, k) => {
            const pts = Array.from({ length: pg.x.length }, (_, i) => [pg.x[i], pg.y[i]] as const).filter(([a, b]) => xOk(a) && finite(b));
            if (pts.length < 3) return null;
            const cx = pts.reduce((s, p) => s + x(p[0]), 0) / pts.length;
            const cy = pts.reduce((s, p) => s + y(p[1]), 0) / pts.length;
            return (
              <g key={pg.id} data-polygon={pg.id}>
                <path d={'M' + pts.map(([a, b]) => `${x(a)},${y(b)}`).join('L') + 'Z'} fill={color(pg.color, k)} fillOpacity={0.16} stroke="none" />
                <text x={cx} y={cy} textAnchor="middle" fill={pal.text} fontSize={11} paintOrder="stroke" stroke={pal.background} strokeWidth={3}>
                  <Rich text={pg.label} />
                </text>
              </g>
            );
          })}
          {/* bands, then lines, then points */}
          {series.map((s, k) =>
            s.lo && s.hi && s.kind !== 'points' ? <path key={`b${s.id}`} d={bandOf(s.x, s.lo, s.hi)} fill={color(s.color, k)} opacity={0.18} /> : null,
          )}
          {series.map((s, k) =>
            s.kind === 'points' ? (
              <g key={s.id} data-series-id={s.id}>
                {Array.from({ length: s.x.length }, (_, i) =>
                  xOk(s.x[i]) && finite(s.y[i]) ? (
                    <g key={i}>
                      {s.lo && s.hi && finite(s.lo[i]) && finite(s.hi[i]) ? (
                        <line x1={x(s.x[i])} x2={x(s.x[i])} y1={y(s.lo[i])} y2={y(s.hi[i])} stroke={color(s.color, k)} strokeWidth={1.5} />
                      ) : null}
                      <circle cx={x(s.x[i])} cy={y(s.y[i])} r={3.5} fill={color(s.color, k)} stroke={pal.background} strokeWidth={1} />
                    </g>
                  ) : null,
                )}
              </g>
            ) : (
              <path
                key={s.id}
                data-series-id={s.id}
                d={pathOf(s.x, s.y)}
                fill="none"
                stroke={color(s.color, k)}
                strokeWidth={2.2}
                strokeDasharray={s.dash ? '6 4' : undefined}
                strokeLinejoin="round"
              />
            ),
          )}
          {/* thresholds */}
          {thresholdRows.map(({ t, px, row }) => (
            <g key={t.label} data-threshold={t.label} data-x={t.x}>
              <line x1={px} x2={px} y1={0} y2={ih} stroke={t.color === undefined ? pal.muted : color(t.color, 0)} strokeDasharray="3 3" strokeWidth={1.3} />
              {/* near the right edge the label goes to the left of its line, so it is not clipped */}
              <text x={px > iw - 56 ? px - 3 : px + 3} y={12 + row * 14} textAnchor={px > iw - 56 ? 'end' : undefined} fill={pal.text} fontSize={11}>
                <Rich text={t.label} />
              </text>
            </g>
          ))}
          {/* current-value marker */}
          {marker && xOk(marker.x) && finite(marker.y) ? (
            <g data-marker={marker.id ?? 'current'} data-x={marker.x} data-y={marker.y}>
              <line x1={x(marker.x)} x2={x(marker.x)} y1={ih} y2={y(marker.y)} stroke={pal.text} strokeOpacity={0.35} />
              <circle cx={x(marker.x)} cy={y(marker.y)} r={5.5} fill={pal.background} stroke={pal.text} strokeWidth={2} />
              <text
                x={x(marker.x) + (x(marker.x) > iw - 140 ? -9 : 9)}
                y={y(marker.y) - 9}
                textAnchor={x(marker.x) > iw - 140 ? 'end' : 'start'}
                fill={pal.text}
                fontWeight={600}
                paintOrder="stroke"
                stroke={pal.background}
                strokeWidth={4}
              >
                <Rich text={marker.label} />
              </text>
            </g>
          ) : null}
          <Axes x={x} y={y} xTicks={xTicks} yTicks={yTicks} fx={fx} fy={fy} iw={iw} ih={ih} xLabel={xLabel} yLabel={yLabel} pal={pal} />
          {hoverX !== null && xOk(hoverX) ? <line x1={x(hoverX)} x2={x(hoverX)} y1={0} y2={ih} stroke={pal.text} strokeOpacity={0.3} /> : null}
          <rect
            width={iw}
            height={ih}
            fill="transparent"
            onPointerMove={onMove}
            onPointerLeave={() => setHoverX(null)}
            onClick={
              onPick
                ? (e) => {
                    const r = e.currentTarget.getBoundingClientRect();
                    onPick(x.invert(e.clientX - r.left), y.invert(e.clientY - r.top));
                  }
                : undefined
            }
            style={onPick ? { cursor: 'crosshair' } : undefined}
            data-hover-area
          />
        </g>
      </ChartSvg>
      {readout.length && hoverX !== null ? (
        <div
          className="pointer-events-none absolute rounded border border-slate-300 bg-white/95 px-2 py-1 text-xs shadow dark:border-slate-600 dark:bg-slate-900/95"
          style={{ left: Math.min(M.left + x(hoverX) + 12, w - 190), top: top + 4 }}
          role="status"
        >
          <div className="font-semibold">
            {xLabel.split(' ')[0]} = {fmt(hoverX)}
          </div>
          {readout.map(({ s, k, v }) => (
            <div key={s.id} style={{ color: color(s.color, k) }}>
              {s.label}: {fmt(v!)}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
});

/**
 * Legend entries flow left to right and wrap, each as wide as its label (12 px sans-serif: ≈ 6.6 px per
 * character, subscripts narrower) plus the swatch and a gap; a fixed pitch let long labels run into the next.
 */
export function legendLayout(labels: readonly string[], width: number): { x: number; row: number }[] {
  const out: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const label of labels) {
    const w = 24 + 6.6 * label.replace(/_\{?/g, '').replace(/\}/g, '').length + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    out.push({ x, row });
    x += w;
  }
  return out;
}

/** Linear interpolation of (xs, ys) at x0 (xs ascending); null outside the data. */
export function valueAt(xs: Num, ys: Num, x0: number): number | null {
  const n = xs.length;
  if (n === 0 || x0 < xs[0] || x0 > xs[n - 1]) return null;
  const i = bisector((i: number) => xs[i]).left(Array.from({ length: n }, (_, k) => k), x0);
  if (i <= 0) return ys[0];
  const x1 = xs[i - 1];
  const x2 = xs[i];
  const t = x2 === x1 ? 0 : (x0 - x1) / (x2 - x1);
  const v = ys[i - 1] + t * (ys[i] - ys[i - 1]);
  return Number.isFinite(v) ? v : null;
}

export function fmt(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return v.toExponential(3);
  return String(Number(v.toPrecision(4)));
}
