import { describe, expect, it } from 'vitest';
import { sameLineData } from './sameData.ts';
import type { LineFigureData } from './types.ts';

/** The chart keeps its layout and marks only for a figure that draws the same; any drawn change is a difference. */
describe('sameLineData', () => {
  const x = Float64Array.of(1, 2, 3);
  const y = Float64Array.of(0.1, 0.5, 0.2);
  // a figure's render builds these objects anew each time, around the same result arrays
  const figure = (): LineFigureData => ({
    series: [{ id: 'se', label: 'SE', x, y, color: 0 }],
    thresholds: [{ x: 1.5, label: 'α_c' }],
    marker: { x: 2, y: 0.5, label: 'α = 2' },
    xLabel: 'α',
    yLabel: 'ε',
    xScale: 'lin',
    yScale: 'log',
    yDomain: [0.01, 1],
  });

  it('is true for a rebuilt figure over the same arrays', () => {
    expect(sameLineData(figure(), figure())).toBe(true);
  });

  it('is false when anything drawn differs', () => {
    const changes: ((d: LineFigureData) => LineFigureData)[] = [
      (d) => ({ ...d, marker: { ...d.marker!, x: 2.1 } }),
      (d) => ({ ...d, marker: null }),
      (d) => ({ ...d, series: [{ ...d.series[0], y: Float64Array.of(0.1, 0.5, 0.2) }] }),
      (d) => ({ ...d, series: [{ ...d.series[0], label: 'SE ' }] }),
      (d) => ({ ...d, series: [{ ...d.series[0], dash: true }] }),
      (d) => ({ ...d, series: [...d.series, d.series[0]] }),
      (d) => ({ ...d, thresholds: [{ x: 1.6, label: 'α_c' }] }),
      (d) => ({ ...d, regions: [{ x0: 1, x1: 2, label: 'hard' }] }),
      (d) => ({ ...d, yDomain: [0.01, 2] }),
      (d) => ({ ...d, yScale: 'lin' }),
      (d) => ({ ...d, xLabel: 'n/d' }),
    ];
    for (const change of changes) expect(sameLineData(figure(), change(figure()))).toBe(false);
  });
});
