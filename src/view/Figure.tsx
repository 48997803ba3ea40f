import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import type { JobScope } from '../compute/jobScope.ts';
import { copyText, download, embedSnippet, pngBlob, svgMarkup } from '../charts/exportFigure.ts';
import { ProgressBar } from '../ui/ProgressBar.tsx';

/**
 * The frame every figure lives in: title, the chart, status (progress, error), caption, and the
 * export menu (SVG, PNG 2×, CSV of the plotted data, JSON of the parameters, link, embed code).
 */
export interface FigureProps {
  id: string;
  title: string;
  caption?: ReactNode;
  svgRef: RefObject<SVGSVGElement | null>;
  csv: () => string;
  json: () => unknown;
  /** absolute URL of this view with and without embed mode */
  link: (embed: boolean) => string;
  progress: number | null;
  error: string | null;
  /** re-submit the figure's failed jobs (shown as a Retry button next to the error) */
  onRetry?: () => void;
  embed?: boolean;
  /** the <figure> element (its visibility sets its jobs' priority) */
  frameRef?: RefObject<HTMLElement | null>;
  /** set while the chart shows an older request's result: dimmed, with the progress of the newer one */
  stale?: JobScope | null;
  children: ReactNode;
}

export function Figure(p: FigureProps) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const base = `learning-phases-${p.id}`;
  // embed pages have h1 → figure; the full view has h1 → chapter h2 → figure
  const Heading = p.embed ? 'h2' : 'h3';

  const act = async (kind: 'svg' | 'png' | 'csv' | 'json' | 'link' | 'embed') => {
    const svg = p.svgRef.current;
    if (kind === 'svg' && svg) download(`${base}.svg`, svgMarkup(svg), 'image/svg+xml');
    if (kind === 'png' && svg) download(`${base}.png`, await pngBlob(svg, 2));
    if (kind === 'csv') download(`${base}.csv`, p.csv(), 'text/csv');
    if (kind === 'json') download(`${base}.json`, JSON.stringify(p.json(), null, 2) + '\n', 'application/json');
    if (kind === 'link' || kind === 'embed') {
      const text = kind === 'link' ? p.link(false) : embedSnippet(p.link(true), p.title);
      const ok = await copyText(text);
      setCopied(ok ? text : `Copy this: ${text}`);
    }
    if (kind !== 'link' && kind !== 'embed') setOpen(false);
  };

  return (
    <figure
      className={`lp-figure relative flex min-w-0 flex-col gap-2${p.embed ? ' h-full' : ''}`}
      data-figure-frame={p.id}
      data-stale={p.stale ? '' : undefined}
      aria-busy={p.progress !== null}
      ref={p.frameRef}
    >
      {p.stale ? <StaleBadge jobs={p.stale} /> : null}
      <div className="flex items-center justify-between gap-2">
        <Heading className={p.embed ? 'text-sm font-semibold' : 'text-base font-semibold'}>{p.title}</Heading>
        <div className="relative" ref={menuRef}>
          <button
            type="button"
            className="lp-btn"
            aria-haspopup="menu"
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => {
              setOpen(!open);
              setCopied(null);
            }}
          >
            Export
          </button>
          {open ? (
            <div id={menuId} role="menu" className="lp-menu absolute right-0 z-20 mt-1 flex w-56 flex-col" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
              {(
                [
                  ['svg', 'SVG image'],
                  ['png', 'PNG image (2×)'],
                  ['csv', 'CSV of the plotted data'],
                  ['json', 'JSON of the parameters'],
                  ['link', 'Copy link to this view'],
                  ['embed', 'Copy embed code (iframe)'],
                ] as const
              ).map(([k, label]) => (
                <button key={k} type="button" role="menuitem" className="lp-menu-item" data-export={k} onClick={() => void act(k)}>
                  {label}
                </button>
              ))}
              {copied ? (
                <div className="border-t border-slate-200 p-2 text-xs break-all dark:border-slate-700" role="status" data-copied>
                  {copied.startsWith('Copy this') ? copied : `Copied: ${copied}`}
                </div>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>
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
      {p.caption ? <figcaption className="text-sm leading-relaxed text-slate-600 dark:text-slate-400">{p.caption}</figcaption> : null}
    </figure>
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
