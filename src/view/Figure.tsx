import { lazy, Suspense, useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import type { JobScope } from '../compute/jobScope.ts';
import type { CsvTable } from '../charts/exportFigure.ts';
import type { CsvLayout } from '../charts/exportFile.ts';
import type { ExportBackground, SvgExportOptions } from '../charts/exportSvg.ts';
import { APP_VERSION_LINE } from '../appVersion.ts';
import { ProgressBar } from '../ui/ProgressBar.tsx';
import { Qr } from '../lecture/Qr.tsx';

// lecture tools load when first opened: the page's first load does not carry them or their encoders
const EmbedDialog = lazy(() => import('../lecture/EmbedDialog.tsx'));
const RecordDialog = lazy(() => import('../lecture/RecordDialog.tsx'));
// the export code loads on the menu's first use (the menu shows it busy meanwhile): not in the first load
const loadExport = () => Promise.all([import('../charts/exportFile.ts'), import('../charts/exportSvg.ts')]);

/**
 * The frame every figure lives in: title, the chart, status (progress, error), caption, and the
 * export menu (SVG, PNG 2×, CSV of the plotted data, JSON of the parameters, link, embed code), whose
 * files describe themselves: named by chapter, figure and changed parameters; images with a heading
 * (title and parameters, a toggle) on the background the lecturer picks; CSV with a `#` header; the
 * link with its QR code, the embed code builder, recording a story.
 */

/** Where the figure's exports come from: its chapter, and every parameter as `key=value` (those changed from the defaults apart). */
export interface ExportInfo {
  chapter: string;
  chapterTitle: string;
  params: readonly (readonly [string, string])[];
  changed: readonly (readonly [string, string])[];
}
export interface FigureProps {
  id: string;
  title: string;
  caption?: ReactNode;
  svgRef: RefObject<SVGSVGElement | null>;
  csv: () => string | CsvTable;
  json: () => unknown;
  /** read when exporting: the values at that moment (the figure does not re-render for values it does not draw) */
  exportInfo: () => ExportInfo;
  /** absolute URL of this view with and without embed mode */
  link: (embed: boolean) => string;
  progress: number | null;
  error: string | null;
  /** re-submit the figure's failed jobs (shown as a Retry button next to the error) */
  onRetry?: () => void;
  embed?: boolean;
  /** projector view: the chart alone, no title and no export menu (src/app/Shell.tsx) */
  present?: boolean;
  /** more controls beside the Export menu (pin, compare, overlay, reproduce, cite: FigureTools.tsx) */
  tools?: ReactNode;
  /** under the title: the pins */
  below?: ReactNode;
  /** a dialog of the figure (overlay data, reproduce, cite) */
  dialog?: ReactNode;
  /** a file dropped on the figure (overlay data) */
  onDropFile?: (file: File) => void;
  /** the <figure> element (its visibility sets its jobs' priority) */
  frameRef?: RefObject<HTMLElement | null>;
  /** set while the chart shows an older request's result: dimmed, with the progress of the newer one */
  stale?: JobScope | null;
  children: ReactNode;
}

export function Figure(p: FigureProps) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<{ text: string; ok: boolean; qr: boolean } | null>(null);
  const [dialog, setDialog] = useState<'embed' | 'record' | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [heading, setHeading] = useState(true);
  const [background, setBackground] = useState<ExportBackground>('light');
  const [layout, setLayout] = useState<CsvLayout>('long');
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  // embed pages have h1 → figure; the full view has h1 → chapter h2 → figure
  const Heading = p.embed ? 'h2' : 'h3';

  const act = async (kind: 'svg' | 'png' | 'csv' | 'json' | 'link' | 'embed' | 'record') => {
    setBusy(true);
    setExportError(null);
    const loaded = await loadExport().then(
      (m) => m,
      () => null,
    );
    setBusy(false);
    if (!loaded) {
      // a chunk that cannot load (a deploy replaced it, or the network dropped before the worker stored it)
      setOpen(false);
      setExportError('The export code could not be loaded: reload the page and try again.');
      return;
    }
    const [{ chartMarks, copyText, csvText, download, embedSnippet, exportFileName }, { exportPng, exportSvg }] = loaded;
    const svg = p.svgRef.current;
    const info = p.exportInfo();
    const name = (ext: string) => exportFileName(info.chapter, p.id, info.changed, ext);
    const title = `${info.chapterTitle}: ${p.title}`;
    const image: SvgExportOptions = { background, heading: heading ? { title, lines: [info.params.map(([k, v]) => `${k} = ${v}`).join(', '), `Learning Phases ${APP_VERSION_LINE}`] } : null };
    if (kind === 'svg' && svg) download(name('svg'), exportSvg(svg, image).markup, 'image/svg+xml');
    if (kind === 'png' && svg) download(name('png'), await exportPng(svg, 2, image));
    if (kind === 'csv') download(name('csv'), csvText(p.csv(), layout, { title, version: APP_VERSION_LINE, url: p.link(false), params: info.params, marks: chartMarks(svg) }), 'text/csv');
    if (kind === 'json') download(name('json'), JSON.stringify(p.json(), null, 2) + '\n', 'application/json');
    if (kind === 'link' || kind === 'embed') {
      // the embed code of the view as it is goes to the clipboard at once; the builder then refines it
      const text = kind === 'link' ? p.link(false) : embedSnippet(p.link(true), p.title);
      setCopied({ text, ok: await copyText(text), qr: kind === 'link' });
      if (kind === 'embed') setDialog('embed');
    }
    if (kind === 'record') setDialog('record');
    if (kind !== 'link' && kind !== 'embed') setOpen(false);
  };

  return (
    <figure
      className={`lp-figure relative flex min-w-0 flex-col gap-2${p.embed ? ' h-full' : ''}`}
      data-figure-frame={p.id}
      data-stale={p.stale ? '' : undefined}
      aria-busy={p.progress !== null}
      onDragOver={p.onDropFile ? (e) => e.dataTransfer.types.includes('Files') && e.preventDefault() : undefined}
      onDrop={p.onDropFile ? (e) => e.dataTransfer.files[0] && (e.preventDefault(), p.onDropFile!(e.dataTransfer.files[0])) : undefined}
      ref={p.frameRef}
    >
      {p.stale ? <StaleBadge jobs={p.stale} /> : null}
      <div className={p.present ? 'sr-only' : 'flex items-center justify-between gap-2'}>
        <Heading className={p.embed ? 'mr-auto text-sm font-semibold' : 'mr-auto text-base font-semibold'}>{p.title}</Heading>
        {p.present ? null : p.tools}
        {p.present ? null : (
        <div className="relative" ref={menuRef}>
          {exportError ? (
            <p role="alert" className="absolute top-full right-0 z-20 mt-1 w-56 rounded bg-white px-2 py-1 text-xs text-red-700 shadow dark:bg-slate-900 dark:text-red-400" data-export-error>
              {exportError}
            </p>
          ) : null}
          <button
            type="button"
            className="lp-btn"
            aria-haspopup="menu"
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => {
              setOpen(!open);
              setCopied(null);
              setExportError(null);
            }}
          >
            Export
          </button>
          {open ? (
            <div id={menuId} role="menu" aria-busy={busy} className={`lp-menu absolute right-0 z-20 mt-1 flex w-56 flex-col${busy ? ' cursor-wait' : ''}`} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
              {(
                [
                  ['svg', 'SVG image'],
                  ['png', 'PNG image (2×)'],
                  ['csv', 'CSV of the plotted data'],
                  ['json', 'JSON of the parameters'],
                  ['link', 'Copy link to this view (and QR code)'],
                  ['embed', 'Copy embed code (iframe)…'],
                  ['record', 'Record a story (WebM, GIF)…'],
                ] as const
              ).map(([k, label]) => (
                <button key={k} type="button" role="menuitem" className="lp-menu-item" data-export={k} onClick={() => void act(k)}>
                  {label}
                </button>
              ))}
              <ExportOptions heading={heading} setHeading={setHeading} background={background} setBackground={setBackground} layout={layout} setLayout={setLayout} />
              {copied ? (
                <div className="flex flex-col items-center gap-2 border-t border-slate-200 p-2 text-xs break-all dark:border-slate-700" role="status" data-copied>
                  <span>{copied.ok ? `Copied: ${copied.text}` : `Copy this: ${copied.text}`}</span>
                  {copied.qr ? <Qr text={copied.text} /> : null}
                </div>
              ) : null}
            </div>
          ) : null}
        </div>
        )}
      </div>
      {p.below}
      <ProgressBar value={p.progress} label={`${p.title}: computing`} />
      {p.error ? (
        <div role="alert" className="flex items-start justify-between gap-3 rounded border border-red-400 bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200" data-figure-error>
          <span>Computation failed: {p.error}</span>
          {p.onRetry ? (
            <button type="button" className="lp-btn shrink-0" onClick={p.onRetry} data-figure-retry aria-label={`Retry: ${p.title}`}>
              Retry
            </button>
          ) : null}
        </div>
      ) : null}
      {p.embed ? (
        // embed: a column whose last child (the chart, or its wrapper) takes the height that is left
        <div className="flex min-h-0 flex-1 flex-col gap-2 [&>*:last-child]:min-h-0 [&>*:last-child]:flex-1">{p.children}</div>
      ) : (
        p.children
      )}
      {dialog ? (
        <Suspense fallback={null}>
          {dialog === 'embed' ? (
            <EmbedDialog fig={p.id} title={p.title} onClose={() => setDialog(null)} />
          ) : (
            <RecordDialog fig={p.id} svgRef={p.svgRef} onClose={() => setDialog(null)} />
          )}
        </Suspense>
      ) : null}
      {p.caption ? <figcaption className="text-sm leading-relaxed text-slate-600 dark:text-slate-400">{p.caption}</figcaption> : null}
      {p.dialog}
    </figure>
  );
}

/** The export menu's options: heading on images, image background, CSV layout. */
function ExportOptions(o: {
  heading: boolean;
  setHeading: (v: boolean) => void;
  background: ExportBackground;
  setBackground: (v: ExportBackground) => void;
  layout: CsvLayout;
  setLayout: (v: CsvLayout) => void;
}) {
  const row = 'flex items-center justify-between gap-2 px-3 py-1 text-xs';
  return (
    <div className="flex flex-col border-t border-slate-200 py-1 dark:border-slate-700" data-export-options>
      <label className={row}>
        <span>Title and parameters on images</span>
        <input type="checkbox" checked={o.heading} onChange={(e) => o.setHeading(e.target.checked)} data-export-heading />
      </label>
      <label className={row}>
        <span>Image background</span>
        <select className="lp-input py-0 text-xs" value={o.background} onChange={(e) => o.setBackground(e.target.value as ExportBackground)} data-export-background>
          <option value="light">light</option>
          <option value="transparent">transparent</option>
          <option value="shown">as shown</option>
        </select>
      </label>
      <label className={row}>
        <span>CSV layout</span>
        <select className="lp-input py-0 text-xs" value={o.layout} onChange={(e) => o.setLayout(e.target.value as CsvLayout)} data-export-layout>
          <option value="long">long (a row per point)</option>
          <option value="wide">wide (a column per series)</option>
        </select>
      </label>
    </div>
  );
}

/**
 * "computing 42 % · ≈ 3 s left" over a stale chart (the chart itself is dimmed by the
 * `.lp-figure[data-stale]` rule of index.css). Its own component, refreshed twice a second, so the figure does not re-render per progress report.
 */
function StaleBadge({ jobs }: { jobs: JobScope }) {
  const [now, setNow] = useState(() => performance.now());
  useSyncExternalStore(
    (l) => jobs.subscribe(l),
    () => jobs.isStale(),
  );
  useEffect(() => {
    const t = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(t);
  }, []);
  const { progress, etaMs } = jobs.staleness(now);
  const pct = progress === null ? '' : ` ${Math.round(progress * 100)} %`;
  const eta = etaMs === null ? '' : ` · ≈ ${etaMs < 10_000 ? (etaMs / 1000).toFixed(1) : Math.round(etaMs / 1000)} s left`;
  return (
    <div className="lp-stale pointer-events-none absolute top-9 right-2 z-10 rounded bg-white/90 px-2 py-0.5 text-xs text-slate-700 tabular-nums shadow-sm dark:bg-slate-800/90 dark:text-slate-200" role="status" data-stale-badge>
      computing{pct}{eta}
    </div>
  );
}
