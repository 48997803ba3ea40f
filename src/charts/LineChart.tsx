import { forwardRef, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ChartExtrasContext } from './extras.ts';
import { MARGIN as M, ChartSvg, PlotArea, leftMargin } from './frame.tsx';
import { isDrawn } from './drawn.ts';
import { fmt } from './format.ts';
import { HoverArea, Tooltip, valueAt } from './hover.tsx';
import { Legend, LEGEND_ROW, legendPlaces, type LegendEntry, type LegendPlace } from './legend.tsx';
import { layoutLineLabels, type LineLabels } from './lineLabels.ts';
import { Band } from './marks/Band.tsx';
import { Dots } from './marks/Dots.tsx';
import { dodgeOffsets } from './dodge.ts';
import { Line } from './marks/Line.tsx';
import { Marker } from './marks/Marker.tsx';
import { PolygonMark } from './marks/PolygonMark.tsx';
import { Region } from './marks/Region.tsx';
import { Rule } from './marks/Rule.tsx';
import { makePlot, type Plot } from './plot.ts';
import { sameLineData, useStable } from './sameData.ts';
import { Rich } from './rich.tsx';
import { domains, makeScale } from './scales.ts';
import { seriesColor, usePalette, type Palette } from './theme.ts';
import { axisTicks } from './ticks.ts';
import type { LineFigureData, Series } from './types.ts';
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
  /** the y quantity's short name for the hover read-out ("α_IT: ε = 0.23" where lines are traced as x(y)) */
  readoutY?: string;
}

export const LineChart = forwardRef<SVGSVGElement, LineChartProps>(function LineChart(props, ref) {
  const { id, ariaLabel, height: heightProp = 340, xLabel, yLabel, onPick, readoutY } = props;
  const extras = useContext(ChartExtrasContext);
  // a pinned state computed off-screen: hand the data over, draw nothing (see extras.ts)
  useEffect(() => extras.capture?.(id, props));
  const extra = extras.extra?.(id, props);
  const shared = extras.share?.(id);
  // the same drawing as the last render (a slider step that left this chart's data alone): layout and marks are kept
  const data = useStable<LineChartProps>(extra?.length ? { ...props, series: [...props.series, ...extra] } : props, sameLineData);
  const series = data.series;
  const pal = usePalette();
  const { ref: box, className: boxClass, width, height } = useChartBox(heightProp);
  const [hoverX, setHoverX] = useState<number | null>(null);
  const w = Math.max(280, width);
  const { plot, left, top, labels, entries, places } = useMemo(() => lineLayout(data, pal, w, height, shared?.series), [data, pal, w, height, shared]);
  const marks = useMemo(() => lineMarks(data, plot, pal, labels), [data, plot, pal, labels]);
  if (extras.capture) return null;
  const { iw, ih } = plot;
  const readout = hoverX === null ? [] : series.map((s, k) => ({ s, k, v: valueAt(s.x, s.y, hoverX) })).filter((r) => r.v !== null);

  return (
    <div ref={box} className={boxClass}>
      <ChartSvg ref={ref} id={id} ariaLabel={ariaLabel} width={w} height={height} pal={pal} data={{ 'data-series': series.length }}>
        <Legend entries={entries} places={places} left={M.left} top={M.top} pal={pal} />
        <PlotArea
          plot={plot}
          top={top}
          left={left}
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
          {marks}
        </PlotArea>
      </ChartSvg>
      {readout.length && hoverX !== null ? (
        <Tooltip left={Math.min(left + plot.x(hoverX) + 12, w - 190)} top={top + 4}>
          <div className="font-semibold">
            {xLabel.split(' ')[0]} = {fmt(hoverX)}
          </div>
          {readout.map(({ s, k, v }) => (
            <div key={s.id} style={{ color: s.stroke ?? seriesColor(pal, s.color ?? k) }}>
              <Rich text={s.label} />: {readoutY ? <Rich text={`${readoutY} = `} /> : null}
              {fmt(v!)}
            </div>
          ))}
        </Tooltip>
      ) : null}
    </div>
  );
});

export interface LineLayout {
  plot: Plot;
  /** left and top edges of the plot area in the SVG */
  left: number;
  top: number;
  labels: LineLabels;
  /** the legend: the drawn series, then the labels the plot had no room for */
  entries: LegendEntry[];
  places: LegendPlace[];
}

/**
 * Geometry of a line chart `w` × `height` px: the legend's rows come out of the plot's height (embed mode
 * fills a fixed height), the y tick labels set the left margin, and the labels (lineLabels.ts) that find no
 * room in the plot join the legend — which may take another row, so the layout is redone with them there
 * until nothing more moves (at most once per label kind).
 */
export function lineLayout(d: LineFigureData, pal: Palette, w: number, height: number, shared?: readonly Series[]): LineLayout {
  // a two-up view shares its axes: the domains cover the other chart's series too (compare, extras.ts)
  const dom = domains(shared ? { ...d, series: [...d.series, ...shared] } : d);
  const legendWidth = w - M.left - M.right;
  const color = (i: number | undefined, k: number, stroke?: string) => stroke ?? seriesColor(pal, i ?? k);
  const series: LegendEntry[] = [];
  d.series.forEach((s, k) => {
    if (s.legend === false) return;
    // the legend names only what the axes show (the domain as the scale rounds it: makeScale)
    const x = makeScale(d.xScale, dom.x, [0, 1]).domain() as [number, number];
    const y = makeScale(d.yScale, dom.y, [0, 1]).domain() as [number, number];
    if (!isDrawn(s, x, y, d.xScale, d.yScale)) return;
    series.push({ id: s.id, label: s.label, color: color(s.color, k, s.stroke), shape: s.kind === 'points' ? 'points' : 'line', dash: !!s.dash, hollow: s.hollow, of: 'series' });
  });
  const moved = new Set<string>();
  for (;;) {
    const extra = [...moved].map((key) => movedEntry(d, key, pal));
    const entries = [...series, ...extra];
    const { places, rows } = legendPlaces(
      entries.map((e) => e.label),
      legendWidth,
    );
    const top = M.top + rows * LEGEND_ROW;
    const ih = Math.max(40, height - top - M.bottom);
    const left = leftMargin(axisTicks(makeScale(d.yScale, dom.y, [ih, 0]), d.yScale, 'y').labels);
    const plot = makePlot(d.xScale, dom.x, d.yScale, dom.y, Math.max(40, w - left - M.right), ih);
    const labels = layoutLineLabels(d, plot, moved);
    const more = labels.unplaced.map((u) => `${u.kind}:${u.index}`).filter((key) => !moved.has(key));
    if (!more.length || moved.size > 64) return { plot, left, top, labels, entries, places };
    for (const key of more) moved.add(key);
  }
}

/** The legend entry of a label moved out of the plot (`${kind}:${index}`), with its mark's swatch. */
function movedEntry(d: LineFigureData, key: string, pal: Palette): LegendEntry {
  const [kind, i] = key.split(':');
  const k = Number(i);
  if (kind === 'threshold') {
    const t = d.thresholds![k];
    return { id: t.label, label: t.label, color: t.color === undefined ? pal.muted : seriesColor(pal, t.color), shape: 'rule', dash: true, of: 'threshold' };
  }
  if (kind === 'region') return { id: d.regions![k].label, label: d.regions![k].label, color: pal.hard, shape: 'fill', dash: false, of: 'region' };
  if (kind === 'polygon') {
    const pg = d.polygons![k];
    return { id: pg.id, label: pg.label, color: seriesColor(pal, pg.color ?? k), shape: 'fill', dash: false, fillOpacity: 0.3, of: 'polygon' };
  }
  return { id: d.marker?.id ?? 'current', label: d.marker?.label ?? '', color: pal.text, shape: 'ring', dash: false, of: 'marker' };
}

/**
 * A line figure as marks, bottom to top: shaded regions, filled phases, bands, lines, the reader's marker
 * (an open ring, under the points so that a point at the reader's value shows in it), points, thresholds.
 * Labels go where `labels` (lineLabels.ts) put them.
 */
export function lineMarks(d: LineFigureData, plot: Plot, pal: Palette, labels: LineLabels = layoutLineLabels(d, plot)): ReactNode[] {
  const color = (i: number | undefined, k: number, stroke?: string) => stroke ?? seriesColor(pal, i ?? k);
  const dx = dodgeOffsets(d.series);
  return [
    ...(d.regions ?? []).map((r, k) => <Region key={`r${r.label}`} region={r} fill={pal.hard} labelColor={pal.muted} halo={pal.background} plot={plot} labelAt={labels.regions[k]} />),
    ...(d.polygons ?? []).map((pg, k) => (
      <PolygonMark key={`p${pg.id}`} polygon={pg} color={color(pg.color, k)} text={pal.text} background={pal.background} plot={plot} labelAt={labels.polygons[k]} />
    )),
    ...d.series.map((s, k) =>
      s.lo && s.hi && s.kind !== 'points' ? <Band key={`b${s.id}`} x={s.x} lo={s.lo} hi={s.hi} color={color(s.color, k, s.stroke)} plot={plot} /> : null,
    ),
    ...d.series.map((s, k) => (s.kind === 'points' ? null : <Line key={`s${s.id}`} id={s.id} x={s.x} y={s.y} color={color(s.color, k, s.stroke)} dash={s.dash} plot={plot} />)),
    d.marker ? <Marker key="marker" marker={d.marker} pal={pal} plot={plot} labelAt={labels.marker} /> : null,
    ...d.series.map((s, k) =>
      s.kind === 'points' ? <Dots key={`s${s.id}`} id={s.id} x={s.x} y={s.y} lo={s.lo} hi={s.hi} color={color(s.color, k, s.stroke)} background={pal.background} plot={plot} dx={dx[k]} hollow={s.hollow} /> : null,
    ),
    <Rule
      key="thresholds"
      rules={(d.thresholds ?? []).map((t, k) => ({ x: t.x, label: t.label, color: t.color === undefined ? pal.muted : color(t.color, 0), labelAt: labels.thresholds[k] }))}
      labels="inside"
      pal={pal}
      plot={plot}
    />,
  ];
}
