import { createContext, startTransition, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { JobName, JobRequest, JobResult } from '../../workers/api.ts';
import { silenceBudgetMs } from './budget.ts';
import { ResultCache } from './cache.ts';
import { InViewContext, useReportJob, VisibleContext } from './jobScope.ts';
import { Cancelled, DRAW_MS, WorkerPool, type RunOptions } from './pool.ts';
import { useRetryWhile } from './retryScope.ts';
import { stableKey } from './stableKey.ts';

export const PoolContext = createContext<WorkerPool | null>(null);

/** The browser pool: Vite bundles the worker only when `new Worker(new URL(...))` is written inline. */
export function createBrowserPool(): WorkerPool {
  return new WorkerPool(() => new Worker(new URL('../../workers/physics.worker.ts', import.meta.url), { type: 'module', name: 'physics' }), undefined, {
    silenceMs: silenceBudgetMs,
    cache: new ResultCache(),
  });
}

export interface JobState<T> {
  data: T | null;
  error: string | null;
  /** fraction done of the running job, or null when idle */
  progress: number | null;
  running: boolean;
  /** `data` belongs to the current request (its partial or final result), not to an older one */
  current: boolean;
  /** when the running job started (performance.now()), null when idle */
  startedAt: number | null;
}

export const IDLE: JobState<never> = { data: null, error: null, progress: null, running: false, current: true, startedAt: null };

export interface JobOptions extends Pick<RunOptions, 'cancel'> {
  /** the job reports intermediate results (its third argument): show each as `data` until the final one */
  partial?: boolean;
}

/**
 * Run a job whenever its request changes (compared by value) on the figure's lane; keep showing
 * the last result while the next one computes, so a dragged slider never flashes an empty chart (the
 * figure frame marks it stale meanwhile: jobScope.ts). A result already in the pool's cache is shown at
 * once. The figure's visibility (VisibleContext) sets the lane's priority.
 * `req = null` means "nothing to compute". A new run clears the last error; a failed run offers the
 * figure's Retry button (retryScope.ts) a re-run of the same request.
 * Progress and partial results are drawn in a transition: a long redraw of a streaming figure yields to the
 * reader's next slider step instead of delaying it (issue #10: they were the long tasks in front of a key
 * press); those of a figure out of view (InViewContext) are held until it comes into view. A final result or an
 * error is drawn at once (a transition would wait for the streaming ones).
 */
export function useJob<M extends JobName>(lane: string, method: M, req: JobRequest<M> | null, opts: JobOptions = {}): JobState<JobResult<M>> {
  const pool = useContext(PoolContext);
  const [state, setState] = useState<JobState<JobResult<M>>>(IDLE);
  const visible = useContext(VisibleContext);
  const inView = useHeldWhileOutOfView();
  const key = req === null ? null : stableKey(req);
  const reqRef = useRef(req);
  reqRef.current = req;
  const cancel = opts.cancel ?? 'cooperative';
  const partial = opts.partial ?? false;
  // bumped by Retry: the same request runs again
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  useRetryWhile(state.error !== null && !state.running, retry);

  useEffect(() => {
    if (!pool || key === null || reqRef.current === null) return;
    // seen before (a slider moved back): drawn from the cache, nothing runs
    const hit = pool.cached(method, reqRef.current);
    if (hit !== undefined) {
      pool.cancel(lane);
      setState(done(hit));
      return;
    }
    let alive = true;
    // Progress arrives on its own message port and can overtake the result: ignore it once settled.
    let settled = false;
    setState((s) => ({ ...s, error: null, running: true, progress: 0, current: s.data === null, startedAt: performance.now() }));
    // progress and partial results since the last draw, drawn together (one render for both)
    let patch: Partial<JobState<JobResult<M>>> | null = null;
    const draw = () => {
      const q = patch;
      patch = null;
      if (q && alive && !settled) setState((s) => ({ ...s, ...q }));
    };
    // the request's first partial result is drawn even out of view: the figure then shows this request, not stale
    let first = true;
    const push = (q: Partial<JobState<JobResult<M>>>) => {
      if (!alive || settled) return;
      patch = { ...patch, ...q };
      inView.draw(draw, first && q.data !== undefined);
      if (q.data !== undefined) first = false;
    };
    pool
      .run(lane, method, reqRef.current, {
        cancel,
        onProgress: (f) => push({ progress: f }),
        onPartial: partial ? (p) => push({ data: p as JobResult<M>, current: true }) : undefined,
      })
      .then(
        (data) => {
          settled = true;
          if (alive) setState(done(data));
        },
        (err: unknown) => {
          settled = true;
          if (!alive || err instanceof Cancelled || (err as Error)?.name === 'Cancelled') return;
          setState((s) => ({ ...s, error: err instanceof Error ? err.message : String(err), progress: null, running: false, startedAt: null }));
        },
      );
    return () => {
      alive = false;
      // a superseded request's pending draw (and the partial result it holds) goes: a page that paints no frames
      // (a background tab, an iframe off its slide) keeps nothing per step it is sent
      patch = null;
      forget(draw);
    };
  }, [pool, lane, method, key, cancel, partial, attempt, inView]);

  useEffect(() => pool?.setVisible(lane, visible), [pool, lane, visible]);
  useEffect(() => () => pool?.cancel(lane), [pool, lane]);
  useReportJob({ running: state.running, current: state.current, hasData: state.data !== null, progress: state.progress, startedAt: state.startedAt });
  return state;
}

/**
 * A state update from a worker's progress or partial result: rendered in a transition (interruptible, after the
 * reader's input), with every other one made meanwhile, at most once per DRAW_MS for the whole page (at the next
 * animation frame after that; `soon`: at the next frame, for a request's first partial result). One render for all
 * the streams and their progress, where each message was one: the landscapes chapter's cold load streams six jobs
 * (~140 renders, ~0.5 s of the main thread on a 2-core machine that the workers needed; per frame, then per DRAW_MS:
 * the chapter drawn in 3.3 → 3.2 → 3.1 s). `update` is kept once however often it is passed before it runs: it
 * should read what to draw when it runs.
 */
export function later(update: () => void, soon = false): void {
  queued.add(update);
  const wait = soon ? 0 : Math.max(0, lastDraw + DRAW_MS - performance.now());
  if (drawAt <= performance.now() + wait) return;
  drawAt = performance.now() + wait;
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    nextFrame(drawQueued);
  }, wait);
}

const queued = new Set<() => void>();

/** An update passed to `later` that is no longer wanted (its job superseded or its figure gone). */
export function forget(update: () => void): void {
  queued.delete(update);
}

/** when the next draw of the queue is due (performance.now()), Infinity when none is */
let drawAt = Infinity;
let timer: ReturnType<typeof setTimeout> | null = null;
let lastDraw = -Infinity;

const nextFrame = (f: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(f) : setTimeout(f, 16));

function drawQueued(): void {
  drawAt = Infinity;
  lastDraw = performance.now();
  const all = [...queued];
  queued.clear();
  startTransition(() => {
    for (const u of all) u();
  });
}

/**
 * The figure's in-view state (InViewContext) and `draw(update, now)`: `later(update)` while the figure is in view
 * or when `now`; out of view the last update is held and drawn (`later`) when the figure comes into view. Nobody
 * reads the progress of a figure scrolled away, and its redraws took the main thread's time from the one in view.
 * `now`: the first partial result of a request, which makes the figure current (no longer stale: the page's "every
 * figure shows the new value" holds after one partial of each).
 */
export function useHeldWhileOutOfView(): { draw: (update: () => void, now?: boolean) => void } {
  const inView = useContext(InViewContext);
  const inViewRef = useRef(inView);
  inViewRef.current = inView;
  const held = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!inView || !held.current) return;
    later(held.current);
    held.current = null;
  }, [inView]);
  const [api] = useState(() => ({
    draw: (update: () => void, now = false) => {
      if (inViewRef.current || now) later(update, now);
      else held.current = update;
    },
  }));
  return api;
}

/** The state of a finished job. */
export function done<T>(data: T): JobState<T> {
  return { data, error: null, progress: null, running: false, current: true, startedAt: null };
}

