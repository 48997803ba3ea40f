import { forwardRef, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ChartExtrasContext } from './extras.ts';
import { MARGIN as M, ChartSvg, PlotArea } from './frame.tsx';
import { fmt } from './format.ts';
import { HoverArea, Tooltip, valueAt } from './hover.tsx';
import { Legend, LEGEND_ROW, useLegendLayout, type LegendEntry } from './legend.tsx';
import { Band } from './marks/Band.tsx';
import { Dots } from './marks/Dots.tsx';
import { Line } from './marks/Line.tsx';
import { Marker } from './marks/Marker.tsx';
import { PolygonMark } from './marks/PolygonMark.tsx';
import { Region } from './marks/Region.tsx';
import { Rule } from './marks/Rule.tsx';
import { makePlot, type Plot } from './plot.ts';
import { domains } from './scales.ts';
import { seriesColor, usePalette, type Palette } from './theme.ts';
import type { LineFigureData } from './types.ts';
import { useChartBox, type ChartHeight } from './useChartBox.ts';

// figures import the number format from here, next to the chart they label
export { fmt };

/**
 * Multi-series line chart in SVG: a legend over the shared frame, and the figure's data as a list of marks
 * (see lineMarks). React owns the DOM; d3 supplies scales and path strings only.
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
  const { id, ariaLabel, height: heightProp = 340, xLabel, yLabel, onPick } = props;
  const extras = useContext(ChartExtrasContext);
  // a pinned state computed off-screen: hand the data over, draw nothing (see extras.ts)
  useEffect(() => extras.capture?.(id, props));
  const extra = extras.extra?.(id, props);
  const shared = extras.share?.(id);
  const data = useMemo(() => (extra?.length ? { ...props, series: [...props.series, ...extra] } : props), [props, extra]);
  const series = data.series;
  const pal = usePalette();
  const { ref: box, className: boxClass, width, height } = useChartBox(heightProp);
  const [hoverX, setHoverX] = useState<number | null>(null);
  const w = Math.max(280, width);
  const iw = w - M.left - M.right;
  const entries: LegendEntry[] = series.flatMap((s, k) =>
    s.legend === false ? [] : [{ id: s.id, label: s.label, color: s.stroke ?? seriesColor(pal, s.color ?? k), points: s.kind === 'points', dash: !!s.dash }],
  );
  const legend = useLegendLayout(entries.map((e) => e.label), iw);
  // the legend's rows come out of the plot's height, never out of the box (embed mode fills a fixed height)
  const top = M.top + legend.rows * LEGEND_ROW;
  const ih = height - top - M.bottom;
  const plot = useMemo(() => {
    const d = domains(shared ? { ...data, series: [...data.series, ...shared.series] } : data);
    return makePlot(data.xScale, d.x, data.yScale, d.y, iw, ih);
  }, [data, shared, iw, ih]);
  if (extras.capture) return null;
  const readout = hoverX === null ? [] : series.map((s, k) => ({ s, k, v: valueAt(s.x, s.y, hoverX) })).filter((r) => r.v !== null);

  return (
    <div ref={box} className={boxClass}>
      <ChartSvg ref={ref} id={id} ariaLabel={ariaLabel} width={w} height={height} pal={pal} data={{ 'data-series': series.length }}>
        <Legend ref={legend.ref} entries={entries} places={legend.places} left={M.left} top={M.top} pal={pal} />
        <PlotArea
          plot={plot}
          top={top}
          pal={pal}
          xLabel={xLabel}
          yLabel={yLabel}
          xGrid
          overlay={
            <>
              {hoverX !== null && plot.xOk(hoverX) ? <line x1={plot.x(hoverX)} x2={plot.x(hoverX)} y1={0} y2={ih} stroke={pal.text} strokeOpacity={0.3} /> : null}
              <HoverArea
                iw={iw}
                ih={ih}
                onHover={(px) => setHoverX(px === null ? null : plot.x.invert(px))}
                onPick={onPick ? (px, py) => onPick(plot.x.invert(px), plot.y.invert(py)) : undefined}
              />
            </>
          }
        >
          {lineMarks(data, plot, pal)}
        </PlotArea>
      </ChartSvg>
      {readout.length && hoverX !== null ? (
        <Tooltip left={Math.min(M.left + plot.x(hoverX) + 12, w - 190)} top={top + 4}>
          <div className="font-semibold">
            {xLabel.split(' ')[0]} = {fmt(hoverX)}
          </div>
          {readout.map(({ s, k, v }) => (
            <div key={s.id} style={{ color: s.stroke ?? seriesColor(pal, s.color ?? k) }}>
              {s.label}: {fmt(v!)}
            </div>
          ))}
        </Tooltip>
      ) : null}
    </div>
  );
});

/**
 * A line figure as marks, bottom to top: shaded regions, filled phases, bands, lines and points,
 * thresholds, the current-value marker.
 */
export function lineMarks(d: LineFigureData, plot: Plot, pal: Palette): ReactNode[] {
  const color = (i: number | undefined, k: number, stroke?: string) => stroke ?? seriesColor(pal, i ?? k);
  return [
    ...(d.regions ?? []).map((r) => <Region key={`r${r.label}`} region={r} fill={pal.hard} labelColor={pal.muted} plot={plot} />),
    ...(d.polygons ?? []).map((pg, k) => <PolygonMark key={`p${pg.id}`} polygon={pg} color={color(pg.color, k)} text={pal.text} background={pal.background} plot={plot} />),
    ...d.series.map((s, k) =>
      s.lo && s.hi && s.kind !== 'points' ? <Band key={`b${s.id}`} x={s.x} lo={s.lo} hi={s.hi} color={color(s.color, k, s.stroke)} plot={plot} /> : null,
    ),
    ...d.series.map((s, k) =>
      s.kind === 'points' ? (
        <Dots key={`s${s.id}`} id={s.id} x={s.x} y={s.y} lo={s.lo} hi={s.hi} color={color(s.color, k, s.stroke)} background={pal.background} plot={plot} />
      ) : (
        <Line key={`s${s.id}`} id={s.id} x={s.x} y={s.y} color={color(s.color, k, s.stroke)} dash={s.dash} plot={plot} />
      ),
    ),
    <Rule
      key="thresholds"
      rules={(d.thresholds ?? []).map((t) => ({ x: t.x, label: t.label, color: t.color === undefined ? pal.muted : color(t.color, 0) }))}
      labels="inside"
      pal={pal}
      plot={plot}
    />,
    d.marker ? <Marker key="marker" marker={d.marker} pal={pal} plot={plot} /> : null,
  ];
}
