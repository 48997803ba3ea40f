/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { LineChart } from './LineChart.tsx';
import { legendLayout } from './legend.tsx';
import { textWidth } from './textWidth.ts';
import { valueAt } from './hover.tsx';
import { Rich } from './rich.tsx';
import { csvText } from './exportFile.ts';
import { seriesCsv } from './exportFigure.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';
import type { LineFigureData } from './types.ts';

// A fixed learning-curve-like figure: two series (one with a band), a threshold, a hard-phase region,
// finite-size points with error bars, a marker, and a NaN/∞ that must be skipped, never drawn.
const x = Float64Array.from({ length: 6 }, (_, i) => 0.5 + 0.5 * i);
const fig: LineFigureData = {
  series: [
    { id: 'bayes', label: 'Bayes', x, y: x.map((a) => 1 / (1 + a)), lo: x.map((a) => 0.9 / (1 + a)), hi: x.map((a) => 1.1 / (1 + a)) },
    { id: 'amp', label: 'AMP', x, y: Float64Array.of(0.7, 0.6, NaN, 0.4, Infinity, 0.2), dash: true },
    { id: 'gamp', label: 'GAMP d = 1000', x: Float64Array.of(1.5), y: Float64Array.of(0.41), lo: Float64Array.of(0.38), hi: Float64Array.of(0.44), kind: 'points' },
  ],
  thresholds: [{ x: 1.2, label: 'α_IT' }, { x: 1.5, label: 'α_alg' }],
  regions: [{ x0: 1.2, x1: 1.5, label: 'hard' }],
  marker: { x: 2, y: 1 / 3, label: 'ε_g = 0.333' },
  xLabel: 'α',
  yLabel: 'error',
  xScale: 'lin',
  yScale: 'lin',
};

describe('LineChart (SVG under jsdom)', () => {
  it('renders the stored SVG, on linear and on log axes (line-chart*.svg)', () => {
    expectSvgSnapshot('line-chart', render(<LineChart id="t" ariaLabel="test figure" {...fig} />).container.querySelector('svg')!);
    // log axes: 1-2-5 tick labels, and every mark keeps to positive values
    const log = render(<LineChart id="t-log" ariaLabel="test figure, log axes" {...fig} xScale="log" yScale="log" />);
    expectSvgSnapshot('line-chart-log', log.container.querySelector('svg')!);
  });
  it('is an accessible image with data attributes for tests, and never writes NaN', () => {
    const { container } = render(<LineChart id="t" ariaLabel="test figure" {...fig} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('test figure');
    expect(svg.querySelectorAll('[data-threshold]')).toHaveLength(2);
    expect(svg.querySelector('[data-marker="current"]')!.getAttribute('data-y')).toBe(String(1 / 3));
    expect(svg.querySelector('[data-region="hard"]')).not.toBeNull();
    expect(svg.innerHTML).not.toMatch(/NaN|Infinity/);
    // the AMP line is broken at the non-finite points: three separate runs ("M" commands)
    expect(svg.querySelector('path[data-series-id="amp"]')!.getAttribute('d')!.match(/M/g)).toHaveLength(3);
    // …of which the last two are lone points (no segment to show them): each is a dot on the line's colour
    const dots = Array.from(svg.querySelectorAll('g[data-series-dots="amp"] circle'));
    expect(dots.map((c) => c.getAttribute('cx'))).toHaveLength(2);
  });
  it('draws a one-point line (the first iterate of a streaming run) as a dot, and names it in the legend', () => {
    const one: LineFigureData = { ...fig, series: [{ id: 'run', label: 'GAMP', x: Float64Array.of(1), y: Float64Array.of(0.5) }], thresholds: [], regions: [], marker: undefined };
    const svg = render(<LineChart id="t1" ariaLabel="one point" {...one} />).container.querySelector('svg')!;
    expect(svg.querySelectorAll('g[data-series-dots="run"] circle')).toHaveLength(1);
    expect(svg.querySelector('[data-legend="run"]')).not.toBeNull();
  });
  it('draws subscripts as tspans', () => {
    const { container } = render(
      <svg>
        <text>
          <Rich text="α_IT and ε_g" />
        </text>
      </svg>,
    );
    const subs = container.querySelectorAll('tspan');
    expect(Array.from(subs, (t) => t.textContent)).toEqual(['IT', 'g']);
  });
  it('interpolates the hover read-out and exports the plotted points as CSV', () => {
    expect(valueAt(x, x.map((a) => 2 * a), 0.75)).toBeCloseTo(1.5, 12);
    expect(valueAt(x, x, 10)).toBeNull();
    const csv = csvText(seriesCsv(fig.series, 'alpha', 'error')).trim().split('\n');
    expect(csv[0]).toBe('series,alpha,error,lo,hi');
    expect(csv).toHaveLength(1 + 6 + 6 + 1);
    expect(csv[9]).toBe('amp,1.5,,,'); // NaN exported as an empty cell
  });
  it('lays the legend out by label width, wrapping instead of overprinting', () => {
    const labels = ['ODE (N → ∞)', 'SGD, N = 300 (3/3 runs)', 'plateau ε*', 'predicted exit ln(1/a_0)/λ'];
    const places = legendLayout(labels.map((l) => textWidth(l)), 600);
    for (let i = 1; i < places.length; i++) {
      if (places[i].row !== places[i - 1].row) continue;
      // the next entry starts after the previous label and its swatch
      expect(places[i].x).toBeGreaterThanOrEqual(places[i - 1].x + 24 + textWidth(labels[i - 1]));
    }
    expect(places.at(-1)!.row).toBe(1); // four labels of this length need two rows in 600 px
    expect(legendLayout([6.6, 6.6], 600).map((p) => p.row)).toEqual([0, 0]);
  });
  it('names in the legend only the series it draws (issue #12: an entry for a mark that is not there)', () => {
    const off = { id: 'off', label: 'outside the axes', x: [50, 60], y: [0.5, 0.5], kind: 'points' as const };
    const nan = { id: 'nan', label: 'not computed', x: [1, 2], y: [NaN, NaN] };
    const { container } = render(<LineChart id="m" ariaLabel="drawn" {...fig} series={[...fig.series, off, nan]} xDomain={[0, 3]} />);
    const legend = Array.from(container.querySelectorAll('[data-legend]'), (g) => g.getAttribute('data-legend'));
    expect(legend).toEqual(fig.series.filter((s) => s.legend !== false).map((s) => s.id));
  });
  it('moves a label the plot has no room for into the legend, with its mark still drawn', () => {
    // five thresholds within 2 px of each other in a plot 40 px high: one row of labels, room for one
    const thresholds = [1, 1.001, 1.002, 1.003, 1.004].map((x, k) => ({ x, label: `t_${k}` }));
    const { container } = render(<LineChart id="m" ariaLabel="crowded" {...fig} thresholds={thresholds} height={120} />);
    const inPlot = Array.from(container.querySelectorAll('[data-threshold] text'), (t) => t.textContent);
    const moved = Array.from(container.querySelectorAll('[data-legend-for="threshold"]'), (g) => g.getAttribute('data-legend'));
    expect(container.querySelectorAll('[data-threshold] line')).toHaveLength(5);
    expect(inPlot.length).toBeGreaterThan(0);
    expect(moved.length).toBeGreaterThan(0);
    expect(inPlot.length + moved.length).toBe(5);
  });
});
