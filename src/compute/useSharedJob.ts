import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { JobName, JobRequest, JobResult } from '../../workers/api.ts';
import type { WorkerPool } from './pool.ts';
import { done, forget, IDLE, PoolContext, useHeldWhileOutOfView, type JobOptions, type JobState } from './usePool.ts';
import { useReportJob } from './jobScope.ts';
import { useRetryWhile } from './retryScope.ts';
import { stableKey } from './stableKey.ts';

/**
 * `useJob` for a job that several figures read: every figure that calls it with the same `lane` shares ONE
 * request and ONE result. The first figure whose (value-equal) request is new starts the job; the others
 * only subscribe. So an expensive result that two figures draw (the committee learning curve of a
 * (K, act, Δ), the SGD ODE solve) is computed once, on one worker of the pool whatever its size. The lane
 * is cancelled when its last figure unmounts. Like useJob, the last result stays shown while the next one computes,
 * a new run clears the last error, and a failed run offers each reader's Retry a re-run of the same request
 * (one run, whichever reader asks). A resumable job's partial results are seen by the readers that ask for them
 * (`{ partial: true }`: a figure that draws the run as it grows); the others keep the last finished result, marked
 * stale until the new one is over.
 */
interface Lane {
  key: string | null;
  /** bumped per run: callbacks of a superseded run are ignored */
  run: number;
  users: number;
  /** what the readers of partial results see */
  state: JobState<unknown>;
  /** the same without the partial results: the last finished result stays until the next one */
  settled: JobState<unknown>;
  /** called with `urgent`: false for progress and partial results (drawn in a transition) */
  listeners: Set<(urgent: boolean) => void>;
}

const lanesOf = new WeakMap<WorkerPool, Map<string, Lane>>();

function laneOf(pool: WorkerPool | null, name: string): Lane | null {
  if (!pool) return null;
  let lanes = lanesOf.get(pool);
  if (!lanes) lanesOf.set(pool, (lanes = new Map()));
  let lane = lanes.get(name);
  if (!lane) lanes.set(name, (lane = { key: null, run: 0, users: 0, state: IDLE, settled: IDLE, listeners: new Set() }));
  return lane;
}

/**
 * Apply `next` to both views of the lane (`settled: null`: a partial result, which only `state` shows); `urgent`:
 * false for progress and partial results, which the readers draw in a transition.
 */
function update(lane: Lane, next: Partial<JobState<unknown>>, settled: Partial<JobState<unknown>> | null = next, urgent = true): void {
  lane.state = { ...lane.state, ...next };
  if (settled) lane.settled = { ...lane.settled, ...settled };
  for (const l of lane.listeners) l(urgent);
}


/** A running job's partial result (the data of the run, not of the one before). */
const ofThisRun = (s: JobState<unknown>) => s.running && s.current && s.data !== null;

export function useSharedJob<M extends JobName>(name: string, method: M, req: JobRequest<M> | null, opts: JobOptions = {}): JobState<JobResult<M>> {
  const pool = useContext(PoolContext);
  const lane = laneOf(pool, name);
  const key = req === null ? null : stableKey(req);
  const reqRef = useRef(req);
  reqRef.current = req;
  const { cancel = 'cooperative', partial = false } = opts;

  // the lane's state, copied on each change; progress and partial results in a transition (as useJob's: a
  // streaming redraw yields to the reader's input; useSyncExternalStore would render each one at once, blocking)
  const read = () => (lane ? (partial ? lane.state : lane.settled) : IDLE);
  const [state, setState] = useState(read);
  const inView = useHeldWhileOutOfView();
  useEffect(() => {
    if (!lane) return;
    // reads the lane when it runs: drawn late (the next frame, or once in view), it draws the latest
    const view = () => (partial ? lane.state : lane.settled);
    let shown = view();
    const copy = () => {
      shown = view();
      setState(shown);
    };
    const onChange = (urgent = true) => {
      if (urgent) copy();
      // a run's first partial result makes the figure current: drawn even out of view (useHeldWhileOutOfView)
      else inView.draw(copy, ofThisRun(view()) && !ofThisRun(shown));
    };
    lane.listeners.add(onChange);
    onChange();
    return () => {
      lane.listeners.delete(onChange);
      forget(copy);
    };
  }, [lane, partial, inView]);

  // Retry forgets the lane's key, so the effect below runs the same request again
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    if (!lane || lane.state.running) return;
    lane.key = null;
    setAttempt((a) => a + 1);
  }, [lane]);
  useRetryWhile(state.error !== null && !state.running, retry);

  useEffect(() => {
    if (!pool || !lane || key === null || reqRef.current === null || lane.key === key) return;
    lane.key = key;
    const run = ++lane.run;
    const live = () => run === lane.run;
    const hit = pool.cached(method, reqRef.current);
    if (hit !== undefined) {
      pool.cancel(name);
      update(lane, done(hit));
      return;
    }
    const starting = { error: null, running: true, progress: 0, startedAt: performance.now() };
    update(lane, { ...starting, current: lane.state.data === null }, { ...starting, current: lane.settled.data === null });
    pool
      .run(name, method, reqRef.current, {
        cancel,
        onProgress: (f) => live() && lane.state.running && update(lane, { progress: f }, undefined, false),
        // always asked for: a reader that draws them may join after the run started (a job that is not resumable posts none)
        onPartial: (p) => live() && lane.state.running && update(lane, { data: p, current: true }, null, false),
      })
      .then(
        (data) => live() && update(lane, done(data)),
        (err: unknown) => {
          if (!live() || (err instanceof Error && err.name === 'Cancelled')) return;
          update(lane, { error: err instanceof Error ? err.message : String(err), progress: null, running: false, startedAt: null });
        },
      );
  }, [pool, lane, name, method, key, cancel, attempt]);

  useEffect(() => {
    if (!pool || !lane) return;
    lane.users++;
    return () => {
      if (--lane.users > 0) return;
      // the last reader left: stop the run, and start afresh when a figure comes back
      lane.run++;
      lane.key = null;
      lane.state = { ...lane.state, running: false, progress: null, startedAt: null };
      lane.settled = { ...lane.settled, running: false, progress: null, startedAt: null };
      pool.cancel(name);
    };
  }, [pool, lane, name]);

  useReportJob({ running: state.running, current: state.current, hasData: state.data !== null, progress: state.progress, startedAt: state.startedAt });
  // one lane holds the results of one method (`name` ↔ `method`): the store keeps them untyped
  return state as JobState<JobResult<M>>;
}
