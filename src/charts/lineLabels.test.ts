import { describe, expect, it } from 'vitest';
import { textBox } from './labelLayout.ts';
import { layoutLineLabels, MARKER_FONT } from './lineLabels.ts';
import { makePlot } from './plot.ts';

describe("the marker's read-out", () => {
  // a 286 × 182 plot over x ∈ [0, 4]; the marker right of the middle, as the GLM curve's at α = 2.39 on its log axis
  const plot = makePlot('lin', [0, 4], 'lin', [0, 1], 286, 182);
  const marker = { x: 3, y: 0.4, label: 'ε_g: Bayes = AMP 0.1543, GAMP 0.1557' };
  const lay = (label: string, x = marker.x) =>
    layoutLineLabels({ series: [], marker: { ...marker, x, label }, xLabel: '', yLabel: '', xScale: 'lin', yScale: 'lin' }, plot);

  it('too long for either side of the ring, slides along over or under it and stays in the plot (not the legend)', () => {
    const px = plot.x(marker.x);
    const py = plot.y(marker.y);
    const width = textBox({ text: marker.label, ...MARKER_FONT }, { x: 0, y: 0, anchor: 'start' }).x1;
    // the case: wider than the room left and right of the ring, and than twice the room right of it (centred, it would cross the edge)
    expect(width).toBeGreaterThan(px - 9);
    expect(width).toBeGreaterThan(plot.iw + 12 - px);
    expect(width).toBeLessThan(plot.iw);
    const labels = lay(marker.label);
    expect(labels.unplaced).toEqual([]);
    const box = textBox({ text: marker.label, ...MARKER_FONT }, labels.marker!);
    expect(box.x0).toBeGreaterThanOrEqual(0);
    expect(box.x1).toBeLessThanOrEqual(plot.iw + 12);
    // over or under the ring (its box: ± 8 px), not across it
    expect(box.y1 <= py - 8 || box.y0 >= py + 8).toBe(true);
    expect(box.x0 < px && px < box.x1).toBe(true);
  });

  it('one that fits centred stays centred on the ring; one wider than the plot goes to the legend', () => {
    // in the middle of the plot, too long for either side of the ring
    const px = plot.x(2);
    const short = 'Bayes = AMP 0.1543, GAMP 0.1557';
    const width = textBox({ text: short, ...MARKER_FONT }, { x: 0, y: 0, anchor: 'start' }).x1;
    expect(width).toBeGreaterThan(Math.max(px - 9, plot.iw + 12 - px - 9));
    expect(lay(short, 2).marker).toMatchObject({ x: px, anchor: 'middle' });
    const wide = lay(`${marker.label}, ${marker.label}`);
    expect(wide.marker).toBeNull();
    expect(wide.unplaced).toEqual([{ kind: 'marker', index: 0 }]);
  });
});
