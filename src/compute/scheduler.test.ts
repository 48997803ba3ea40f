import { describe, expect, it } from 'vitest';
import { expose } from 'comlink';
import { jobApi } from '../../workers/jobApi.ts';
import type { Resumable } from '../../workers/physics/resumable.ts';
import { ResultCache } from './cache.ts';
import { Cancelled, SHARED_JOBS, WorkerPool, WorkerTimeout, type WorkerLike } from './pool.ts';

/**
 * The scheduler over the real worker surface (workers/jobApi.ts) served on MessageChannel fakes: priorities,
 * the worker kept for theory, cooperative cancellation of a resumable job, the result cache and joined runs.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves once `cond` holds (polled every ms): e.g. a job has started, however long its worker took to start. */
async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await sleep(1);
}

/** Busy-waits ms (one synchronous loop: it cannot read a cancel). */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

interface Log {
  created: number;
  terminated: number;
  calls: string[];
  /** chunks a resumable job went through after its cancel was sent */
  chunks: number;
}

function jobs(log: Log) {
  return {
    /** theory: a short solve */
    theory(req: { v: number }) {
      log.calls.push(`theory ${req.v}`);
      return { v: req.v };
    },
    /** a finite-size run in one synchronous loop of req.ms */
    finite(req: { v: number; ms: number }) {
      log.calls.push(`finite ${req.v}`);
      spin(req.ms);
      return { v: req.v };
    },
    /** a resumable finite-size run: req.chunks chunks of 5 ms, a snapshot after each */
    stream: (req: { chunks: number }) => chunked(log, 'stream', req.chunks),
    /** the same as a theory job (a DMFT, an SE curve) */
    theoryStream: (req: { chunks: number }) => chunked(log, 'theoryStream', req.chunks),
  };
}

function* chunked(log: Log, name: string, chunks: number): Resumable<{ done: number }, { done: number }> {
  log.calls.push(name);
  for (let k = 0; k < chunks; k++) {
    spin(5);
    log.chunks++;
    yield () => ({ done: k + 1 });
  }
  return { done: chunks };
}

const kindOf = (m: string): 'theory' | 'finite' => (m.startsWith('theory') ? 'theory' : 'finite');

function pool(size: number, log: Log, opts: ConstructorParameters<typeof WorkerPool>[2] = {}): WorkerPool {
  return new WorkerPool(
    () => {
      log.created++;
      const { port1, port2 } = new MessageChannel();
      expose(jobApi([jobs(log)]), port1 as unknown as MessagePort);
      return {
        postMessage: (m: unknown, t?: Transferable[]) => port2.postMessage(m, t ?? []),
        addEventListener: (type: string, l: (ev: Event) => void) => type !== 'error' && port2.addEventListener(type, l as EventListener),
        removeEventListener: (type: string, l: (ev: Event) => void) => port2.removeEventListener(type, l as EventListener),
        terminate: () => {
          log.terminated++;
          port1.close();
          port2.close();
        },
      } satisfies WorkerLike;
    },
    size,
    { kindOf, ...opts },
  );
}

const newLog = (): Log => ({ created: 0, terminated: 0, calls: [], chunks: 0 });
const run = (p: WorkerPool, lane: string, method: string, req: object, opts = {}) => p.run(lane, method as never, req as never, opts) as Promise<unknown>;

describe('scheduler', () => {
  it('starts waiting jobs by priority: theory on screen, finite-size on screen, then off screen; ties in order', async () => {
    const log = newLog();
    const p = pool(1, log);
    // a resumable job keeps the worker busy while the rest is queued (the fake worker shares this thread)
    const busy = run(p, 'busy', 'stream', { chunks: 12 });
    await until(() => log.calls.includes('stream'));
    p.setVisible('hidden-theory', false);
    p.setVisible('hidden-finite', false);
    const all = [
      run(p, 'hidden-finite', 'finite', { v: 1, ms: 1 }),
      run(p, 'visible-finite', 'finite', { v: 2, ms: 1 }),
      run(p, 'hidden-theory', 'theory', { v: 3 }),
      run(p, 'visible-theory', 'theory', { v: 4 }),
      run(p, 'visible-theory-2', 'theory', { v: 5 }),
    ];
    await Promise.all([busy, ...all]);
    expect(log.calls).toEqual(['stream', 'theory 4', 'theory 5', 'finite 2', 'theory 3', 'finite 1']);
    p.dispose();
  });

  it('a short job (cancel: drop, the marker at the slider value) starts before the longer theory queued with it', async () => {
    const log = newLog();
    const p = pool(1, log);
    const busy = run(p, 'busy', 'stream', { chunks: 12 });
    await until(() => log.calls.includes('stream'));
    // a slider step queues the curve first, then the marker's one-point solve
    const all = [run(p, 'curve', 'theory', { v: 1 }), run(p, 'finite', 'finite', { v: 2, ms: 1 }), run(p, 'point', 'theory', { v: 3 }, { cancel: 'drop' })];
    await Promise.all([busy, ...all]);
    expect(log.calls).toEqual(['stream', 'theory 3', 'theory 1', 'finite 2']);
    p.dispose();
  });

  it('jobs asked for in one turn start by priority even on an idle worker: the marker point before its curve', async () => {
    const log = newLog();
    const p = pool(1, log);
    await sleep(20); // the worker is up and idle
    const all = [run(p, 'curve', 'theory', { v: 1 }), run(p, 'point', 'theory', { v: 2 }, { cancel: 'drop' })];
    await Promise.all(all);
    expect(log.calls).toEqual(['theory 2', 'theory 1']);
    p.dispose();
  });

  it('with two workers, theory never waits behind finite-size runs: worker 0 takes theory only', async () => {
    const log = newLog();
    const p = pool(2, log);
    await sleep(20); // both workers up
    const finite = [run(p, 'a', 'finite', { v: 1, ms: 150 }), run(p, 'b', 'finite', { v: 2, ms: 150 })];
    await sleep(5);
    const t0 = performance.now();
    await run(p, 'c', 'theory', { v: 3 });
    // the second finite run waits for worker 1; theory went straight to worker 0
    expect(performance.now() - t0).toBeLessThan(100);
    expect(log.calls.slice(0, 2)).toEqual(['finite 1', 'theory 3']);
    await Promise.all(finite);
    expect(log.calls).toEqual(['finite 1', 'theory 3', 'finite 2']);
    p.dispose();
  });

  it('cooperative cancel: a resumable job stops at its next pause, its worker is kept, the next job runs on it', async () => {
    const log = newLog();
    const p = pool(1, log, { cancelGraceMs: 60_000 });
    const partials: unknown[] = [];
    const first = run(p, 'sim', 'stream', { chunks: 400 }, { onPartial: (x: unknown) => partials.push(x) });
    await sleep(250);
    const at = log.chunks;
    const second = run(p, 'sim', 'theory', { v: 9 });
    await expect(first).rejects.toBeInstanceOf(Cancelled);
    expect(await second).toEqual({ v: 9 });
    // stopped within a slice (10 ms = 2 chunks) of the message, not 400 chunks later; no worker terminated
    expect(log.chunks - at).toBeLessThan(40);
    expect(log.terminated).toBe(0);
    expect(log.created).toBe(1);
    // it streamed on the way: snapshots about every 100 ms of work
    expect(partials.length).toBeGreaterThanOrEqual(1);
    p.dispose();
  });

  it('a resumable job runs to the same result as drained, with snapshots on the way', async () => {
    const log = newLog();
    const p = pool(1, log);
    const partials: { done: number }[] = [];
    expect(await run(p, 'sim', 'stream', { chunks: 30 }, { onPartial: (x: unknown) => partials.push(x as { done: number }) })).toEqual({ done: 30 });
    expect(partials.length).toBeGreaterThanOrEqual(1);
    expect(partials.every((x, i) => i === 0 || x.done > partials[i - 1].done)).toBe(true);
    p.dispose();
  });

  it('cache: a request seen before resolves from the cache without a worker call (a slider moved back)', async () => {
    const log = newLog();
    const p = pool(1, log, { cache: new ResultCache() });
    expect(await run(p, 'fig', 'theory', { v: 1 })).toEqual({ v: 1 });
    expect(await run(p, 'fig', 'theory', { v: 2 })).toEqual({ v: 2 });
    expect(await run(p, 'other-figure', 'theory', { v: 1 })).toEqual({ v: 1 });
    expect(p.cached('theory' as never, { v: 2 } as never)).toEqual({ v: 2 });
    expect(log.calls).toEqual(['theory 1', 'theory 2']);
    p.dispose();
  });

  it('no duplicate solves: equal requests on two lanes join one run; it goes on while one reader is left', async () => {
    const log = newLog();
    const p = pool(2, log, { cache: new ResultCache() });
    const a = run(p, 'sgd/curve', 'stream', { chunks: 20 });
    const b = run(p, 'sgd/overlaps', 'stream', { chunks: 20 });
    await sleep(30);
    p.cancel('sgd/curve');
    await expect(a).rejects.toBeInstanceOf(Cancelled);
    expect(await b).toEqual({ done: 20 });
    expect(log.calls).toEqual(['stream']);
    expect(log.chunks).toBe(20);
    expect(log.terminated).toBe(0);
    p.dispose();
  });

  it('the cache is bounded in bytes, least recently used out', () => {
    const c = new ResultCache(3 * 8000 + 500);
    const r = () => ({ x: new Float64Array(1000) });
    c.set('a', r());
    c.set('b', r());
    c.set('c', r());
    c.get('a');
    c.set('d', r());
    expect(['a', 'b', 'c', 'd'].filter((k) => c.has(k))).toEqual(['a', 'c', 'd']);
    expect(c.bytes()).toBeLessThanOrEqual(c.maxBytes);
    c.set('huge', { x: new Float64Array(10_000) });
    expect(c.has('huge')).toBe(false);
  });
});

describe('streaming jobs share a worker', () => {
  const streamingOf = (m: string) => m === 'stream';
  /** a run on `lane` that notes when its first partial came and when it ended (performance.now) */
  function timed(p: WorkerPool, lane: string, chunks: number, opts = {}) {
    const t = { firstPartial: Infinity, end: Infinity };
    const done = run(p, lane, 'stream', { chunks }, { onPartial: () => (t.firstPartial = Math.min(t.firstPartial, performance.now())), ...opts }).then((r) => {
      t.end = performance.now();
      return r;
    });
    return { t, done };
  }

  it('a second streaming job on screen starts beside the first: it shows a partial before the first is over; both end as drained', async () => {
    const log = newLog();
    const p = pool(1, log, { streamingOf });
    const a = timed(p, 'a', 60); // 300 ms of 5 ms chunks
    await sleep(10);
    const b = timed(p, 'b', 20);
    expect(await a.done).toEqual({ done: 60 });
    expect(await b.done).toEqual({ done: 20 });
    expect(b.t.firstPartial).toBeLessThan(a.t.end);
    // b (100 ms of work) ends before a (300 ms), which it did not wait for
    expect(b.t.end).toBeLessThan(a.t.end);
    expect(log.created).toBe(1);
    p.dispose();
  });

  it('a synchronous job does not share: it starts once the streaming jobs are over, and later streams do not hold it off', async () => {
    const log = newLog();
    const p = pool(1, log, { streamingOf });
    const a = timed(p, 'a', 20);
    await sleep(10);
    const sync = run(p, 'sync', 'finite', { v: 1, ms: 1 }).then(() => performance.now());
    await sleep(5);
    const b = timed(p, 'b', 20); // could share with a, but the synchronous job came first: it waits behind it
    const [syncEnd] = await Promise.all([sync, a.done, b.done]);
    expect(syncEnd).toBeGreaterThan(a.t.end);
    expect(log.calls).toEqual(['stream', 'finite 1', 'stream']);
    p.dispose();
  });

  it('a run off screen joins only while two shares are free: one is kept for the figures on screen', async () => {
    const log = newLog();
    const p = pool(1, log, { streamingOf });
    p.setVisible('hidden', false);
    p.setVisible('hidden-2', false);
    const a = timed(p, 'a', 30);
    await sleep(10);
    const hidden = timed(p, 'hidden', 30); // one share in use: it joins
    await sleep(10);
    const hidden2 = timed(p, 'hidden-2', 12); // two in use: it waits for one to end
    await Promise.all([a.done, hidden.done, hidden2.done]);
    expect(hidden.t.firstPartial).toBeLessThan(a.t.end);
    expect(hidden2.t.firstPartial).toBeGreaterThan(Math.min(a.t.end, hidden.t.end));
    p.dispose();
  });

  it('worker 0 runs theory one job at a time; on the runs worker theory is one guest: a second theory stream waits, a run still joins', async () => {
    const log = newLog();
    const p = pool(2, log, { streamingOf: (m) => m === 'stream' || m === 'theoryStream' });
    await sleep(20); // both workers up
    const theory0 = [run(p, 't0', 'theoryStream', { chunks: 24 }).then(() => performance.now())];
    await sleep(5);
    const guestStart: number[] = [];
    const guest = run(p, 'guest', 'theoryStream', { chunks: 24 }, { onPartial: () => guestStart.push(performance.now()) }); // worker 0 is busy: worker 1 takes it
    await sleep(5);
    const second: number[] = [];
    const secondGuest = run(p, 'second', 'theoryStream', { chunks: 12 }, { onPartial: () => second.push(performance.now()) });
    await sleep(5);
    const finite = timed(p, 'run', 8);
    const ends = await Promise.all(theory0);
    await Promise.all([guest, secondGuest, finite.done]);
    expect(guestStart[0]).toBeLessThan(Math.min(...ends));
    // the run joined the guest on worker 1 at once; the second theory stream waited for a share on worker 0
    expect(finite.t.firstPartial).toBeLessThan(Math.min(...ends));
    expect(second[0]).toBeGreaterThan(Math.min(...ends));
    p.dispose();
  });

  it('theory joins a runs worker only beside at most one run: beside two it waits for worker 0 (a DMFT among the cold load\'s runs)', async () => {
    const log = newLog();
    const p = pool(2, log, { streamingOf: (m) => m === 'stream' || m === 'theoryStream' });
    await sleep(20); // both workers up
    const theory0 = run(p, 't0', 'theoryStream', { chunks: 16 }).then(() => performance.now());
    await until(() => log.calls.includes('theoryStream'));
    const runs = [run(p, 'r1', 'stream', { chunks: 40 }), run(p, 'r2', 'stream', { chunks: 40 })];
    await until(() => log.calls.filter((c) => c === 'stream').length === 2);
    const second: number[] = [];
    const waiting = run(p, 'second', 'theoryStream', { chunks: 4 }, { onPartial: () => second.push(performance.now()) });
    const end0 = await theory0;
    await Promise.all([waiting, ...runs]);
    // worker 1 carried two runs: the second theory stream started on worker 0 once the first was over
    expect(second[0]).toBeGreaterThanOrEqual(end0);
    p.dispose();
  });

  it(`at most ${SHARED_JOBS} live streaming jobs share a worker; the next starts when one ends`, async () => {
    const log = newLog();
    const p = pool(1, log, { streamingOf });
    const first = timed(p, 'l0', 12);
    await sleep(10);
    const others = Array.from({ length: SHARED_JOBS }, (_, k) => timed(p, `l${k + 1}`, 60));
    await Promise.all([first.done, ...others.map((o) => o.done)]);
    // the first SHARED_JOBS − 1 joined at once; the last waited for the first to end
    for (const o of others.slice(0, -1)) expect(o.t.firstPartial).toBeLessThan(first.t.end);
    expect(others.at(-1)!.t.firstPartial).toBeGreaterThan(first.t.end);
    p.dispose();
  });

  it('a worker terminated for one job (here: silent past its budget) starts its other jobs again on the new worker: their readers get their results', async () => {
    const log = newLog();
    const p = pool(1, log, { streamingOf });
    // a posts nothing its reader takes: no sign of life after its start, past its 120 ms budget
    const a = run(p, 'a', 'stream', { chunks: 100 }, { silenceMs: 120 });
    await sleep(10);
    let bPartials = 0;
    const b = run(p, 'b', 'stream', { chunks: 40 }, { onPartial: () => bPartials++ });
    await sleep(80);
    expect(bPartials).toBeGreaterThan(0); // b was running beside a
    await expect(a).rejects.toBeInstanceOf(WorkerTimeout); // the worker went, with b's run on it
    expect(await b).toEqual({ done: 40 });
    expect(log.terminated).toBe(1);
    expect(log.created).toBe(2);
    p.dispose();
  });
});
