import { DARK, LIGHT, type Palette } from './theme.ts';

/**
 * The SVG and PNG a figure exports: the chart as drawn (colours are literal attributes, theme.ts), with two
 * options a lecturer needs whatever the page's theme: a heading (figure title and a parameter line) drawn
 * above the plot, so a pasted image says what it shows; and the background — as shown, light (a dark-mode
 * chart recoloured to the light palette: slides are usually white) or transparent.
 */
export type ExportBackground = 'shown' | 'light' | 'transparent';

export interface SvgExportOptions {
  background?: ExportBackground;
  /** drawn above the chart: the figure title and one or more parameter lines */
  heading?: { title: string; lines: readonly string[] } | null;
}

export interface SvgExport {
  markup: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_PX = 15;
const LINE_PX = 12;
const COLOUR_ATTRS = ['fill', 'stroke', 'stop-color', 'color'] as const;

/** Dark-palette colour → the light palette's colour in the same role (background, text, series i, …). */
function darkToLight(): Map<string, string> {
  const m = new Map<string, string>();
  const add = (d: string, l: string) => m.set(d.toLowerCase(), l);
  for (const k of ['background', 'text', 'muted', 'grid', 'axis', 'hard'] as const) add(DARK[k], LIGHT[k]);
  DARK.series.forEach((c, i) => add(c, LIGHT.series[i]));
  return m;
}

function recolour(root: Element, map: Map<string, string>): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of COLOUR_ATTRS) {
      const v = el.getAttribute(a);
      const to = v && map.get(v.toLowerCase());
      if (to) el.setAttribute(a, to);
    }
  }
}

/** Characters that fit one heading line at LINE_PX (about 0.55 em a character). */
function wrap(lines: readonly string[], width: number): string[] {
  const max = Math.max(20, Math.floor((width - 16) / (LINE_PX * 0.55)));
  const out: string[] = [];
  for (const line of lines) {
    let rest = line;
    while (rest.length > max) {
      // break after a ", " between two parameters, else at a space, else anywhere
      const comma = rest.lastIndexOf(', ', max - 1);
      const space = rest.lastIndexOf(' ', max);
      const at = comma > max / 3 ? comma + 1 : space > max / 2 ? space : max;
      out.push(rest.slice(0, at).trimEnd());
      rest = rest.slice(at).trimStart();
    }
    if (rest) out.push(rest);
  }
  return out;
}

/** The standalone SVG document of a chart, with the export options applied to a copy (the page is untouched). */
export function exportSvg(svg: SVGSVGElement, opts: SvgExportOptions = {}): SvgExport {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const doc = clone.ownerDocument;
  clone.querySelectorAll('[data-hover-area]').forEach((n) => n.remove());
  clone.setAttribute('xmlns', SVG_NS);
  clone.removeAttribute('style');
  const width = Number(clone.getAttribute('width')) || svg.viewBox.baseVal?.width || svg.clientWidth;
  let height = Number(clone.getAttribute('height')) || svg.viewBox.baseVal?.height || svg.clientHeight;
  // the chart's background: the first rectangle of the root, as wide as the chart (charts/frame.tsx ChartSvg)
  const bg = clone.querySelector<SVGRectElement>(':scope > rect');
  const shownDark = bg?.getAttribute('fill')?.toLowerCase() === DARK.background.toLowerCase();
  const background = opts.background ?? 'shown';
  if (background !== 'shown' && shownDark) recolour(clone, darkToLight());
  const pal: Palette = background === 'shown' && shownDark ? DARK : LIGHT;

  if (opts.heading) {
    const lines = wrap(opts.heading.lines, width);
    const top = 8 + TITLE_PX + lines.length * (LINE_PX + 3) + 6;
    const body = doc.createElementNS(SVG_NS, 'g');
    body.setAttribute('transform', `translate(0,${top})`);
    for (const child of [...clone.childNodes]) {
      if (child === bg || (child instanceof Element && child.tagName.toLowerCase() === 'title')) continue;
      body.appendChild(child);
    }
    const text = (y: number, s: string, size: number, weight: string | null, fill: string) => {
      const t = doc.createElementNS(SVG_NS, 'text');
      t.setAttribute('x', '8');
      t.setAttribute('y', String(y));
      t.setAttribute('font-size', String(size));
      if (weight) t.setAttribute('font-weight', weight);
      t.setAttribute('fill', fill);
      t.setAttribute('data-export-heading', '');
      t.textContent = s;
      return t;
    };
    clone.appendChild(text(8 + TITLE_PX - 3, opts.heading.title, TITLE_PX, '600', pal.text));
    lines.forEach((l, i) => clone.appendChild(text(8 + TITLE_PX + (i + 1) * (LINE_PX + 3) - 1, l, LINE_PX, null, pal.muted)));
    clone.appendChild(body);
    height += top;
    clone.setAttribute('height', String(height));
    clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
    bg?.setAttribute('height', String(height));
  }
  if (background === 'transparent') bg?.remove();
  return { markup: '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone), width, height };
}

/** PNG at `scale`× of the exported SVG, rendered through a canvas. */
export async function exportPng(svg: SVGSVGElement, scale = 2, opts: SvgExportOptions = {}): Promise<Blob> {
  const { markup, width: w, height: h } = exportSvg(svg, opts);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = w;
    img.height = h;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('could not render the SVG to an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
