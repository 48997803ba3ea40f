import { memo, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ComponentType, type ReactNode, type RefObject } from 'react';
import { readParams, type ParamsOf, type ParamValues, type Schema } from '../../workers/physics/schema.ts';
import { ChartExtrasContext, type ChartExtras } from '../charts/extras.ts';
import { LineChart } from '../charts/LineChart.tsx';
import type { LineFigureData, Series } from '../charts/types.ts';
import type { CliCall } from '../cite/cli.ts';
import { InfoDialog } from '../cite/InfoDialog.tsx';
import { pinLabel } from '../compare/pinLabel.ts';
import { ghostFrame, PinGhost, pinKey, pinnedSeries, usePinnedCharts, type PinnedCharts } from '../compare/pinned.tsx';
import { OverlayDialog, overlayCode, type OverlayTarget } from '../overlay/lazy.ts';
import { overlaySeries } from '../overlay/overlaySeries.ts';
import { pointsCsv } from '../overlay/points.ts';
import { loadOverlay, saveOverlay, type StoredOverlay } from '../overlay/storage.ts';
import { FigureTools, PinChips } from './FigureTools.tsx';
import { Figure } from './Figure.tsx';
import type { ChartHeight } from '../charts/useChartBox.ts';
import type { ChapterMeta, FigureViewProps } from '../chapters/types.ts';
import type { JobState } from '../compute/usePool.ts';
import type { CsvTable } from '../charts/exportFigure.ts';
import type { ExportInfo } from './Figure.tsx';
import { RetryScope, RetryScopeContext } from '../compute/retryScope.ts';
import { InViewContext, JobScope, JobScopeContext, VisibleContext } from '../compute/jobScope.ts';
import { useApp, useApp$, useLinkFor } from './context.ts';
import { useTrackedParams } from './useModelParams.ts';

/** What the figure's body hands its frame: caption, export data, status and the chart. */
export interface FrameProps {
  caption?: ReactNode;
  /** CSV of what is plotted: the series (`seriesCsv`), or a finished table */
  csv: () => string | CsvTable;
  /** extra JSON export fields (chapter, figure and the parameters are always written) */
  json?: () => Record<string, unknown>;
  /** the jobs the figure shows: progress of the first running one, the first error */
  jobs?: readonly Pick<JobState<unknown>, 'progress' | 'error'>[];
  /** explicit status, when it is not simply that of `jobs` */
  progress?: number | null;
  error?: string | null;
  children: ReactNode;
}

export interface FigureBodyProps<S extends Schema> {
  /** the chapter's values, typed by its schema */
  p: ParamsOf<S>;
  embed: boolean;
  /** chart height: fixed in the full view, 'fill' (what the iframe leaves) in embed mode */
  height: ChartHeight;
  /** for the chart's `ref` (SVG and PNG export) */
  svgRef: RefObject<SVGSVGElement | null>;
  /** the figure's frame (title, export menu, progress, error, caption) around `children` */
  frame: (props: FrameProps) => ReactNode;
}

export interface FigureOptions<S extends Schema> {
  /** the CLI command(s) printing this figure's numbers at the values `p` (menu "Reproduce"; e2e/compare-cli.spec.ts compares them with the CSV) */
  cli?: (p: ParamsOf<S>) => CliCall[];
  /** the BibTeX keys of the papers the figure rests on (src/cite/bibliography.ts; menu "Cite"); default: every paper of the chapter's model */
  cites?: readonly string[];
}

/** What each figure declared, by `<chapter>/<figure>`, as its module is loaded (figureOptions.dom.test.tsx reads it). */
export const declaredFigures = new Map<string, FigureOptions<Schema>>();

type Dialog = { kind: 'overlay'; initial?: { name: string; text: string; error: string } } | { kind: 'cli' } | { kind: 'cite' } | null;

const NO_PINS: readonly ParamValues[] = [];

/** the x and y column names of the figure's CSV export (seriesCsv), when it is a table */
function csvNames(csv: string | CsvTable): [string | undefined, string | undefined] {
  return typeof csv === 'string' ? [undefined, undefined] : [csv.xName, csv.yName];
}

/**
 * A figure of a chapter: the body computes (jobs) and draws (a chart); everything else — the typed
 * parameters, the SVG ref, link and embed code, height, title, JSON export of the parameters, progress
 * and error with its Retry button (every failed job of the body, retryScope.ts), the stale mark while a
 * job computes a newer request than the one drawn (jobScope.ts), whether the figure is on screen (an
 * IntersectionObserver: the pool runs the jobs of figures on screen first), the pins (each a copy of the
 * body at the pinned values, src/compare/pinned.tsx), the reader's overlaid data (src/overlay/), the CLI
 * command and citation (src/cite/) — is wired here once. `id` must be one of `chapter.figures`.
 */
export function defineFigure<S extends Schema>(
  chapter: ChapterMeta<S>,
  id: string,
  fullHeight: number,
  Body: ComponentType<FigureBodyProps<S>>,
  options: FigureOptions<S> = {},
): ComponentType<FigureViewProps> {
  const meta = chapter.figures.find((f) => f.id === id);
  if (!meta) throw new Error(`chapter ${chapter.id} declares no figure "${id}"`);
  declaredFigures.set(`${chapter.id}/${id}`, options as FigureOptions<Schema>);
  function FigureView({ embed }: FigureViewProps) {
    // re-rendered only when a value the body reads changes (a slider step redraws the figures that follow it);
    // what is read at export time (file names, JSON, the CLI command) comes from the store then: `now()`
    const frameRef = useRef<HTMLElement>(null);
    // near the screen (a viewport below counts): its jobs run first; out of view: it follows a step in a transition
    const visible = useOnScreen(frameRef, NEAR);
    const inView = useOnScreen(frameRef, '0px', IN_VIEW);
    const p = useTrackedParams(chapter.params, !inView);
    const { store } = useApp();
    const now = () => readParams(chapter.params, store.getState().params);
    const svgRef = useRef<SVGSVGElement>(null);
    const link = useLinkFor(id);
    const present = useApp$((s) => !!s.present);
    const [retries] = useState(() => new RetryScope());
    const [jobScope] = useState(() => new JobScope());
    const stale = useSyncExternalStore(
      (l) => jobScope.subscribe(l),
      () => jobScope.isStale(),
    );
    const canRetry = useSyncExternalStore(
      (l) => retries.subscribe(l),
      () => retries.size() > 0,
    );
    const scope = `${chapter.id}/${id}`;
    const pins = useApp$((s) => s.pins[id]) ?? NO_PINS;
    const compare = useApp$((s) => s.compare) && pins.length > 0 && !embed;
    // the live values name the pins (what differs): only read (and so followed) while there are pins
    const live = useApp$((s) => (pins.length > 0 ? s.params : null));
    const addPin = useApp$((s) => s.addPin);
    const removePin = useApp$((s) => s.removePin);
    const clearPins = useApp$((s) => s.clearPins);
    const setCompare = useApp$((s) => s.setCompare);
    const keys = useMemo(() => pins.map((v) => pinKey(scope, chapter.params, v)), [scope, pins]);
    const pinned = usePinnedCharts(keys);
    const labels = live ? pins.map((v) => pinLabel(chapter.params, v, live)) : [];
    const [overlay, setOverlayState] = useState<StoredOverlay | null>(() => loadOverlay(scope));
    const [overlayNote, setOverlayNote] = useState<string | null>(null);
    const [dialog, setDialog] = useState<Dialog>(null);
    // the charts of the live body as last drawn (overlay scales and names, the two-up view's shared axes)
    const seen = useRef(new Map<string, LineFigureData>());
    const csvRef = useRef<() => string | CsvTable>(() => '');
    const target: OverlayTarget = {
      chart: () => {
        const first = overlay && seen.current.has(overlay.chart) ? overlay.chart : seen.current.keys().next().value;
        return first === undefined ? null : { id: first, data: seen.current.get(first)! };
      },
      csvNames: () => csvNames(csvRef.current()),
    };
    const setOverlay = (o: StoredOverlay | null) => {
      setOverlayState(o);
      setOverlayNote(saveOverlay(scope, o) ? null : 'too large for the browser storage: kept until the page is closed');
      setDialog(null);
    };
    const onDropFile = async (f: File) => {
      const { readFile, overlayFrom } = await overlayCode();
      const r = await readFile(f);
      const o = r.ok ? overlayFrom(f.name, r.text, target) : r;
      if (o.ok) setOverlay(o.overlay);
      else setDialog({ kind: 'overlay', initial: { name: f.name, text: r.ok && r.text.length <= 200_000 ? r.text : '', error: o.error } });
    };
    const extras: ChartExtras = {
      extra: (chartId, data) => {
        seen.current.set(chartId, data);
        return [...(compare || !live ? [] : pinnedSeries(chartId, pins, pinned, chapter.params, live)), ...overlaySeries(overlay, chartId, data.xScale)];
      },
      share: compare ? (chartId) => pinned[0]?.[chartId] : undefined,
    };
    const cli = dialog?.kind === 'cli' ? (options.cli?.(now()) ?? []) : [];
    const frame = ({ jobs = [], json, progress, error, caption, csv, children }: FrameProps) => {
      csvRef.current = csv;
      return (
      <Figure
        id={id}
        title={meta!.title}
        svgRef={svgRef}
        csv={() => exportCsv(csv(), pins, pinned, labels, overlay)}
        exportInfo={() => exportInfoOf(chapter, now())}
        json={() => ({ chapter: chapter.id, figure: id, params: now(), ...json?.() })}
        link={link}
        progress={progress !== undefined ? progress : (jobs.find((j) => j.progress !== null)?.progress ?? null)}
        error={error !== undefined ? error : (jobs.find((j) => j.error)?.error ?? null)}
        onRetry={canRetry ? () => retries.retryAll() : undefined}
        embed={embed}
        present={present}
        frameRef={frameRef}
        stale={stale ? jobScope : null}
        caption={embed ? undefined : caption}
        tools={
          embed ? undefined : (
            <FigureTools
              title={meta!.title}
              pins={labels}
              compare={compare}
              onPin={() => addPin(id)}
              onClearPins={() => clearPins(id)}
              onCompare={setCompare}
              onOverlay={() => setDialog({ kind: 'overlay' })}
              onReproduce={() => setDialog({ kind: 'cli' })}
              onCite={() => setDialog({ kind: 'cite' })}
              overlayName={overlay?.name ?? null}
            />
          )
        }
        below={
          embed ? undefined : (
            <>
              <PinChips labels={labels} onUnpin={(i) => removePin(id, i)} />
              {overlayNote ? <p className="text-xs text-slate-600 dark:text-slate-400">Your data: {overlayNote}</p> : null}
            </>
          )
        }
        onDropFile={embed ? undefined : (f) => void onDropFile(f)}
        dialog={
          dialog?.kind === 'overlay' ? (
            <OverlayDialog target={target} current={overlay} initial={dialog.initial} onApply={setOverlay} onClose={() => setDialog(null)} />
          ) : dialog ? (
            <InfoDialog mode={dialog.kind} title={meta!.title} model={chapter.id} cites={options.cites} cli={cli} onClose={() => setDialog(null)} />
          ) : null
        }
      >
        {compare ? <TwoUp pinned={pinned[0]} label={labels[0]} height={fullHeight} seen={seen.current}>{children}</TwoUp> : children}
      </Figure>
      );
    };
    return (
      <RetryScopeContext.Provider value={retries}>
        <ChartExtrasContext.Provider value={extras}>
          <JobScopeContext.Provider value={jobScope}>
            <VisibleContext.Provider value={visible}>
              <InViewContext.Provider value={inView}>
                <Body p={p} embed={embed} height={embed ? 'fill' : fullHeight} svgRef={svgRef} frame={frame} />
              </InViewContext.Provider>
            </VisibleContext.Provider>
          </JobScopeContext.Provider>
        </ChartExtrasContext.Provider>
        {pins.map((values, i) => (
          <PinGhost key={keys[i]} cacheKey={keys[i]}>
            <Body p={readParams(chapter.params, values)} embed={false} height={fullHeight} svgRef={ghostRef} frame={ghostFrame} />
          </PinGhost>
        ))}
      </RetryScopeContext.Provider>
    );
  }
  FigureView.displayName = `Figure(${chapter.id}/${id})`;
  // its own store subscriptions re-render it: the chapter page re-rendering does not
  return memo(FigureView);
}

/** pins' svg refs: a pinned copy draws nothing, nothing to export */
const ghostRef: RefObject<SVGSVGElement | null> = { current: null };

/**
 * The figure's CSV with its pinned curves (`pin<i>-<series>`, `<chart>:` first when the figure has several
 * charts) and the reader's points (`overlay`, lo/hi = y ∓ err), every point: as more series of the table,
 * or, for a figure that writes its own text, as blocks after a blank line each.
 */
function exportCsv(csv: string | CsvTable, pins: readonly ParamValues[], pinned: readonly (PinnedCharts | null)[], labels: readonly string[], overlay: StoredOverlay | null): string | CsvTable {
  if (typeof csv !== 'string') {
    const extra: Series[] = [];
    pins.forEach((_, i) => {
      const charts = Object.entries(pinned[i] ?? {});
      for (const [chart, data] of charts)
        for (const s of data.series) extra.push({ ...s, id: `${charts.length > 1 ? chart + ':' : ''}pin${i}-${s.id}`, label: `${labels[i]} (${s.label})` });
    });
    if (overlay) {
      const err = overlay.err;
      extra.push({ id: 'overlay', label: overlay.name, kind: 'points', x: overlay.x, y: overlay.y, lo: err ? overlay.y.map((v, k) => v - err[k]) : undefined, hi: err ? overlay.y.map((v, k) => v + err[k]) : undefined });
    }
    return extra.length ? { ...csv, series: [...csv.series, ...extra] } : csv;
  }
  let out = csv;
  const rows: string[] = [];
  pins.forEach((_, i) => {
    for (const [chart, data] of Object.entries(pinned[i] ?? {}))
      for (const s of data.series) for (let k = 0; k < s.x.length; k++) rows.push([i + 1, q(labels[i]), chart, q(s.id), s.x[k], s.y[k]].join(','));
  });
  if (rows.length) out += '\npin,pin_label,chart,series,x,y\n' + rows.join('\n') + '\n';
  if (overlay) out += '\n' + pointsCsv(overlay, 'x', 'y');
  return out;
}

const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * `compare=1`: the live figure and its first pinned state side by side, on shared axes (each chart's
 * domain covers both: ChartExtras.share).
 */
function TwoUp({ pinned, label, height, seen, children }: { pinned: PinnedCharts | null; label: string; height: number; seen: Map<string, LineFigureData>; children: ReactNode }) {
  const entry = pinned ? Object.entries(pinned)[0] : undefined;
  const share = useMemo<ChartExtras>(() => ({ share: (chartId) => seen.get(chartId.replace(/-pinned$/, '')) }), [seen]);
  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-2" data-compare>
      <div className="flex min-w-0 flex-col gap-1">
        <div className="text-xs font-semibold">live</div>
        {children}
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <div className="text-xs font-semibold">pinned: {label}</div>
        {entry ? (
          <ChartExtrasContext.Provider value={share}>
            <LineChart {...entry[1]} id={`${entry[0]}-pinned`} ariaLabel={`The same figure at the pinned state ${label}`} height={height} />
          </ChartExtrasContext.Provider>
        ) : (
          <div className="text-xs text-slate-500">computing…</div>
        )}
      </div>
    </div>
  );
}

/** Every parameter of the chapter as `key=value`, and those that differ from their defaults (file names). */
function exportInfoOf<S extends Schema>(chapter: ChapterMeta<S>, p: ParamsOf<S>): ExportInfo {
  const values: Readonly<Record<string, unknown>> = p;
  const params = chapter.params.map((spec) => [spec.key, String(values[spec.key])] as const);
  const changed = chapter.params.filter((spec) => values[spec.key] !== spec.default).map((spec) => [spec.key, String(values[spec.key])] as const);
  return { chapter: chapter.id, chapterTitle: chapter.title, params, changed };
}

/** The pool's "on screen": in view or one viewport below it (about to be scrolled to). */
const NEAR = '0px 0px 100% 0px';

/**
 * "In view", for a figure: a third of it or more on screen. A figure peeking in at the bottom is not being read; one
 * half scrolled away is (focusing a slider low in the sidebar scrolls the top figures up by half their height).
 */
const IN_VIEW = 1 / 3;

/** Whether at least `ratio` of the element (any part, by default) is within `rootMargin` of the viewport; true until told. */
function useOnScreen(ref: RefObject<HTMLElement | null>, rootMargin: string, ratio = 0): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(([e]) => setVisible(e.isIntersecting && e.intersectionRatio >= ratio), { rootMargin, threshold: ratio });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, rootMargin, ratio]);
  return visible;
}
