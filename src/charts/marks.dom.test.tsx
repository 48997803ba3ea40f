/** @vitest-environment jsdom */
import { bin } from 'd3';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, it } from 'vitest';
import { ChartSvg, MARGIN, PlotArea } from './frame.tsx';
import { Legend, legendPlaces, type LegendEntry } from './legend.tsx';
import { layoutLineLabels } from './lineLabels.ts';
import { Band } from './marks/Band.tsx';
import { Bars } from './marks/Bars.tsx';
import { Dots } from './marks/Dots.tsx';
import { Line } from './marks/Line.tsx';
import { Marker } from './marks/Marker.tsx';
import { PolygonMark } from './marks/PolygonMark.tsx';
import { Region } from './marks/Region.tsx';
import { Rug } from './marks/Rug.tsx';
import { Rule, labelsAbove } from './marks/Rule.tsx';
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
  it('rule, labels inside: close thresholds placed apart by the label layout, the last one left of its line', () => {
    const thresholds = [
      { x: 1, label: 'α_IT' },
      { x: 1.2, label: 'α_alg' },
      { x: 1.4, label: 'α_WR' },
      { x: 3.9, label: 'edge' },
    ];
    const at = layoutLineLabels({ series: [], thresholds, xLabel: '', yLabel: '', xScale: 'lin', yScale: 'lin' }, plot).thresholds;
    const colors = [c(3), pal.muted, c(1), pal.muted];
    snap('rule-inside', <Rule labels="inside" rules={thresholds.map((t, k) => ({ ...t, color: colors[k], labelAt: at[k] }))} pal={pal} plot={plot} />);
  });
  it('rule, labels above in as few rows as keep them apart: thresholds and marked values', () => {
    const rules = [
      { x: 2, label: 'edge 2√α', color: pal.muted },
      { x: 2.3, label: 'λ_min', color: c(5), value: true },
      { x: 2.6, label: 'third, in a row of its own', color: c(1), value: true },
    ];
    const above = labelsAbove(
      rules.map((r) => plot.x(r.x)),
      rules.map((r) => r.label),
      plot.iw,
      3,
    );
    snap('rule-above', <Rule labels="above" rows={above.rows} rules={rules.map((r, k) => ({ ...r, labelAt: above.at[k] }))} pal={pal} plot={plot} />, MARGIN.top + above.rows * 14);
  });
  it('region: labelled at its foot, or bare where the layout moved its label into the legend', () =>
    snap(
      'region',
      <>
        <Region region={{ x0: 1, x1: 2.5, label: 'hard phase (α_AMP ∝ K²)' }} fill={pal.hard} labelColor={pal.muted} halo={pal.background} plot={plot} labelAt={{ x: plot.x(1.75), y: plot.ih - 6, anchor: 'middle' }} />
        <Region region={{ x0: 3, x1: 3.4, label: 'narrow' }} fill={pal.hard} labelColor={pal.muted} halo={pal.background} plot={plot} labelAt={null} />
      </>,
    ));
  it('polygon labelled at its centre', () => {
    const polygon = { id: 'p', label: 'perfect_{learning}', x: [0.5, 3, 3, 0.5], y: [0.2, 0.2, 0.8, NaN] };
    const at = layoutLineLabels({ series: [], polygons: [polygon], xLabel: '', yLabel: '', xScale: 'lin', yScale: 'lin' }, plot).polygons[0];
    snap('polygon', <PolygonMark polygon={polygon} color={c(2)} text={pal.text} background={pal.background} plot={plot} labelAt={at} />);
  });
  it('text label with subscript and halo', () =>
    snap('text-label', <TextLabel x={100} y={80} text="ε_g = 0.1745" fill={pal.text} halo={pal.background} anchor="middle" fontSize={13} />));
  it('marker, and one whose read-out goes left of the ring near the right edge', () => {
    const lay = (marker: { x: number; y: number; label: string }) => layoutLineLabels({ series: [], marker, xLabel: '', yLabel: '', xScale: 'lin', yScale: 'lin' }, plot).marker;
    const a = { x: 1, y: 0.4, label: 'ε_g = 0.4 at α = 1' };
    const b = { x: 3.8, y: 0.7, label: 'you: α = 3.8', id: 'reader' };
    snap(
      'marker',
      <>
        <Marker marker={a} pal={pal} plot={plot} labelAt={lay(a)} />
        <Marker marker={b} pal={pal} plot={plot} labelAt={lay(b)} />
      </>,
    );
  });
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
  it('legend: lines, dashed, points, a threshold, a phase and the marker moved out of the plot; wraps', () => {
    const entries: LegendEntry[] = [
      { id: 'ode', label: 'ODE (N → ∞)', color: c(0), shape: 'line', dash: false, of: 'series' },
      { id: 'sgd', label: 'SGD, N = 300 (3/3 runs)', color: c(1), shape: 'line', dash: false, of: 'series' },
      { id: 'plateau', label: 'plateau ε*', color: c(2), shape: 'line', dash: true, of: 'series' },
      { id: 'gamp', label: 'GAMP d = 1000', color: c(3), shape: 'points', dash: false, of: 'series' },
      { id: 'α_IT', label: 'α_IT', color: c(3), shape: 'rule', dash: true, of: 'threshold' },
      { id: 'hard', label: 'hard', color: c(1), shape: 'fill', dash: false, fillOpacity: 0.3, of: 'polygon' },
      { id: 'current', label: 'ε_g = 0.1 at α = 2', color: pal.text, shape: 'ring', dash: false, of: 'marker' },
    ];
    const { places, rows } = legendPlaces(
      entries.map((e) => e.label),
      W - MARGIN.left - MARGIN.right,
    );
    const { container } = render(
      <ChartSvg id="legend" ariaLabel="legend" width={W} height={MARGIN.top + rows * 18 + 8} pal={pal}>
        <Legend entries={entries} places={places} left={MARGIN.left} top={MARGIN.top} pal={pal} />
      </ChartSvg>,
    );
    expectSvgSnapshot('legend', container.querySelector('svg')!);
  });
});
