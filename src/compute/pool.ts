import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { JobName, JobRequest, JobResult, PhysicsApi, ProgressFn } from '../../workers/api.ts';
import { jobKey, type ResultCache } from './cache.ts';
import { coalesced } from './coalesce.ts';
import { isStreaming, jobKind, priorityOf, type JobKind } from './priority.ts';

/**
 * A pool of physics workers with latest-wins lanes and priorities. Each figure submits to its own lane;
 * a newer request on a lane supersedes the older one:
 * - a queued older request is dropped;
 * - a running one is cancelled: the pool sends its worker a cancel message, which a resumable job
 *   (workers/jobApi.ts; every job but a few short ones, e.g. one-point solves) reads between two chunks (every ~10 ms) and stops on;
 *   a short synchronous job (a one-point solve, asked for with `cancel: 'drop'`) cannot read it and finishes, its
 *   result kept in the cache. Only a job that has not stopped `cancelGraceMs` (1 s) after the message is
 *   terminated with its worker (which is then started again).
 * A worker that throws or dies fails only its own jobs, and is replaced.
 *
 * Scheduling. Waiting jobs start by priority (src/compute/priority.ts): theory on screen, finite-size
 * runs on screen, then off screen (`setVisible(lane, false)`, from the figure frame's
 * IntersectionObserver), short jobs (`cancel: 'drop'`) first within each; ties in arrival order. With two workers or more, worker 0 runs theory only,
 * so a slider's theory curve never waits behind a simulation, and the other workers take the runs
 * first (theory when no run waits).
 *
 * Sharing a worker. A streaming job (one that runs in slices: `isStreaming`, priority.ts) may start on a runs
 * worker (not worker 0, which runs theory one job at a time) that runs only streaming jobs, up to `SHARED_JOBS` at a time (a share kept for figures on screen; theory on a
 * runs worker as one guest outside the count, beside at most one run): the worker then advances each a slice in turn (workers/jobApi.ts),
 * so every streaming figure of a chapter shows its first partial at once instead of waiting for the run ahead of
 * it to end (on a 2-core machine there is one worker for the runs). A worker terminated for one job (a cancel
 * ignored, silence) takes its other jobs down with it: those start again.
 *
 * Never twice. With a `ResultCache`, a request whose (job, request) is cached resolves from it at once,
 * and one equal to a job already queued or running joins it (one solve, every reader gets the result);
 * the job is cancelled only when its last reader has gone.
 *
 * Liveness. A worker running a job cannot answer a message until the job yields, so the job's own
 * callbacks are its heartbeat: every `onProgress` / `onPartial` call. Each job may stay silent
 * for a budget derived from its request (`silenceMs`, src/compute/budget.ts) — before its first beat and
 * between two; a job silent past it (an endless loop, a worker closed or killed from outside) is failed
 * with `WorkerTimeout` and its worker replaced, while the other workers go on.
 * A new worker must answer a `ping` within `startupMs` before it gets a job. A worker that fails to start
 * (script 404, syntax error, no answer) is respawned after a backoff that doubles (0, ¼ s, ½ s, 1 s, …);
 * after `maxFailures` failed starts in a row the pool stops respawning and reports ONE message through
 * `status()` / `subscribe()`; the queued jobs wait, and `restart()` tries again.
 */

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** A job that stayed silent past its budget: its worker was terminated and replaced. */
export class WorkerTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`no sign of life from the worker for ${formatSeconds(budgetMs)} (this job's budget); the worker was stopped and replaced`);
    this.name = 'WorkerTimeout';
  }
}

/** Just what the pool needs of a Worker (so Node tests can pass a MessagePort-backed fake). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: string, listener: (ev: Event) => void): void;
  removeEventListener(type: string, listener: (ev: Event) => void): void;
  terminate(): void;
}

export interface RunOptions {
  onProgress?: ProgressFn;
  /**
   * Intermediate results of a progressive job (e.g. a coarse phase diagram before the fine one, the
   * seeds' trajectories so far): passed to the job as its third argument, a comlink proxy like
   * `onProgress`; silenced once the job is superseded. Jobs that do not take it ignore it.
   */
  onPartial?: (partial: unknown) => void;
  /**
   * How a superseded job stops: every job is sent a cancel message and terminated if it has not stopped within
   * `cancelGraceMs`. `'drop'` marks a short synchronous job (a one-point solve, a few ms), which goes first
   * among its kind (priority.ts) and, cancelled, finishes on its own.
   */
  cancel?: 'cooperative' | 'drop';
  /** how long this job may stay silent (ms); default: the pool's `silenceMs(method, req)` */
  silenceMs?: number;
}

export interface PoolTiming {
  /** a new worker must answer a ping within this (ms) before it gets jobs */
  startupMs: number;
  /** after the k-th failed start in a row the worker is respawned after 0 (k = 1), then backoffMs·2^(k−2) */
  backoffMs: number;
  /** failed starts in a row after which the pool stops respawning */
  maxFailures: number;
  /** how long a job may stay silent (ms), from its request: before its first progress report and between two */
  silenceMs: (method: string, req: unknown) => number;
  /** a cancelled job still running this long after its cancel message is terminated with its worker (ms) */
  cancelGraceMs: number;
  now: () => number;
}

export const DEFAULT_TIMING: PoolTiming = {
  startupMs: 15_000,
  backoffMs: 250,
  maxFailures: 5,
  silenceMs: () => 20_000,
  cancelGraceMs: 1000,
  now: () => performance.now(),
};

export interface PoolOptions extends Partial<PoolTiming> {
  /** results by (job, request): hits resolve at once, equal requests join one run */
  cache?: ResultCache;
  /** theory or finite-size, by job name (default: src/compute/priority.ts) */
  kindOf?: (method: string) => JobKind;
  /** whether a job runs in slices and may share a worker, by job name (default: src/compute/priority.ts) */
  streamingOf?: (method: string) => boolean;
}

/** At most this many streaming jobs share one worker (each then advances at 1/n of its speed). */
export const SHARED_JOBS = 3;

/**
 * A job's progress and partial results reach its readers at most this often, ms (the first at once: a stepped
 * slider's figure is current after one slice): each is a figure's re-render on the page's main thread.
 */
export const DRAW_MS = 100;

/** The runs are paced for at most this long after a figure on screen asked for theory, ms (`pace`). */
export const PACE_WINDOW_MS = 200;

export interface PoolStatus {
  /** failed worker starts in a row */
  failures: number;
  /** the wait before the next respawn after the last failed start (ms), null when none is due */
  retryInMs: number | null;
  /** set once the pool has stopped respawning: the one message the page shows */
  stopped: string | null;
}

/** One reader of a job: a lane's request, its callbacks and promise. */
interface Waiter {
  lane: string;
  opts: RunOptions;
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

interface Job {
  /** sent with the call, so that a cancel message names it */
  id: number;
  /** (job, request) by value when the pool has a cache, else null (no joining) */
  key: string | null;
  method: JobName;
  req: unknown;
  kind: JobKind;
  /** runs in slices: may share a worker with other streaming jobs */
  streaming: boolean;
  waiters: Waiter[];
  /** no reader left: cancelled (a running one may still be finishing its chunk) */
  stale: boolean;
  /** the last sign of life (start or a callback) and the silence allowed after it */
  lastBeat: number;
  silenceMs: number;
  /** the silence watch while it runs */
  timer: ReturnType<typeof setTimeout> | null;
  /** armed by a cooperative cancel: terminate the job's worker if it has not stopped in time */
  grace: ReturnType<typeof setTimeout> | null;
  /** when it was asked for (the pool's clock) */
  queuedAt: number;
  /** counts its starts: a start's result is taken only while it is the job's latest (a restarted job's first worker is gone) */
  starts: number;
}

interface Slot {
  worker: WorkerLike | null;
  remote: Remote<PhysicsApi> | null;
  /** 'starting': waiting for its ping; 'down': failed, waiting for a respawn (or stopped) */
  state: 'starting' | 'ready' | 'down';
  /** the jobs it runs: one, or up to SHARED_JOBS streaming ones (a cancelled one until it has stopped) */
  jobs: Job[];
  onError: (ev: Event) => void;
  /** the start-up watch (a ping within startupMs) */
  timer: ReturnType<typeof setTimeout> | null;
  /** told to pace its runs (workers/jobApi.ts `pace`) */
  paced: boolean;
}

/** Workers for `hardwareConcurrency` cores: cores − 1 up to 4, and at least 2 (one is kept for theory). */
export function defaultPoolSize(hardwareConcurrency = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2): number {
  return Math.max(2, Math.min((hardwareConcurrency || 2) - 1, 4));
}

type Call = (req: unknown, p?: ProgressFn, q?: (r: unknown) => void, id?: number) => Promise<unknown>;

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private disposed = false;
  private readonly timing: PoolTiming;
  private readonly cache: ResultCache | null;
  private readonly kindOf: (method: string) => JobKind;
  private readonly streamingOf: (method: string) => boolean;
  private readonly hidden = new Set<string>();
  private nextId = 1;
  private current: PoolStatus = { failures: 0, retryInMs: null, stopped: null };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly create: () => WorkerLike,
    readonly size = defaultPoolSize(),
    options: PoolOptions = {},
  ) {
    const { cache, kindOf, streamingOf, ...timing } = options;
    this.timing = { ...DEFAULT_TIMING, ...timing };
    this.cache = cache ?? null;
    this.kindOf = kindOf ?? jobKind;
    this.streamingOf = streamingOf ?? isStreaming;
    for (let i = 0; i < size; i++) {
      this.slots.push(downSlot());
      this.spawn(i);
    }
  }

  run<M extends JobName>(lane: string, method: M, req: JobRequest<M>, opts: RunOptions = {}): Promise<JobResult<M>> {
    if (this.disposed) return Promise.reject(new Error('pool disposed'));
    const key = this.cache ? jobKey(method, req) : null;
    if (key !== null && this.cache!.has(key)) {
      this.supersede(lane);
      return Promise.resolve(this.cache!.get(key) as JobResult<M>);
    }
    // the same (job, request) queued or running for any lane: join it rather than solve it twice
    const same = key === null ? undefined : [...this.queue, ...this.slots.flatMap((s) => s.jobs)].find((j) => !j.stale && j.key === key);
    this.supersede(lane, same);
    return new Promise<JobResult<M>>((resolve, reject) => {
      const waiter: Waiter = { lane, opts, resolve: resolve as (v: unknown) => void, reject };
      if (same) {
        // this lane's earlier reader of the same job (a Retry, a remount) hands over to the new one
        for (const w of same.waiters) if (w.lane === lane) w.reject(new Cancelled());
        same.waiters = [...same.waiters.filter((w) => w.lane !== lane), waiter];
        return;
      }
      const silenceMs = opts.silenceMs ?? this.timing.silenceMs(method, req);
      this.queue.push({
        id: this.nextId++, key, method, req, kind: this.kindOf(method), streaming: this.streamingOf(method), waiters: [waiter],
        stale: false, lastBeat: 0, silenceMs, timer: null, grace: null, starts: 0, queuedAt: this.timing.now(),
      });
      this.pumpSoon();
    });
  }

  /** The cached result of a (job, request), if any: a figure can draw it in the same frame. */
  cached<M extends JobName>(method: M, req: JobRequest<M>): JobResult<M> | undefined {
    return this.cache?.get(jobKey(method, req)) as JobResult<M> | undefined;
  }

  /** Cancel whatever runs or waits on a lane (e.g. when its figure unmounts). */
  cancel(lane: string): void {
    this.supersede(lane);
    this.pace();
  }

  /** A lane's figure scrolled out of (or into) view: its waiting jobs start after those on screen. */
  setVisible(lane: string, visible: boolean): void {
    if (visible === !this.hidden.has(lane)) return;
    if (visible) this.hidden.delete(lane);
    else this.hidden.add(lane);
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    if (this.paceTimer !== null) clearTimeout(this.paceTimer);
    for (const j of this.queue) rejectAll(j, new Cancelled());
    this.queue = [];
    for (const s of this.slots) {
      for (const j of s.jobs) rejectAll(j, new Cancelled());
      this.kill(s);
    }
    this.slots = [];
    this.listeners.clear();
  }

  /** For tests and the status line: how many jobs run and wait, how many workers are up. */
  stats(): { running: number; queued: number; workers: number } {
    return { running: this.slots.reduce((n, s) => n + s.jobs.length, 0), queued: this.queue.length, workers: this.slots.filter((s) => s.state !== 'down').length };
  }

  /** Failed starts in a row, and the message once the pool has stopped respawning (a stable object between changes). */
  status(): PoolStatus {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** After a stop: forget the failures and start the missing workers again (the queued jobs then run). */
  restart(): void {
    if (this.disposed) return;
    this.setStatus({ failures: 0, retryInMs: null, stopped: null });
    this.slots.forEach((s, i) => {
      if (s.state === 'down' && s.timer === null) this.spawn(i);
    });
  }

  private setStatus(next: PoolStatus): void {
    this.current = next;
    for (const l of this.listeners) l();
  }

  /** Remove the lane's reader from every job but `keep`; a job left without readers is cancelled. */
  private supersede(lane: string, keep?: Job): void {
    const leave = (job: Job): boolean => {
      const w = job.waiters.find((x) => x.lane === lane);
      if (!w || job === keep) return false;
      job.waiters = job.waiters.filter((x) => x !== w);
      w.reject(new Cancelled());
      return true;
    };
    this.queue = this.queue.filter((j) => {
      leave(j);
      return j.waiters.length > 0;
    });
    for (const s of this.slots) {
      for (const job of s.jobs) {
        if (job.stale || !leave(job) || job.waiters.length) continue;
        job.stale = true;
        this.cancelCooperatively(s, job);
      }
    }
  }

  /**
   * Ask the job's worker to stop it: a resumable job stops at its next pause (a few ms), a short synchronous one
   * when it is over. A job still running `cancelGraceMs` after the message ignored it: terminated with its worker.
   */
  private cancelCooperatively(s: Slot, job: Job): void {
    s.remote?.cancel({ id: job.id }).catch(() => {
      /* a worker without the cancel method, or closed: the grace timer decides */
    });
    job.grace = setTimeout(() => {
      job.grace = null;
      const i = this.slots.indexOf(s);
      if (i < 0 || !s.jobs.includes(job)) return;
      this.replace(i, job);
      this.pump();
    }, this.timing.cancelGraceMs);
  }

  /** Start a worker in slot i; it gets jobs once it has answered a ping. */
  private spawn(i: number): void {
    const slot: Slot = { ...downSlot(), state: 'starting' };
    this.slots[i] = slot;
    this.boot(
      slot,
      (reason) => (slot.state === 'starting' ? this.failedStart(slot, reason) : this.crashed(slot, reason)),
      () => {
        if (slot.state !== 'starting' || this.slots[i] !== slot) return;
        clearTimer(slot);
        slot.state = 'ready';
        if (this.current.failures) this.setStatus({ failures: 0, retryInMs: null, stopped: null });
        this.pump();
      },
    );
  }

  /**
   * Create `slot`'s worker: `fail(reason)` when it cannot be made (e.g. a URL the browser refuses outright), when
   * its script fails to load or throws, or when it has not answered the ping within `startupMs`; `ready()` once it
   * has answered.
   */
  private boot(slot: Slot, fail: (reason: string) => void, ready: () => void): void {
    try {
      slot.worker = this.create();
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
      return;
    }
    slot.remote = wrap<PhysicsApi>(slot.worker as unknown as Worker);
    slot.onError = (ev: Event) => {
      ev.preventDefault?.();
      fail((ev as ErrorEvent).message || 'the worker script failed to load or threw');
    };
    slot.worker.addEventListener('error', slot.onError);
    slot.timer = setTimeout(() => fail(`no answer within ${formatSeconds(this.timing.startupMs)}`), this.timing.startupMs);
    slot.remote.ping({ t: 0 }).then(ready, () => {
      /* closed before it answered: the error event or the startup timer decides */
    });
  }

  /** A worker that never became ready: respawn after a backoff, or stop after maxFailures in a row. */
  private failedStart(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || slot.state !== 'starting' || this.disposed) return;
    this.kill(slot);
    const failures = this.current.failures + 1;
    const { maxFailures, backoffMs } = this.timing;
    if (failures >= maxFailures || this.current.stopped) {
      const stopped =
        this.current.stopped ??
        `The computation worker failed to start ${failures} times in a row (last: ${reason}). The figures cannot update until it starts; check the connection and try again, or reload the page.`;
      this.setStatus({ failures, retryInMs: null, stopped });
      return;
    }
    const retryInMs = failures === 1 ? 0 : backoffMs * 2 ** (failures - 2);
    this.setStatus({ failures, retryInMs, stopped: null });
    slot.timer = setTimeout(() => {
      slot.timer = null;
      if (this.slots[i] === slot && !this.disposed && !this.current.stopped) this.spawn(i);
    }, retryInMs);
  }

  /** A ready worker died (uncaught error, out of memory): fail its jobs (any of them may be the cause) and replace it. */
  private crashed(slot: Slot, message: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const jobs = slot.jobs;
    this.replace(i);
    for (const job of jobs) if (!job.stale) rejectAll(job, new Error(`worker crashed: ${message}`));
    this.pump();
  }

  /**
   * Kill slot i's worker and start another. `culprit`: the job it is killed for — the worker's other live jobs go
   * back to the queue, to start again.
   */
  private replace(i: number, culprit?: Job): void {
    if (culprit) this.queue.unshift(...this.slots[i].jobs.filter((j) => j !== culprit && !j.stale));
    this.kill(this.slots[i]);
    if (!this.disposed) this.spawn(i);
  }

  private kill(s: Slot): void {
    clearTimer(s);
    for (const j of s.jobs) stopWatching(j);
    s.state = 'down';
    s.jobs = [];
    if (!s.worker) return;
    s.worker.removeEventListener('error', s.onError);
    try {
      s.remote?.[releaseProxy]();
    } catch {
      /* already closed */
    }
    s.worker.terminate();
    s.worker = null;
    s.remote = null;
  }

  /** Lower runs first: the best of its readers' priorities (a shared job is as urgent as its most urgent reader). */
  private priority(job: Job): number {
    return Math.min(...job.waiters.map((w) => priorityOf(job.kind, !this.hidden.has(w.lane), w.opts.cancel === 'drop')));
  }

  /**
   * The next job for a slot. One worker: the most urgent. Two or more: worker 0 takes theory only, by
   * priority; the others take finite-size runs first (on screen first), then theory when no run waits —
   * so theory has a worker of its own and the runs are not held back by a queue of theory jobs.
   * A slot already running jobs takes the most urgent job only if it may join them (`mayJoin`); if not, nothing.
   */
  private take(slot: number): Job | null {
    const shared = this.slots.length > 1;
    const running = this.slots[slot].jobs.filter((j) => !j.stale);
    if (!this.slots[slot].jobs.every((j) => j.streaming)) return null;
    let best = -1;
    let bestP = Infinity;
    this.queue.forEach((j, k) => {
      if (shared && slot === 0 && j.kind !== 'theory') return;
      const p = this.priority(j) + (shared && slot > 0 && j.kind === 'theory' ? 10 : 0);
      if (p < bestP) [best, bestP] = [k, p];
    });
    // the most urgent job waits for the worker to be free when it cannot join its jobs: none of those after it
    // may join meanwhile (streaming jobs coming and going would hold a synchronous one off for ever)
    if (best < 0) return null;
    // worker 0 (theory) runs one job at a time: theory is short but for a few long streams (a DMFT), and two of
    // those in turn would both end late; the first, alone, is drawn sooner
    if (running.length > 0 && ((shared && slot === 0) || !this.mayJoin(this.queue[best], running, shared))) return null;
    return this.queue.splice(best, 1)[0];
  }

  /**
   * Whether streaming `job` may start beside the live jobs `running` (all streaming) on a runs worker (or the one
   * worker of a pool of one). Up to SHARED_JOBS of the jobs that worker is for (on a runs worker the finite-size
   * runs, else all), one share kept for the figures on screen: a job off screen joins only while two are free.
   * On a runs worker, theory is a guest — one at a time, outside the count, so the runs that come after it are
   * not locked out while worker 0 is busy — and only beside at most one run: on a worker that carries more, a
   * theory stream would crawl at a quarter of its speed and slow them all, where worker 0 is free again soon (the
   * landscapes chapter's second DMFT joined the three runs of its cold load: drawn at 3.9 s instead of 3.4 s).
   */
  private mayJoin(job: Job, running: readonly Job[], runsWorker: boolean): boolean {
    if (!job.streaming) return false;
    if (runsWorker && job.kind === 'theory') return !running.some((j) => j.kind === 'theory') && running.length <= 1;
    const own = runsWorker ? running.filter((j) => j.kind !== 'theory').length : running.length;
    const onScreen = job.waiters.some((w) => !this.hidden.has(w.lane));
    return own < SHARED_JOBS - (onScreen ? 0 : 1);
  }

  private pumpScheduled = false;

  /**
   * Pump once the caller's turn is over: the jobs a figure (or a render of several) asks for together are then
   * all queued when the worker picks the most urgent — a short marker point asked for after its curve goes first,
   * instead of waiting behind the curve that happened to be asked for a moment earlier on an idle worker.
   */
  private pumpSoon(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    queueMicrotask(() => {
      this.pumpScheduled = false;
      if (!this.disposed) this.pump();
    });
  }

  private pump(): void {
    this.slots.forEach((slot) => {
      while (slot.state === 'ready' && this.queue.length) {
        const job = this.take(this.slots.indexOf(slot));
        if (!job) return;
        this.start(slot, job);
      }
    });
    this.pace();
  }

  /**
   * Theory first, on the CPU too: while a figure on screen waits for theory (queued or running), the workers that
   * run only finite-size runs rest 25 ms after each 10 ms slice (workers/jobApi.ts `pace`). On 2 cores the theory worker, the
   * runs worker and the page's main thread share the machine (for PACE_WINDOW_MS after the theory was asked for): a slider step that restarted the spiked chapter's
   * runs slowed its theory curve's redraw (first figure redrawn p95 39 → 64 ms; with no run at all, 39 ms).
   */
  private paceTimer: ReturnType<typeof setTimeout> | null = null;

  private pace(): void {
    if (this.slots.length < 2) return;
    // only the theory a reader has just asked for: a long theory stream (a DMFT, seconds) would otherwise hold
    // the runs at a third of their speed for all its length (landscapes: cold load 2.8 → 3.1 s)
    const now = this.timing.now();
    const fresh = [...this.queue, ...this.slots.flatMap((s) => s.jobs)].filter(
      (j) => !j.stale && j.kind === 'theory' && now - j.queuedAt < PACE_WINDOW_MS && j.waiters.some((w) => !this.hidden.has(w.lane)),
    );
    const waiting = fresh.length > 0;
    if (this.paceTimer !== null) clearTimeout(this.paceTimer);
    this.paceTimer = waiting ? setTimeout(() => this.pace(), Math.min(...fresh.map((j) => j.queuedAt)) + PACE_WINDOW_MS - now) : null;
    this.slots.forEach((s, i) => {
      const on = waiting && i > 0 && s.jobs.every((j) => j.kind !== 'theory');
      if (s.state !== 'ready' || s.paced === on) return;
      s.paced = on;
      s.remote?.pace({ on }).catch(() => {
        /* closed: its replacement starts unpaced */
      });
    });
  }

  private start(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    const start = ++job.starts;
    const beat = () => {
      job.lastBeat = this.timing.now();
    };
    // to the readers while this start of the job runs, at most once per DRAW_MS (the heartbeat takes every one)
    const live = () => !job.stale && job.starts === start && slot.jobs.includes(job);
    const toReaders = <T>(pick: (o: RunOptions) => ((v: T) => void) | undefined, leading: boolean) =>
      coalesced((v: T) => live() && job.waiters.forEach((w) => pick(w.opts)?.(v)), DRAW_MS, this.timing.now, leading);
    // progress from DRAW_MS on (a figure starts a job at 0 %: an early report would only redraw it once more per
    // step); the first partial at once (the figure is then current)
    const onProgress = toReaders<number>((o) => o.onProgress, false);
    const progress = proxy((f: number) => {
      beat();
      onProgress(f);
    });
    const onPartial = toReaders<unknown>((o) => o.onPartial, true);
    const partial = job.waiters.some((w) => w.opts.onPartial)
      ? proxy((r: unknown) => {
          beat();
          onPartial(r);
        })
      : undefined;
    const method = slot.remote![job.method] as unknown as Call;
    // the progress callback is passed to every job: it is the heartbeat even when the figure shows no bar
    const call = method(job.req, progress, partial, job.id);
    beat();
    this.watch(slot, job);
    call.then(
      (result) => {
        if (job.starts !== start) return;
        if (job.key !== null) this.cache!.set(job.key, result);
        this.finish(slot, job, (w) => w.resolve(result));
      },
      (err) => job.starts === start && this.finish(slot, job, (w) => w.reject(err), true),
    );
  }

  /** Fail the job (and replace its worker) once it has been silent for longer than its budget. */
  private watch(slot: Slot, job: Job): void {
    const check = () => {
      job.timer = null;
      if (!slot.jobs.includes(job)) return;
      const left = job.lastBeat + job.silenceMs - this.timing.now();
      if (left > 0) {
        job.timer = setTimeout(check, left);
        return;
      }
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.replace(i, job);
      if (!job.stale) rejectAll(job, new WorkerTimeout(job.silenceMs));
      this.pump();
    };
    job.timer = setTimeout(check, job.silenceMs);
  }

  private finish(slot: Slot, job: Job, settle: (w: Waiter) => void, failed = false): void {
    if (slot.jobs.includes(job)) {
      slot.jobs = slot.jobs.filter((j) => j !== job);
      stopWatching(job);
      // A job that threw may have left the worker in a bad state: replace it (a cancelled one stopped cleanly).
      if (failed && !job.stale) {
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.replace(i, job);
      }
    }
    if (!job.stale) for (const w of job.waiters) settle(w);
    if (!this.disposed) this.pump();
  }
}

function rejectAll(job: Job, err: unknown): void {
  for (const w of job.waiters) w.reject(err);
}

function downSlot(): Slot {
  return { worker: null, remote: null, state: 'down', jobs: [], onError: () => {}, timer: null, paced: false };
}

function stopWatching(j: Job): void {
  if (j.timer !== null) clearTimeout(j.timer);
  if (j.grace !== null) clearTimeout(j.grace);
  j.timer = null;
  j.grace = null;
}

function clearTimer(s: Slot): void {
  if (s.timer !== null) clearTimeout(s.timer);
  s.timer = null;
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 10 ? Math.round(s) : Number(s.toPrecision(2))} s`;
}
