import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, textBox, type Box, type LabelRequest } from './labelLayout.ts';
import { thinLabels } from './ticks.ts';
import { scaleLog } from 'd3';
import { axisTicks } from './ticks.ts';
import { textWidth } from './textWidth.ts';

const bounds: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const at = (x: number, y: number, anchor: 'start' | 'end' | 'middle' = 'start') => ({ x, y, anchor });

describe('placeLabels (collision-avoiding label layout)', () => {
  it('gives the first free candidate to each label in turn, so no two placed labels overlap', () => {
    // ten labels all wanting the same spot, each with the same three rows to fall back on
    const reqs: LabelRequest[] = Array.from({ length: 10 }, (_, k) => ({
      text: `label ${k}`,
      fontSize: 11,
      candidates: [at(100, 20), at(100, 35), at(100, 50)],
    }));
    const placed = placeLabels(reqs, bounds);
    const boxes = placed.flatMap((p) => (p.box ? [p.box] : []));
    expect(boxes).toHaveLength(3); // three rows, three labels: the rest are left to the legend
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
    expect(placed.slice(3).every((p) => p.pos === null)).toBe(true);
  });
  it('keeps labels inside the bounds and off existing text; avoids marks when it can, covers them when it must', () => {
    const text = textBox({ text: 'taken', fontSize: 12 }, at(10, 40));
    const mark: Box = { x0: 0, x1: 400, y0: 50, y1: 60 };
    const [a, b, c] = placeLabels(
      [
        { text: 'edge', fontSize: 11, candidates: [at(398, 20), at(10, 40), at(10, 70)] },
        { text: 'mark', fontSize: 11, candidates: [at(200, 58), at(200, 90)] },
        { text: 'only on the mark', fontSize: 11, candidates: [at(200, 58)] },
      ],
      bounds,
      [text],
      [mark],
    );
    expect(a.pos).toEqual(at(10, 70)); // past the right edge, then on the text already there
    expect(b.pos).toEqual(at(200, 90)); // the first candidate covers the mark
    expect(c.pos).toEqual(at(200, 58)); // no other choice: over the mark, still off the text
  });
});

describe('tick labels thinned to fit (issue #12: "50 100200 500 10002000")', () => {
  it('keeps the round labels first and drops any that would come within 8 px of a kept one', () => {
    const px = [0, 30, 60, 90, 120, 150];
    const labels = ['1', '2', '5', '10', '20', '50'];
    const out = thinLabels(px, labels, () => 24, (k) => (labels[k].startsWith('1') ? 0 : 1));
    // '1' and '10' first; '2', '5' and '20' would come within 8 px of them; '50' stands clear
    expect(out).toEqual(['1', '', '', '10', '', '50']);
  });
  it('leaves no two labels of a narrow log axis touching', () => {
    // a phone-width axis over five decades: at 60 px a decade "50", "100", "200" cannot all stand
    const x = scaleLog().domain([10, 1e6]).range([0, 300]);
    const { ticks, labels } = axisTicks(x, 'log', 'x');
    const kept = ticks.map((t, k) => [x(t), textWidth(labels[k])] as const).filter((_, k) => labels[k] !== '');
    expect(kept.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < kept.length; i++) expect(kept[i][0] - kept[i][1] / 2).toBeGreaterThanOrEqual(kept[i - 1][0] + kept[i - 1][1] / 2 + 8);
  });
});
