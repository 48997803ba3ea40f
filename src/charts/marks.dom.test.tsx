/** @vitest-environment jsdom */
import { bin } from 'd3';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, it } from 'vitest';
import { ChartSvg, MARGIN, PlotArea } from './frame.tsx';
import { Legend, estimateTextWidth, legendLayout, type LegendEntry } from './legend.tsx';
import { Band } from './marks/Band.tsx';
import { Bars } from './marks/Bars.tsx';
import { Dots } from './marks/Dots.tsx';
import { Line } from './marks/Line.tsx';
import { Marker } from './marks/Marker.tsx';
import { PolygonMark } from './marks/PolygonMark.tsx';
import { Region } from './marks/Region.tsx';
import { Rug } from './marks/Rug.tsx';
import { Rule } from './marks/Rule.tsx';
import { TextLabel } from './marks/TextLabel.tsx';
import { makePlot } from './plot.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';
import { LIGHT as pal, seriesColor } from './theme.ts';

// Each mark alone on a fixed 360×240 canvas (plot area 286×182 at the usual margins), from fixed data,
// compared with __snapshots__/mark-<name>.svg; the frame (grid and axes) has snapshots of its own.
const W = 360;
const H = 240;
const plot = makePlot('lin', [0, 4], 'lin', [0, 1], W - MARGIN.left - MARGIN.right, H - MARGIN.top - MARGIN.bottom);
const c = (i: number) => seriesColor(pal, i);
const x = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4];

/** `top`: where the plot area starts (lower for marks that draw above it) */
function snap(name: string, mark: ReactNode, top: number = MARGIN.top) {
  const { container } = render(
    <ChartSvg id={name} ariaLabel={`${name} mark`} width={W} height={H} pal={pal}>
      <g transform={`translate(${MARGIN.left},${top})`}>{mark}</g>
    </ChartSvg>,
  );
  expectSvgSnapshot(`mark-${name}`, container.querySelector('svg')!);
}

describe('marks render their stored SVG (__snapshots__/mark-*.svg)', () => {
  it('line: solid, broken at NaN and ∞; dashed', () =>
    snap(
      'line',
      <>
        <Line id="a" x={x} y={[0.9, 0.8, NaN, 0.6, 0.5, Infinity, 0.3, 0.2, 0.1]} color={c(0)} plot={plot} />
        <Line id="b" x={x} y={x.map((v) => 0.1 + v / 5)} color={c(1)} dash plot={plot} />
      </>,
    ));
  it('band', () => snap('band', <Band x={x} lo={x.map((v) => 0.3 + v / 10)} hi={x.map((v) => 0.5 + v / 8)} color={c(0)} plot={plot} />));
  it('dots with error bars, one without, one not drawable', () =>
    snap('dots', <Dots id="d" x={[1, 2, 3, NaN]} y={[0.3, 0.5, 0.7, 0.5]} lo={[0.2, 0.45, NaN, 0]} hi={[0.4, 0.55, NaN, 1]} color={c(2)} background={pal.background} plot={plot} />));
  it('rule, labels inside: close thresholds staggered, the last one flipped left', () =>
    snap(
      'rule-inside',
      <Rule
        labels="inside"
        rules={[
          { x: 1, label: 'α_IT', color: c(3) },
          { x: 1.2, label: 'α_alg', color: pal.muted },
          { x: 1.4, label: 'α_WR', color: c(1) },
          { x: 3.9, label: 'edge', color: pal.muted },
        ]}
        pal={pal}
        plot={plot}
      />,
    ));
  it('rule, labels above in two rows: thresholds and marked values', () =>
    snap(
      'rule-above',
      <Rule
        labels="above"
        rows={2}
        rules={[
          { x: 2, label: 'edge 2√α', color: pal.muted },
          { x: 2.3, label: 'λ_min', color: c(5), value: true },
          { x: 2.6, label: 'third, shares row 2', color: c(1), value: true },
        ]}
        pal={pal}
        plot={plot}
      />,
      MARGIN.top + 2 * 14,
    ));
  it('region: labelled when wider than 50 px, else bare', () =>
    snap(
      'region',
      <>
        <Region region={{ x0: 1, x1: 2.5, label: 'hard phase (α_AMP ∝ K²)' }} fill={pal.hard} labelColor={pal.muted} plot={plot} />
        <Region region={{ x0: 3, x1: 3.4, label: 'narrow' }} fill={pal.hard} labelColor={pal.muted} plot={plot} />
      </>,
    ));
  it('polygon labelled at its centre', () =>
    snap('polygon', <PolygonMark polygon={{ id: 'p', label: 'perfect_{learning}', x: [0.5, 3, 3, 0.5], y: [0.2, 0.2, 0.8, NaN] }} color={c(2)} text={pal.text} background={pal.background} plot={plot} />));
  it('text label with subscript and halo', () =>
    snap('text-label', <TextLabel x={100} y={80} text="ε_g = 0.1745" fill={pal.text} halo={pal.background} anchor="middle" fontSize={13} />));
  it('marker, and one flipped left near the right edge', () =>
    snap(
      'marker',
      <>
        <Marker marker={{ x: 1, y: 0.4, label: 'ε_g = 0.4 at α = 1' }} pal={pal} plot={plot} />
        <Marker marker={{ x: 3.8, y: 0.7, label: 'you: α = 3.8', id: 'reader' }} pal={pal} plot={plot} />
      </>,
    ));
  it('bars and rug', () => {
    const values = [0.1, 0.6, 0.7, 1.2, 1.3, 1.35, 2.1, 2.2, 3.9];
    const bins = bin().domain([0, 4]).thresholds([0.5, 1, 1.5, 2, 2.5, 3, 3.5])(values);
    const counts = makePlot('lin', [0, 4], 'lin', [0, 3.3], plot.iw, plot.ih);
    snap(
      'bars',
      <>
        <Bars bins={bins} color={c(0)} plot={counts} />
        <Rug values={values} color={c(0)} plot={counts} />
      </>,
    );
  });
});

describe('frame and legend render their stored SVG', () => {
  it('frame: grid and axes, linear and log', () => {
    for (const [name, p] of [
      ['frame', plot],
      ['frame-log', makePlot('log', [0.01, 1000], 'log', [1e-7, 0.5], plot.iw, plot.ih)],
    ] as const) {
      const { container } = render(
        <ChartSvg id={name} ariaLabel={name} width={W} height={H} pal={pal}>
          <PlotArea plot={p} top={MARGIN.top} pal={pal} xLabel="α = n/d" yLabel="error ε_g" xGrid>
            {null}
          </PlotArea>
        </ChartSvg>,
      );
      expectSvgSnapshot(name, container.querySelector('svg')!);
    }
  });
  it('legend: lines, dashed, points; wraps to a second row', () => {
    const entries: LegendEntry[] = [
      { id: 'ode', label: 'ODE (N → ∞)', color: c(0), points: false, dash: false },
      { id: 'sgd', label: 'SGD, N = 300 (3/3 runs)', color: c(1), points: false, dash: false },
      { id: 'plateau', label: 'plateau ε*', color: c(2), points: false, dash: true },
      { id: 'gamp', label: 'GAMP d = 1000', color: c(3), points: true, dash: false },
    ];
    const places = legendLayout(entries.map((e) => estimateTextWidth(e.label)), W - MARGIN.left - MARGIN.right);
    const { container } = render(
      <ChartSvg id="legend" ariaLabel="legend" width={W} height={60} pal={pal}>
        <Legend entries={entries} places={places} left={MARGIN.left} top={MARGIN.top} pal={pal} />
      </ChartSvg>,
    );
    expectSvgSnapshot('legend', container.querySelector('svg')!);
  });
});
