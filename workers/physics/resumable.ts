/**
 * A long physics computation cut into chunks: a generator that yields between two chunks and returns the
 * result. Each yield may hand over a snapshot function (the partial result so far, built only when asked
 * for). The arithmetic is that of the plain loop; only where it may pause is new. The worker surface
 * (workers/jobApi.ts) runs such a job a few milliseconds at a time, returning to its message loop in
 * between, so a cancel message can arrive and stop it (no SharedArrayBuffer: the page must stay
 * embeddable), and posts a snapshot about every 100 ms of work. Node callers (CLI, tests) `drain` it.
 */
export type Resumable<R, P = unknown> = Generator<(() => P) | undefined, R, void>;

export function isResumable(x: unknown): x is Resumable<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as Generator).next === 'function' && typeof (x as Generator).return === 'function';
}

/** Run a resumable computation to its end, synchronously; `onSnapshot` sees every snapshot offered. */
export function drain<R, P>(job: Resumable<R, P>, onSnapshot?: (partial: P) => void): R {
  for (;;) {
    const s = job.next();
    if (s.done) return s.value;
    if (onSnapshot && s.value) onSnapshot(s.value());
  }
}

/**
 * A resumable computation seen through two maps: its snapshots through `snapshot`, its result through `result`
 * (both built only when asked for). Stopping the mapped one (`return()`, a cancel) stops the inner one too.
 */
export function* mapResumable<R, P, R2, P2>(job: Resumable<R, P>, result: (r: R) => R2, snapshot: (p: P) => P2): Resumable<R2, P2> {
  try {
    for (;;) {
      const s = job.next();
      if (s.done) return result(s.value);
      const offered = s.value;
      yield offered && (() => snapshot(offered()));
    }
  } finally {
    // a no-op when the inner job is over; else it runs the inner job's `finally` (its clean-up)
    job.return(undefined as never);
  }
}

/**
 * A resumable computation that offers `snapshot` at each of its pauses, in place of its own snapshots: a result
 * computed before it (a coarse preview) stays on offer while the finer one runs. Stopping it stops the inner one.
 */
export function* offering<R, P>(job: Resumable<R, unknown>, snapshot: (() => P) | undefined): Resumable<R, P> {
  try {
    for (let s = job.next(); ; s = job.next()) {
      if (s.done) return s.value;
      yield snapshot;
    }
  } finally {
    job.return(undefined as never);
  }
}

/** One of several runs advanced in lockstep: `advance(n)` takes up to n more steps and tells whether it is over. */
export interface LockstepRun {
  advance(maxSteps: number): boolean;
  /** steps taken so far, of `total` */
  taken(): number;
  readonly total: number;
}

/**
 * Advance `runs` together, `chunk` steps each in turn, until all are over, reporting the fraction of all steps
 * taken (every ~1 %) and offering `snapshot` at every pause but the last. Each run does its own arithmetic, so
 * cutting the runs into chunks changes no number: the runs end as if run one after another.
 */
export function* inLockstep<P>(runs: readonly LockstepRun[], chunk: number, onProgress?: (fraction: number) => void, snapshot?: () => P): Generator<(() => P) | undefined, void, void> {
  const total = runs.reduce((a, r) => a + r.total, 0);
  let lastReport = 0;
  for (let over = false; !over; ) {
    over = true;
    for (const r of runs) over = r.advance(chunk) && over;
    const taken = runs.reduce((a, r) => a + r.taken(), 0);
    if (onProgress && taken - lastReport >= total / 100) {
      onProgress(taken / total);
      lastReport = taken;
    }
    if (!over) yield snapshot;
  }
}
