import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { JobName, JobRequest, JobResult, PhysicsApi, ProgressFn } from '../../workers/api.ts';

/**
 * A pool of physics workers with latest-wins lanes. Each figure submits to its own lane; a newer
 * request on a lane supersedes the older one:
 * - a queued older request is dropped;
 * - a running one is either terminated (`cancel: 'terminate'`, for long jobs: the worker is replaced)
 *   or left to finish and its result discarded (`cancel: 'drop'`, for jobs shorter than a worker start).
 * A worker that throws or dies fails only its own job, and is replaced.
 */

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
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
}

interface Job {
  lane: string;
  method: JobName;
  req: unknown;
  opts: RunOptions;
  resolve(v: unknown): void;
  reject(e: unknown): void;
  stale: boolean;
}

interface Slot {
  worker: WorkerLike;
  remote: Remote<PhysicsApi>;
  job: Job | null;
  onError: (ev: Event) => void;
}

export function defaultPoolSize(hardwareConcurrency = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2): number {
  return Math.max(1, Math.min((hardwareConcurrency || 2) - 1, 4));
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private disposed = false;

  constructor(
    private readonly create: () => WorkerLike,
    readonly size = defaultPoolSize(),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run<M extends JobName>(lane: string, method: M, req: JobRequest<M>, opts: RunOptions = {}): Promise<JobResult<M>> {
    if (this.disposed) return Promise.reject(new Error('pool disposed'));
    this.supersede(lane);
    return new Promise<JobResult<M>>((resolve, reject) => {
      this.queue.push({ lane, method, req, opts, resolve: resolve as (v: unknown) => void, reject, stale: false });
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
  }

  /** For tests and the status line: how many jobs run and wait. */
  stats(): { running: number; queued: number; workers: number } {
    return { running: this.slots.filter((s) => s.job).length, queued: this.queue.length, workers: this.slots.length };
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
      if ((job.opts.cancel ?? 'terminate') === 'terminate') {
        this.kill(s);
        this.slots[i] = this.spawn();
      }
    });
  }

  private spawn(): Slot {
    const worker = this.create();
    const slot: Slot = { worker, remote: wrap<PhysicsApi>(worker as unknown as Worker), job: null, onError: () => {} };
    slot.onError = (ev: Event) => {
      // The worker died (uncaught error, failed module load): fail its job and replace it.
      ev.preventDefault?.();
      const i = this.slots.indexOf(slot);
      const job = slot.job;
      if (i >= 0) {
        this.kill(slot);
        this.slots[i] = this.spawn();
      }
      if (job && !job.stale) job.reject(new Error(`worker crashed: ${(ev as ErrorEvent).message ?? 'unknown error'}`));
      this.pump();
    };
    worker.addEventListener('error', slot.onError);
    return slot;
  }

  private kill(s: Slot): void {
    s.worker.removeEventListener('error', s.onError);
    try {
      s.remote[releaseProxy]();
    } catch {
      /* already closed */
    }
    s.worker.terminate();
    s.job = null;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      const progress = job.opts.onProgress ? proxy((f: number) => !job.stale && job.opts.onProgress!(f)) : undefined;
      const partial = job.opts.onPartial ? proxy((r: unknown) => !job.stale && job.opts.onPartial!(r)) : undefined;
      const method = slot.remote[job.method] as unknown as (req: unknown, p?: ProgressFn, q?: (r: unknown) => void) => Promise<unknown>;
      const call = partial ? method(job.req, progress, partial) : method(job.req, progress);
      call.then(
        (result) => this.finish(slot, job, () => job.resolve(result)),
        (err) => this.finish(slot, job, () => job.reject(err), true),
      );
    }
  }

  private finish(slot: Slot, job: Job, settle: () => void, failed = false): void {
    if (slot.job === job) {
      slot.job = null;
      if (failed && !job.stale) {
        // A job that threw may have left the worker in a bad state: replace it.
        const i = this.slots.indexOf(slot);
        this.kill(slot);
        if (i >= 0 && !this.disposed) this.slots[i] = this.spawn();
      }
    }
    if (!job.stale) settle();
    if (!this.disposed) this.pump();
  }
}
