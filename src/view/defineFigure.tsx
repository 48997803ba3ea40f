import { useEffect, useRef, useState, useSyncExternalStore, type ComponentType, type ReactNode, type RefObject } from 'react';
import type { ParamsOf, Schema } from '../../workers/physics/schema.ts';
import { Figure } from './Figure.tsx';
import type { ChartHeight } from '../charts/useChartBox.ts';
import type { ChapterMeta, FigureViewProps } from '../chapters/types.ts';
import type { JobState } from '../compute/usePool.ts';
import { RetryScope, RetryScopeContext } from '../compute/retryScope.ts';
import { JobScope, JobScopeContext, VisibleContext } from '../compute/jobScope.ts';
import { useLinkFor } from './context.ts';
import { useModelParams } from './useModelParams.ts';

/** What the figure's body hands its frame: caption, export data, status and the chart. */
export interface FrameProps {
  caption?: ReactNode;
  /** CSV of what is plotted */
  csv: () => string;
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

/**
 * A figure of a chapter: the body computes (jobs) and draws (a chart); everything else — the typed
 * parameters, the SVG ref, link and embed code, height, title, JSON export of the parameters, progress
 * and error with its Retry button (every failed job of the body, retryScope.ts), the stale mark while a
 * job computes a newer request than the one drawn (jobScope.ts), and whether the figure is on screen
 * (an IntersectionObserver: the pool runs the jobs of figures on screen first) — is wired here once.
 * `id` must be one of `chapter.figures`.
 */
export function defineFigure<S extends Schema>(chapter: ChapterMeta<S>, id: string, fullHeight: number, Body: ComponentType<FigureBodyProps<S>>): ComponentType<FigureViewProps> {
  const meta = chapter.figures.find((f) => f.id === id);
  if (!meta) throw new Error(`chapter ${chapter.id} declares no figure "${id}"`);
  function FigureView({ embed }: FigureViewProps) {
    const p = useModelParams(chapter.params);
    const svgRef = useRef<SVGSVGElement>(null);
    const link = useLinkFor(id);
    const [retries] = useState(() => new RetryScope());
    const [jobScope] = useState(() => new JobScope());
    const frameRef = useRef<HTMLElement>(null);
    const visible = useOnScreen(frameRef);
    const stale = useSyncExternalStore(
      (l) => jobScope.subscribe(l),
      () => jobScope.isStale(),
    );
    const canRetry = useSyncExternalStore(
      (l) => retries.subscribe(l),
      () => retries.size() > 0,
    );
    const frame = ({ jobs = [], json, progress, error, caption, csv, children }: FrameProps) => (
      <Figure
        id={id}
        title={meta!.title}
        svgRef={svgRef}
        csv={csv}
        json={() => ({ chapter: chapter.id, figure: id, params: p, ...json?.() })}
        link={link}
        progress={progress !== undefined ? progress : (jobs.find((j) => j.progress !== null)?.progress ?? null)}
        error={error !== undefined ? error : (jobs.find((j) => j.error)?.error ?? null)}
        onRetry={canRetry ? () => retries.retryAll() : undefined}
        embed={embed}
        frameRef={frameRef}
        stale={stale ? jobScope : null}
        caption={embed ? undefined : caption}
      >
        {children}
      </Figure>
    );
    return (
      <RetryScopeContext.Provider value={retries}>
        <JobScopeContext.Provider value={jobScope}>
          <VisibleContext.Provider value={visible}>
            <Body p={p} embed={embed} height={embed ? 'fill' : fullHeight} svgRef={svgRef} frame={frame} />
          </VisibleContext.Provider>
        </JobScopeContext.Provider>
      </RetryScopeContext.Provider>
    );
  }
  FigureView.displayName = `Figure(${chapter.id}/${id})`;
  return FigureView;
}

/** Whether the element is on screen or near it (one viewport below: about to be scrolled to); true until told. */
function useOnScreen(ref: RefObject<HTMLElement | null>): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(([e]) => setVisible(e.isIntersecting), { rootMargin: '0px 0px 100% 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
  return visible;
}
