import type { CsvTable } from './exportFigure.ts';

/**
 * Figure export, loaded on the Export menu's first use (src/view/Figure.tsx): CSV of exactly the plotted series
 * with a self-describing header, file names that say what a file holds, and the copy helpers (link, embed code).
 * The SVG and PNG documents are built in exportSvg.ts.
 */

/** A threshold, marked value or the reader's marker as drawn (read from the chart's data-* attributes). */
export interface CsvMark {
  kind: 'threshold' | 'mark' | 'marker';
  label: string;
  x: number;
  y?: number;
}

/** The `#` header: what the file is, where it came from (app version, URL), every parameter, marks and notes. */
export interface CsvMeta {
  title: string;
  version: string;
  url: string;
  params: readonly (readonly [string, string])[];
  marks?: readonly CsvMark[];
}

export type CsvLayout = 'long' | 'wide';

/**
 * The CSV document: `#` comment lines (pandas: `read_csv(f, comment='#')`), then the data — long (series,x,y[,lo,hi],
 * a row per plotted point) or wide (one x column shared by every series, a column per series and band; empty
 * cells where a series has no point at that x). Full precision; NaN and ±∞ are empty cells.
 */
export function csvText(table: CsvTable | string, layout: CsvLayout = 'long', meta?: CsvMeta): string {
  const head = meta ? csvHeader(meta, typeof table === 'string' ? [] : (table.notes ?? [])) : '';
  if (typeof table === 'string') return head + table;
  return head + (layout === 'wide' ? wideCsv(table) : longCsv(table));
}

function csvHeader(m: CsvMeta, notes: readonly string[]): string {
  const lines = [`# ${m.title}`, `# Learning Phases ${m.version}`, `# url: ${m.url}`, `# parameters: ${m.params.map(([k, v]) => `${k}=${v}`).join('; ')}`];
  for (const n of notes) lines.push(`# note: ${n}`);
  if (m.marks?.length) {
    lines.push('# marks: kind,label,x,y');
    for (const k of m.marks) lines.push(`# ${[k.kind, csvCell(k.label), num(k.x), k.y === undefined ? '' : num(k.y)].join(',')}`);
  }
  return lines.map((l) => l.replaceAll('\n', ' ')).join('\n') + '\n';
}

function longCsv({ series, xName, yName }: CsvTable): string {
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

function wideCsv({ series, xName }: CsvTable): string {
  const xs = [...new Set(series.flatMap((s) => Array.from(s.x).filter(Number.isFinite)))].sort((a, b) => a - b);
  const row = new Map(xs.map((x, i) => [x, i]));
  const columns: { name: string; cells: string[] }[] = [];
  for (const s of series) {
    const parts: [string, ArrayLike<number>][] = [[s.id, s.y]];
    if (s.lo && s.hi) parts.push([`${s.id}_lo`, s.lo], [`${s.id}_hi`, s.hi]);
    for (const [name, v] of parts) {
      const cells = new Array<string>(xs.length).fill('');
      for (let i = 0; i < s.x.length; i++) {
        const r = row.get(s.x[i]);
        if (r !== undefined) cells[r] = num(v[i]);
      }
      columns.push({ name, cells });
    }
  }
  const rows = [[xName, ...columns.map((c) => csvCell(c.name))].join(',')];
  xs.forEach((x, r) => rows.push([num(x), ...columns.map((c) => c.cells[r])].join(',')));
  return rows.join('\n') + '\n';
}

/** The chart's thresholds, marked values and marker, from the data-* attributes the marks carry (marks/Rule, Marker). */
export function chartMarks(svg: SVGSVGElement | null): CsvMark[] {
  if (!svg) return [];
  const out: CsvMark[] = [];
  const read = (sel: string, kind: CsvMark['kind'], attr: string) =>
    svg.querySelectorAll(sel).forEach((el) => {
      const x = Number(el.getAttribute('data-x'));
      const y = el.getAttribute('data-y');
      if (Number.isFinite(x)) out.push({ kind, label: el.getAttribute(attr) ?? '', x, ...(y !== null ? { y: Number(y) } : {}) });
    });
  read('[data-threshold]', 'threshold', 'data-threshold');
  read('[data-mark]', 'mark', 'data-mark');
  read('[data-marker]', 'marker', 'data-marker');
  return out;
}

/** `learning-phases_<chapter>_<figure>[_<key>-<value>…].<ext>`: the parameters that differ from the defaults, ≤ 120 characters. */
export function exportFileName(chapter: string, figure: string, changed: readonly (readonly [string, string])[], ext: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9.+-]+/g, '-').replace(/^-|-$/g, '');
  let name = `learning-phases_${safe(chapter)}_${safe(figure)}`;
  for (const [k, v] of changed) {
    const part = `_${safe(k)}-${safe(v)}`;
    if (name.length + part.length > 120) break;
    name += part;
  }
  return `${name}.${ext}`;
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
