import { createContext, useContext, useEffect, useId } from 'react';

/**
 * What a figure's jobs are doing, for its frame (src/view/defineFigure.tsx provides one scope per figure):
 * every `useJob` / `useSharedJob` of the figure reports its state here, and the frame marks the figure
 * stale — dimmed, "computing x %" and the time left — while a job runs and the figure still shows the
 * result of an older request. Partial results of the current request are not stale: a streaming run grows.
 *
 * `VisibleContext` says whether the figure is on screen (the frame's IntersectionObserver); `useJob` hands
 * it to the pool, which starts the jobs of figures on screen first. `InViewContext` says whether it is being read
 * (a third of it on screen): the progress and partial results of a figure out of view are drawn when it comes into
 * view (its final result at once).
 */
export interface ReportedJob {
  running: boolean;
  /** the data shown belongs to the request being computed (a partial or the final result) */
  current: boolean;
  hasData: boolean;
  progress: number | null;
  /** when the running job started (performance.now()), for the estimate of the time left */
  startedAt: number | null;
}

export interface Staleness {
  stale: boolean;
  /** the least advanced of the stale jobs: fraction done and estimated ms left (null until it can be told) */
  progress: number | null;
  etaMs: number | null;
}

export class JobScope {
  private readonly jobs = new Map<string, ReportedJob>();
  private readonly listeners = new Set<() => void>();
  private staleNow = false;

  report(id: string, job: ReportedJob | null): void {
    if (job) this.jobs.set(id, job);
    else this.jobs.delete(id);
    this.staleNow = [...this.jobs.values()].some(isStale);
    for (const l of this.listeners) l();
  }

  /** true while a job runs for a newer request than the one drawn (a stable boolean, for useSyncExternalStore) */
  isStale(): boolean {
    return this.staleNow;
  }

  staleness(now: number): Staleness {
    const stale = [...this.jobs.values()].filter(isStale);
    if (!stale.length) return { stale: false, progress: null, etaMs: null };
    const f = Math.min(...stale.map((j) => j.progress ?? 0));
    const started = Math.min(...stale.map((j) => j.startedAt ?? now));
    const elapsed = now - started;
    // linear in the fraction done: told once 2 % is done and 200 ms have passed (before that it is noise)
    const etaMs = f >= 0.02 && elapsed >= 200 ? (elapsed * (1 - f)) / f : null;
    return { stale: true, progress: f, etaMs };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const isStale = (j: ReportedJob) => j.running && j.hasData && !j.current;

export const JobScopeContext = createContext<JobScope | null>(null);

/** Whether the figure that runs the job is on screen (true outside a figure frame). */
export const VisibleContext = createContext(true);

/** Whether the figure that runs the job is in view, a third of it on screen (true outside a figure frame). */
export const InViewContext = createContext(true);

/** Report this job's state to the figure's scope while mounted. */
export function useReportJob(job: ReportedJob): void {
  const scope = useContext(JobScopeContext);
  const id = useId();
  const { running, current, hasData, progress, startedAt } = job;
  useEffect(() => {
    scope?.report(id, { running, current, hasData, progress, startedAt });
  }, [scope, id, running, current, hasData, progress, startedAt]);
  useEffect(() => () => scope?.report(id, null), [scope, id]);
}
