import type { Series } from './types.ts';

/**
 * Figure export: standalone SVG (colours are literal attributes, see theme.ts), PNG at 2× through
 * a canvas, CSV of exactly the plotted series (long format, one row per point), JSON of the view.
 */

export function svgMarkup(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll('[data-hover-area]').forEach((n) => n.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.removeAttribute('style');
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const w = svg.viewBox.baseVal?.width || svg.clientWidth;
  const h = svg.viewBox.baseVal?.height || svg.clientHeight;
  const url = URL.createObjectURL(new Blob([svgMarkup(svg)], { type: 'image/svg+xml' }));
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

/** Long-format CSV: series,x,y[,lo,hi] — every plotted point, full precision. */
export function seriesCsv(series: readonly Series[], xName = 'x', yName = 'y'): string {
  const hasBand = series.some((s) => s.lo && s.hi);
  const rows = [['series', xName, yName, ...(hasBand ? ['lo', 'hi'] : [])].join(',')];
  for (const s of series) {
    for (let i = 0; i < s.x.length; i++) {
      const cells = [csvCell(s.id), num(s.x[i]), num(s.y[i])];
      if (hasBand) cells.push(s.lo ? num(s.lo[i]) : '', s.hi ? num(s.hi[i]) : '');
      rows.push(cells.join(','));
    }
  }
  return rows.join('\n') + '\n';
}

function num(v: number): string {
  return Number.isFinite(v) ? String(v) : '';
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function download(name: string, data: Blob | string, type = 'text/plain'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function embedSnippet(url: string, title: string): string {
  return `<iframe src="${url.replaceAll('&', '&amp;')}" width="800" height="450" style="border:0" loading="lazy" title="${title.replaceAll('"', '&quot;')}"></iframe>`;
}
