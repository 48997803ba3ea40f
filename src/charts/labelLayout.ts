import { textWidth } from './textWidth.ts';

/**
 * Collision-avoiding placement of chart labels (issue #12): each label offers candidate positions in order
 * of preference, and takes the first that stays inside the plot and clear of every text already placed (and,
 * if it can, of the marks listed as obstacles); a label with no free candidate is not drawn in the plot —
 * the chart moves it into the legend. Pure: boxes in plot pixels in, one choice per label out.
 */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TextSpec {
  text: string;
  fontSize: number;
  fontWeight?: number;
}

/** Where a text is drawn: its anchor point (the baseline) and text-anchor. */
export interface TextPos {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LabelRequest extends TextSpec {
  candidates: readonly TextPos[];
  /** pixels of halo drawn around the glyphs (counted in the box) */
  halo?: number;
}

// Vertical extent of a line of text about its baseline, as a fraction of the font size: the ascent and
// descent of the sans-serif fonts Chromium picks (DejaVu Sans: 0.93 / 0.24); a subscript (rich.tsx: 0.75 em,
// baseline-shift sub) reaches about half an em below the baseline.
const ASCENT = 0.93;
const DESCENT = 0.26;
const DESCENT_SUB = 0.55;

/** The box a text occupies when drawn at `pos` (width measured: textWidth.ts). */
export function textBox(t: TextSpec, pos: TextPos): Box {
  // a 1 px margin each side: two labels that touch read as one
  const w = textWidth(t.text, t.fontSize, t.fontWeight) + 2;
  const x0 = pos.anchor === 'start' ? pos.x - 1 : pos.anchor === 'end' ? pos.x + 1 - w : pos.x - w / 2;
  const descent = /_(\{|[A-Za-z0-9*])/.test(t.text) ? DESCENT_SUB : DESCENT;
  return { x0, x1: x0 + w, y0: pos.y - ASCENT * t.fontSize, y1: pos.y + descent * t.fontSize };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function grow(b: Box, d: number): Box {
  return { x0: b.x0 - d, x1: b.x1 + d, y0: b.y0 - d, y1: b.y1 + d };
}

function inside(b: Box, bounds: Box): boolean {
  return b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
}

export interface Placement {
  /** the chosen position, or null: no candidate was free (the label goes elsewhere, e.g. the legend) */
  pos: TextPos | null;
  box: Box | null;
}

/**
 * Greedy placement in request order (put the most important label first). `texts`: boxes of text already
 * there, never to be covered; `marks`: boxes of marks a label should rather not cover (a label that cannot
 * avoid them takes the first candidate clear of text alone).
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box, texts: readonly Box[] = [], marks: readonly Box[] = []): Placement[] {
  const taken = [...texts];
  return requests.map((r) => {
    // text against text by the glyph boxes; against marks with the halo, which is what keeps a line off the glyphs
    const boxes = r.candidates.map((c) => textBox(r, c));
    const haloed = (b: Box) => grow(b, (r.halo ?? 0) / 2);
    const fits = (b: Box, avoidMarks: boolean) => inside(b, bounds) && !taken.some((t) => overlaps(b, t)) && !(avoidMarks && marks.some((m) => overlaps(haloed(b), m)));
    let k = boxes.findIndex((b) => fits(b, true));
    if (k < 0) k = boxes.findIndex((b) => fits(b, false));
    if (k < 0) return { pos: null, box: null };
    taken.push(boxes[k]);
    return { pos: r.candidates[k], box: boxes[k] };
  });
}
