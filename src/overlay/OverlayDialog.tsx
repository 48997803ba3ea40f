import { useId, useState } from 'react';
import type { LineFigureData } from '../charts/types.ts';
import { axisNames, matchColumns, type ColumnChoice } from './columns.ts';
import { decodeText, sizeError } from './decode.ts';
import { parseTable, type Table } from './parse.ts';
import { toPoints } from './points.ts';
import type { StoredOverlay } from './storage.ts';

/** A file (dropped or chosen) → its text, or the reason it cannot be read (size, encoding). */
export async function readFile(f: File): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  const size = sizeError(f.size);
  if (size) return { ok: false, error: size };
  return decodeText(new Uint8Array(await f.arrayBuffer()));
}

export interface OverlayTarget {
  /** the figure's first chart: its id and data (scales, axis labels) */
  chart: () => { id: string; data: LineFigureData } | null;
  /** x and y column names of the figure's CSV export (`series,alpha,error` → alpha, error) */
  csvNames: () => [string | undefined, string | undefined];
}

/** Parse, match the columns to the figure's axes, check against its scales: an overlay or the first bad line. */
export function overlayFrom(name: string, text: string, target: OverlayTarget, choice?: ColumnChoice): { ok: true; overlay: StoredOverlay; table: Table; choice: ColumnChoice } | { ok: false; error: string; table?: Table } {
  const chart = target.chart();
  if (!chart) return { ok: false, error: 'this figure has no line chart to draw data on yet' };
  const parsed = parseTable(text);
  if (!parsed.ok) return parsed;
  const [xCsv, yCsv] = target.csvNames();
  const n = parsed.table.columns.length;
  const fits = choice && choice.x < n && choice.y < n && choice.err < n;
  const c = fits ? choice : matchColumns(parsed.table.columns, axisNames(xCsv, chart.data.xLabel, 'x'), axisNames(yCsv, chart.data.yLabel, 'y'));
  const pts = toPoints(name, parsed.table, c, chart.data.xScale, chart.data.yScale);
  if (!pts.ok) return { ok: false, error: pts.error, table: parsed.table };
  return { ok: true, overlay: { ...pts.points, chart: chart.id }, table: parsed.table, choice: c };
}

interface Props {
  target: OverlayTarget;
  current: StoredOverlay | null;
  /** a file dropped on the figure that did not go through: shown with its message */
  initial?: { name: string; text: string; error: string } | null;
  onApply: (o: StoredOverlay | null) => void;
  onClose: () => void;
}

/**
 * "Overlay data…": a file input and a text area, the column choice (x, y, optional error) once the text
 * parses, and the first problem by line. Nothing leaves the browser.
 */
export function OverlayDialog({ target, current, initial, onApply, onClose }: Props) {
  const titleId = useId();
  const [name, setName] = useState(initial?.name ?? 'pasted');
  const [text, setText] = useState(initial?.text ?? '');
  const [error, setError] = useState<string | null>(initial?.error ?? null);
  const [table, setTable] = useState<Table | null>(null);
  const [choice, setChoice] = useState<ColumnChoice | null>(null);

  const run = (t: string, n: string, c?: ColumnChoice) => {
    const r = overlayFrom(n, t, target, c);
    if (r.ok) {
      onApply(r.overlay);
      return;
    }
    setError(r.error);
    if (r.table) {
      setTable(r.table);
      setChoice(c ?? matchColumns(r.table.columns, ['x'], ['y']));
    } else setTable(null);
  };

  const select = (key: keyof ColumnChoice, label: string, optional = false) =>
    table && choice ? (
      <label className="flex items-center gap-1 text-xs">
        {label}
        <select className="lp-input" value={choice[key]} data-overlay-column={key} onChange={(e) => setChoice({ ...choice, [key]: Number(e.target.value) })}>
          {optional ? <option value={-1}>none</option> : null}
          {table.columns.map((c, i) => (
            <option key={c + i} value={i}>
              {c}
            </option>
          ))}
        </select>
      </label>
    ) : null;

  return (
    <div className="fixed inset-0 z-40 flex items-center justify-center bg-black/40 p-4" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="flex w-full max-w-lg flex-col gap-2 rounded border border-slate-300 bg-white p-4 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900" data-overlay-dialog>
        <h2 id={titleId} className="font-semibold">
          Overlay your data
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          CSV, TSV or JSON with a header; columns named like the axes (or chosen below), an optional error column. It stays in this browser
          (local storage), drawn as points on the figure and added to its exports.
        </p>
        <input
          type="file"
          accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json"
          aria-label="Data file"
          data-overlay-file
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (!f) return;
            setName(f.name);
            const r = await readFile(f);
            if (!r.ok) {
              setError(r.error);
              setTable(null);
              return;
            }
            setText(r.text.length > 200_000 ? '' : r.text);
            run(r.text, f.name);
          }}
        />
        <textarea
          className="lp-input h-32 font-mono text-xs"
          aria-label="Data (paste here)"
          placeholder={'alpha,error,err\n1,0.31,0.02\n2,0.12,0.01'}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-overlay-text
        />
        {table && choice ? (
          <div className="flex flex-wrap gap-3">
            {select('x', 'x')}
            {select('y', 'y')}
            {select('err', 'error', true)}
          </div>
        ) : null}
        {error ? (
          <div role="alert" className="rounded border border-red-400 bg-red-50 px-2 py-1 text-xs text-red-800 dark:bg-red-950 dark:text-red-200" data-overlay-error>
            {error}
          </div>
        ) : null}
        <div className="flex justify-end gap-2">
          {current ? (
            <button type="button" className="lp-btn" onClick={() => onApply(null)} data-overlay-remove>
              Remove {current.name}
            </button>
          ) : null}
          <button type="button" className="lp-btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="lp-btn" onClick={() => run(text, name, table && choice ? choice : undefined)} data-overlay-apply>
            Draw
          </button>
        </div>
      </div>
    </div>
  );
}
