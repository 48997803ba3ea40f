import { LIGHT } from './theme.ts';

/**
 * Width in px of a chart label as the browser will draw it, so that labels can be placed before they are
 * rendered (labelLayout.ts, ticks.ts, the legend). In a browser a canvas measures it with the charts' font;
 * without one (jsdom, Node) a per-character estimate stands in — what the SVG snapshots store.
 * `_x` / `_{xy}` subscripts (rich.tsx) are measured at 0.75 of the size, as they are drawn.
 */
export function textWidth(text: string, fontSize = 12, fontWeight = 400): number {
  const key = `${fontSize}|${fontWeight}|${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    w = 0;
    for (const [part, sub] of richParts(text)) w += measure(part, sub ? fontSize * 0.75 : fontSize, fontWeight);
    cache.set(key, w);
  }
  return w;
}

/** Per-character width of the estimate, in em: 0.55 of a 12 px font (the legend's long-standing 6.6 px). */
const EM_PER_CHAR = 0.55;

const cache = new Map<string, number>();

/** The text as [part, is-subscript] pairs, split as rich.tsx splits it. */
function richParts(text: string): [string, boolean][] {
  return text.split(/_(\{[^}]*\}|[A-Za-z0-9*]+)/).map((part, i) => [i % 2 ? part.replace(/^\{|\}$/g, '') : part, i % 2 === 1]);
}

let ctx: OffscreenCanvasRenderingContext2D | null | undefined;

function measure(text: string, size: number, weight: number): number {
  if (ctx === undefined) ctx = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!ctx) return EM_PER_CHAR * size * text.length;
  ctx.font = `${weight} ${size}px ${LIGHT.font}`;
  return ctx.measureText(text).width;
}
