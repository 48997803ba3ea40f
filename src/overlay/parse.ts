/**
 * The reader's own data, as text: CSV (`,` or `;`), TSV, or JSON (an array of objects, or an object of
 * equal-length arrays). The first bad thing is reported by line (JSON: by item), nothing partial is
 * kept: a table is either wholly numbers or an error. One pass over the text, no regex backtracking on
 * a whole line, so 10⁵ rows parse in tens of milliseconds.
 */
export interface Table {
  columns: string[];
  /** column-major numbers, every cell finite */
  data: Float64Array[];
  /** the text line of each row (1-based), for messages about rows found bad later (log axes) */
  lines: Int32Array;
}

export type Parsed = { ok: true; table: Table } | { ok: false; error: string };

/** rows beyond this are refused: the page stays interactive up to 10⁵ (issue #14) with room to spare */
export const MAX_ROWS = 200_000;

/** decimal numbers only (as the URL codec): no `NaN`, `Infinity`, hex or empty cells */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function parseNumberCell(cell: string): number {
  const t = cell.trim();
  return DECIMAL.test(t) ? Number(t) : NaN;
}

export function parseTable(text: string): Parsed {
  const t = text.replace(/^\uFEFF/, '');
  const start = t.trimStart()[0];
  return start === '[' || start === '{' ? parseJson(t) : parseDelimited(t);
}

function show(cell: string): string {
  const c = cell.trim();
  return `"${c.length > 24 ? c.slice(0, 23) + '…' : c}"`;
}

function splitRow(line: string, sep: string): string[] {
  if (!line.includes('"')) return line.split(sep);
  // quoted cells (a header "alpha, n/d"): a quote toggles, a doubled quote is a quote
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === sep && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

function parseDelimited(text: string): Parsed {
  const lines = text.split(/\r\n|\n|\r/);
  let i = 0;
  const skip = (l: string) => l.trim() === '' || l.trimStart().startsWith('#');
  while (i < lines.length && skip(lines[i])) i++;
  if (i === lines.length) return { ok: false, error: 'no data: the text is empty' };
  const head = lines[i];
  const sep = head.includes('\t') ? '\t' : head.includes(',') ? ',' : head.includes(';') ? ';' : /\s/.test(head.trim()) ? ' ' : ',';
  const split = (l: string) => (sep === ' ' ? l.trim().split(/\s+/) : splitRow(l, sep));
  let columns = split(head).map((c) => c.trim());
  // no header (the first row is numbers): columns are named by position
  const headerless = columns.every((c) => Number.isFinite(parseNumberCell(c)));
  if (headerless) columns = columns.map((_, k) => (k === 0 ? 'x' : k === 1 ? 'y' : k === 2 ? 'err' : `c${k + 1}`));
  else i++;
  if (columns.length < 2) return { ok: false, error: `line ${i + (headerless ? 1 : 0)}: one column; need at least x and y (separated by , ; or tab)` };
  const empty = columns.findIndex((c) => c === '');
  if (empty >= 0) return { ok: false, error: `line ${i}: column ${empty + 1} of the header has no name` };
  const cols: number[][] = columns.map(() => []);
  const lineOf: number[] = [];
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (skip(l)) continue;
    const cells = split(l);
    if (cells.length !== columns.length) return { ok: false, error: `line ${i + 1}: ${cells.length} cells, the header has ${columns.length}` };
    for (let k = 0; k < cells.length; k++) {
      const v = parseNumberCell(cells[k]);
      if (!Number.isFinite(v)) return { ok: false, error: `line ${i + 1}: ${show(cells[k])} in column ${columns[k]} is not a finite number` };
      cols[k].push(v);
    }
    lineOf.push(i + 1);
    if (lineOf.length > MAX_ROWS) return { ok: false, error: `line ${i + 1}: more than ${MAX_ROWS} rows` };
  }
  if (!lineOf.length) return { ok: false, error: 'no data: a header but no rows' };
  return { ok: true, table: { columns, data: cols.map((c) => Float64Array.from(c)), lines: Int32Array.from(lineOf) } };
}

/** 1-based line of a character offset */
function lineAt(text: string, pos: number): number {
  let n = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function parseJson(text: string): Parsed {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String((e as Error).message));
    return { ok: false, error: `line ${m ? lineAt(text, Number(m[1])) : 1}: not valid JSON` };
  }
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : typeof x === 'string' ? parseNumberCell(x) : NaN);
  if (Array.isArray(v)) {
    if (!v.length || typeof v[0] !== 'object' || v[0] === null) return { ok: false, error: 'JSON: expected an array of objects like {"x": 1, "y": 2}' };
    if (v.length > MAX_ROWS) return { ok: false, error: `JSON: more than ${MAX_ROWS} rows` };
    const columns = Object.keys(v[0] as object);
    const cols = columns.map(() => new Float64Array(v.length));
    for (let r = 0; r < v.length; r++) {
      const o = v[r] as Record<string, unknown>;
      if (typeof o !== 'object' || o === null || Object.keys(o).length !== columns.length) return { ok: false, error: `JSON item ${r + 1}: not an object with the keys ${columns.join(', ')}` };
      for (let k = 0; k < columns.length; k++) {
        const x = num(o[columns[k]]);
        if (!Number.isFinite(x)) return { ok: false, error: `JSON item ${r + 1}: ${columns[k]} = ${JSON.stringify(o[columns[k]]) ?? 'missing'} is not a finite number` };
        cols[k][r] = x;
      }
    }
    return { ok: true, table: { columns, data: cols, lines: Int32Array.from(v, (_, r) => r + 1) } };
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    const n = Array.isArray(entries[0]?.[1]) ? (entries[0][1] as unknown[]).length : -1;
    if (n <= 0 || entries.some(([, a]) => !Array.isArray(a) || a.length !== n)) return { ok: false, error: 'JSON: expected an object of equal-length arrays like {"x": [...], "y": [...]}' };
    if (n > MAX_ROWS) return { ok: false, error: `JSON: more than ${MAX_ROWS} rows` };
    const data: Float64Array[] = [];
    for (const [name, a] of entries) {
      const col = new Float64Array(n);
      for (let r = 0; r < n; r++) {
        const x = num((a as unknown[])[r]);
        if (!Number.isFinite(x)) return { ok: false, error: `JSON item ${r + 1}: ${name} = ${JSON.stringify((a as unknown[])[r]) ?? 'missing'} is not a finite number` };
        col[r] = x;
      }
      data.push(col);
    }
    return { ok: true, table: { columns: entries.map(([k]) => k), data, lines: Int32Array.from({ length: n }, (_, r) => r + 1) } };
  }
  return { ok: false, error: 'JSON: expected an array of rows or an object of columns' };
}
