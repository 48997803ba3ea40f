/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Histogram } from './Histogram.tsx';
import { LineChart } from './LineChart.tsx';
import { expectSvgSnapshot } from './svgSnapshot.ts';

// A bulk of 9 values on [0, 1] and one outlier at −1, with a reference line at 0 and the outlier marked.
const values = Float64Array.of(0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.95, -1, NaN);

describe('Histogram (SVG under jsdom)', () => {
  it('bins every finite value once, rugs each, and never writes NaN', () => {
    const { container } = render(
      <Histogram id="h" ariaLabel="test histogram" values={values} bins={20} xDomain={[-1.05, 1.05]} thresholds={[{ x: 0, label: 'edge' }]} marks={[{ x: -1, label: 'outlier' }]} xLabel="λ" yLabel="count" />,
    );
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('data-count')).toBe('10');
    expect(svg.getAttribute('data-bins')).toBe('20');
    // bar heights are counts: they add up to the number of finite values
    const bars = [...svg.querySelectorAll('[data-bars] rect')];
    const total = bars.reduce((s, r) => s + Number(r.getAttribute('height')), 0);
    const one = Math.min(...bars.map((r) => Number(r.getAttribute('height'))));
    expect(total / one).toBeCloseTo(10, 6);
    expect(svg.querySelectorAll('[data-rug] line')).toHaveLength(10);
    expect(svg.querySelector('[data-threshold="edge"]')!.getAttribute('data-x')).toBe('0');
    expect(svg.querySelector('[data-mark="outlier"] circle')).not.toBeNull();
    expect(svg.innerHTML).not.toMatch(/NaN|Infinity/);
    expectSvgSnapshot('histogram', svg);
  });
});

describe('LineChart legend: false', () => {
  it('draws the series but gives a family of runs one legend entry', () => {
    const x = [1, 2, 3];
    const runs = [0, 1, 2].map((s) => ({ id: `run${s}`, label: 'runs', x, y: x.map((v) => v * s), legend: s === 0 }));
    const { container } = render(<LineChart id="l" ariaLabel="runs" series={runs} xLabel="t" yLabel="m" xScale="lin" yScale="lin" />);
    expect(container.querySelectorAll('path[data-series-id^="run"]')).toHaveLength(3);
    expect(container.querySelectorAll('[data-legend]')).toHaveLength(1);
  });
});
