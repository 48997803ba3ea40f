import type { Job } from './physics/manifest.ts';
import { isResumable, type Resumable } from './physics/resumable.ts';
import { transferable } from './transfer.ts';

/**
 * How long a resumable job runs before returning to the message loop (a cancel can then arrive), ms: a slider step
 * waits up to this for the theory worker to leave the previous request's job (the turn itself costs ~0.1 ms).
 */
const SLICE_MS = 10;
/**
 * How often a resumable job posts its partial result, ms of work. The first comes after one slice: a reader who
 * stepped a slider sees the new value's run begin (coarse, then finer) instead of the old run dimmed for 100 ms.
 */
const PARTIAL_MS = 100;

/**
 * Progress reports reach the page at most this often, ms: each is a message round trip that the page's main
 * thread answers (comlink), and a job reporting every point of its grid made those round trips a fifth of the
 * page's work during a slider storm. The pool's liveness budget is seconds (src/compute/budget.ts).
 */
const PROGRESS_MS = 50;

/**
 * While paced, a resumable job rests this long after each slice (the worker works under a third of the time): the pool paces the
 * runs workers while a figure on screen waits for theory, so that on 2 cores the theory worker and the page's
 * main thread are not slowed by the runs they share the machine with (src/compute/pool.ts `pace`).
 */
const REST_MS = 25;

/** A job stopped by a cancel message between two chunks (the pool knows it by this name). */
class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** The job wrappers' signature: the pool passes each call an id, which `cancel({ id })` names. */
type Wrapped = (req: never, onProgress?: (f: number) => void, onPartial?: (p: unknown) => void, id?: number) => unknown;

/**
 * The worker's API object from the models' job sets: every job wrapped so that its final result's typed
 * arrays are transferred (partial results are cloned: a job may keep filling what it posted), plus `ping`,
 * `cancel` and `pace`. A job that returns a resumable computation (workers/physics/resumable.ts) runs in slices
 * of ~10 ms with a turn of the message loop in between, stops when a `cancel` for its id has arrived,
 * and posts its snapshot through onPartial after its first slice, then every ~100 ms of work.
 * workers/api.ts builds it from the registry (Node: CLI bench, tests); physics.worker.ts from the
 * `jobs.ts` files it finds (the browser worker then carries no schema, CLI or bench code).
 */
export function jobApi(jobSets: readonly object[]): Record<string, Wrapped> {
  const running = new Set<number>();
  const cancelled = new Set<number>();
  let paced = false;
  const api: Record<string, Wrapped> = {
    /** a no-op round trip, for the latency benchmark and the pool's health checks */
    ping: (req: never) => req,
    /**
     * Ask a running resumable job to stop at its next pause; true when it will (answered at that pause).
     * A job already over answers false; a synchronous one cannot answer before it is over.
     */
    cancel: (req: never) => {
      const { id } = req as { id: number };
      if (!running.has(id)) return false;
      cancelled.add(id);
      return true;
    },
    /** Rest REST_MS after each slice of the resumable jobs (`on`), or run them flat out: the pool's "theory first". */
    pace: (req: never) => {
      paced = (req as { on: boolean }).on === true;
      return paced;
    },
  };
  for (const set of jobSets) {
    for (const [name, job] of Object.entries(set) as [string, Job][]) {
      if (name in api) throw new Error(`job "${name}" is declared twice`);
      api[name] = (req, onProgress, onPartial, id = 0) => {
        const r = job(req, onProgress && throttled(onProgress), onPartial as never);
        if (!isResumable(r)) return transferable(r);
        running.add(id);
        return drive(r, onPartial, () => cancelled.has(id), () => paced).then(transferable).finally(() => {
          running.delete(id);
          cancelled.delete(id);
        });
      };
    }
  }
  return api;
}

/** `report`, passed on when PROGRESS_MS have gone by since the last report passed on (the first always). */
function throttled(report: (f: number) => void): (f: number) => void {
  let last = -Infinity;
  return (f) => {
    const t = performance.now();
    if (t - last < PROGRESS_MS) return;
    last = t;
    report(f);
  };
}

async function drive(job: Resumable<unknown>, onPartial: ((p: unknown) => void) | undefined, isCancelled: () => boolean, isPaced: () => boolean): Promise<unknown> {
  let sliceStart = performance.now();
  // as if one had been posted PARTIAL_MS − SLICE_MS before the start: the first is due after one slice
  let posted = sliceStart - (PARTIAL_MS - SLICE_MS);
  for (;;) {
    const s = job.next();
    if (s.done) return s.value;
    const t = performance.now();
    if (onPartial && s.value && t - posted >= PARTIAL_MS) {
      onPartial(s.value());
      posted = t;
    }
    if (t - sliceStart >= SLICE_MS) {
      await (isPaced() ? rest(REST_MS) : messageLoopTurn());
      if (isCancelled()) {
        job.return(undefined);
        throw new Cancelled();
      }
      sliceStart = performance.now();
    }
  }
}

/** Resolve after the messages already queued (a cancel) have been handled: a MessageChannel round trip, not clamped like setTimeout. */
function messageLoopTurn(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Resolve after `ms`, the worker idle meanwhile (queued messages are handled). */
function rest(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
