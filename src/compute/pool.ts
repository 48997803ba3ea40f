import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { JobName, JobRequest, JobResult, PhysicsApi, ProgressFn } from '../../workers/api.ts';

/**
 * A pool of physics workers with latest-wins lanes. Each figure submits to its own lane; a newer
 * request on a lane supersedes the older one:
 * - a queued older request is dropped;
 * - a running one is either terminated (`cancel: 'terminate'`, for long jobs: the worker is replaced)
 *   or left to finish and its result discarded (`cancel: 'drop'`, for jobs shorter than a worker start).
 * A worker that throws or dies fails only its own job, and is replaced.
 *
 * Liveness. A worker running a job cannot answer a message (the job is one synchronous loop), so the
 * job's own callbacks are its heartbeat: every `onProgress` / `onPartial` call. Each job may stay silent
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
   * Intermediate results of a progressive job (e.g. a coarse phase diagram before the fine one):
   * passed to the job as its third argument, a comlink proxy like `onProgress`; silenced once the
   * job is superseded. Jobs that do not take it ignore it.
   */
  onPartial?: (partial: unknown) => void;
  cancel?: 'terminate' | 'drop';
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
  now: () => number;
}

export const DEFAULT_TIMING: PoolTiming = {
  startupMs: 15_000,
  backoffMs: 250,
  maxFailures: 5,
  silenceMs: () => 20_000,
  now: () => performance.now(),
};

export interface PoolStatus {
  /** failed worker starts in a row */
  failures: number;
  /** the wait before the next respawn after the last failed start (ms), null when none is due */
  retryInMs: number | null;
  /** set once the pool has stopped respawning: the one message the page shows */
  stopped: string | null;
}

interface Job {
  lane: string;
  method: JobName;
  req: unknown;
  opts: RunOptions;
  resolve(v: unknown): void;
  reject(e: unknown): void;
  stale: boolean;
  /** the last sign of life (start or a callback) and the silence allowed after it */
  lastBeat: number;
  silenceMs: number;
}

interface Slot {
  worker: WorkerLike | null;
  remote: Remote<PhysicsApi> | null;
  /** 'starting': waiting for its ping; 'down': failed, waiting for a respawn (or stopped) */
  state: 'starting' | 'ready' | 'down';
  job: Job | null;
  onError: (ev: Event) => void;
  timer: ReturnType<typeof setTimeout> | null;
}

export function defaultPoolSize(hardwareConcurrency = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2): number {
  return Math.max(1, Math.min((hardwareConcurrency || 2) - 1, 4));
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private disposed = false;
  private readonly timing: PoolTiming;
  private current: PoolStatus = { failures: 0, retryInMs: null, stopped: null };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly create: () => WorkerLike,
    readonly size = defaultPoolSize(),
    timing: Partial<PoolTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
    for (let i = 0; i < size; i++) {
      this.slots.push(downSlot());
      this.spawn(i);
    }
  }

  run<M extends JobName>(lane: string, method: M, req: JobRequest<M>, opts: RunOptions = {}): Promise<JobResult<M>> {
    if (this.disposed) return Promise.reject(new Error('pool disposed'));
    this.supersede(lane);
    return new Promise<JobResult<M>>((resolve, reject) => {
      const silenceMs = opts.silenceMs ?? this.timing.silenceMs(method, req);
      this.queue.push({ lane, method, req, opts, resolve: resolve as (v: unknown) => void, reject, stale: false, lastBeat: 0, silenceMs });
      this.pump();
    });
  }

  /** Cancel whatever runs or waits on a lane (e.g. when its figure unmounts). */
  cancel(lane: string): void {
    this.supersede(lane);
  }

  dispose(): void {
    this.disposed = true;
    for (const j of this.queue) j.reject(new Cancelled());
    this.queue = [];
    for (const s of this.slots) {
      s.job?.reject(new Cancelled());
      this.kill(s);
    }
    this.slots = [];
    this.listeners.clear();
  }

  /** For tests and the status line: how many jobs run and wait, how many workers are up. */
  stats(): { running: number; queued: number; workers: number } {
    return { running: this.slots.filter((s) => s.job).length, queued: this.queue.length, workers: this.slots.filter((s) => s.state !== 'down').length };
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

  private supersede(lane: string): void {
    this.queue = this.queue.filter((j) => {
      if (j.lane !== lane) return true;
      j.reject(new Cancelled());
      return false;
    });
    this.slots.forEach((s, i) => {
      const job = s.job;
      if (!job || job.lane !== lane || job.stale) return;
      job.stale = true;
      job.reject(new Cancelled());
      if ((job.opts.cancel ?? 'terminate') === 'terminate') this.replace(i);
    });
  }

  /** Start a worker in slot i; it gets jobs once it has answered a ping. */
  private spawn(i: number): void {
    const slot: Slot = { worker: null, remote: null, state: 'starting', job: null, onError: () => {}, timer: null };
    this.slots[i] = slot;
    try {
      slot.worker = this.create();
    } catch (e) {
      // e.g. a worker URL the browser refuses outright
      this.failedStart(slot, e instanceof Error ? e.message : String(e));
      return;
    }
    slot.remote = wrap<PhysicsApi>(slot.worker as unknown as Worker);
    slot.onError = (ev: Event) => {
      ev.preventDefault?.();
      const message = (ev as ErrorEvent).message || 'the worker script failed to load or threw';
      if (slot.state === 'starting') this.failedStart(slot, message);
      else this.crashed(slot, message);
    };
    slot.worker.addEventListener('error', slot.onError);
    slot.timer = setTimeout(() => this.failedStart(slot, `no answer within ${formatSeconds(this.timing.startupMs)}`), this.timing.startupMs);
    slot.remote.ping({ t: 0 }).then(
      () => {
        if (slot.state !== 'starting' || this.slots[i] !== slot) return;
        clearTimer(slot);
        slot.state = 'ready';
        if (this.current.failures) this.setStatus({ failures: 0, retryInMs: null, stopped: null });
        this.pump();
      },
      () => {
        /* closed before it answered: the error event or the startup timer decides */
      },
    );
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

  /** A ready worker died (uncaught error, out of memory): fail its job and replace it. */
  private crashed(slot: Slot, message: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const job = slot.job;
    this.replace(i);
    if (job && !job.stale) job.reject(new Error(`worker crashed: ${message}`));
    this.pump();
  }

  private replace(i: number): void {
    this.kill(this.slots[i]);
    if (!this.disposed) this.spawn(i);
  }

  private kill(s: Slot): void {
    clearTimer(s);
    s.state = 'down';
    s.job = null;
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

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.state !== 'ready' || slot.job || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      const beat = () => {
        job.lastBeat = this.timing.now();
      };
      const progress = proxy((f: number) => {
        beat();
        if (!job.stale) job.opts.onProgress?.(f);
      });
      const partial = job.opts.onPartial
        ? proxy((r: unknown) => {
            beat();
            if (!job.stale) job.opts.onPartial!(r);
          })
        : undefined;
      const method = slot.remote![job.method] as unknown as (req: unknown, p?: ProgressFn, q?: (r: unknown) => void) => Promise<unknown>;
      // the progress callback is passed to every job: it is the heartbeat even when the figure shows no bar
      const call = partial ? method(job.req, progress, partial) : method(job.req, progress);
      beat();
      this.watch(slot, job);
      call.then(
        (result) => this.finish(slot, job, () => job.resolve(result)),
        (err) => this.finish(slot, job, () => job.reject(err), true),
      );
    }
  }

  /** Fail the job (and replace its worker) once it has been silent for longer than its budget. */
  private watch(slot: Slot, job: Job): void {
    const check = () => {
      slot.timer = null;
      if (slot.job !== job) return;
      const left = job.lastBeat + job.silenceMs - this.timing.now();
      if (left > 0) {
        slot.timer = setTimeout(check, left);
        return;
      }
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.replace(i);
      if (!job.stale) job.reject(new WorkerTimeout(job.silenceMs));
      this.pump();
    };
    slot.timer = setTimeout(check, job.silenceMs);
  }

  private finish(slot: Slot, job: Job, settle: () => void, failed = false): void {
    if (slot.job === job) {
      slot.job = null;
      clearTimer(slot);
      // A job that threw may have left the worker in a bad state: replace it.
      if (failed && !job.stale) {
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.replace(i);
      }
    }
    if (!job.stale) settle();
    if (!this.disposed) this.pump();
  }
}

function downSlot(): Slot {
  return { worker: null, remote: null, state: 'down', job: null, onError: () => {}, timer: null };
}

function clearTimer(s: Slot): void {
  if (s.timer !== null) clearTimeout(s.timer);
  s.timer = null;
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 10 ? Math.round(s) : Number(s.toPrecision(2))} s`;
}
