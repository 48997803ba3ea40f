import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
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
  /** more controls beside the Export menu (pin, compare, overlay, reproduce, cite: FigureTools.tsx) */
  tools?: ReactNode;
  /** under the title: the pins */
  below?: ReactNode;
  /** a dialog of the figure (overlay data, reproduce, cite) */
  dialog?: ReactNode;
  /** a file dropped on the figure (overlay data) */
  onDropFile?: (file: File) => void;
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
      aria-busy={p.progress !== null}
      onDragOver={p.onDropFile ? (e) => e.dataTransfer.types.includes('Files') && e.preventDefault() : undefined}
      onDrop={p.onDropFile ? (e) => e.dataTransfer.files[0] && (e.preventDefault(), p.onDropFile!(e.dataTransfer.files[0])) : undefined}
    >
      <div className="flex items-center justify-between gap-2">
        <Heading className={p.embed ? 'mr-auto text-sm font-semibold' : 'mr-auto text-base font-semibold'}>{p.title}</Heading>
        {p.tools}
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
      {p.caption ? <figcaption className="text-sm leading-relaxed text-slate-600 dark:text-slate-400">{p.caption}</figcaption> : null}
      {p.dialog}
    </figure>
  );
}
