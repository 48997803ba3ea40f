import { describe, expect, it } from 'vitest';
import { expose } from 'comlink';
import { Cancelled, DRAW_MS, PACE_WINDOW_MS, WorkerPool, WorkerTimeout, defaultPoolSize, type WorkerLike } from './pool.ts';
import { ResultCache } from './cache.ts';

/**
 * A Worker stand-in over a MessageChannel: comlink serves `api` on one port in this thread.
 * `terminate` closes the ports (like a killed worker); `crash` fires an 'error' event; `die` closes the
 * worker's side without a word (a worker closed or killed from outside).
 */
function fakeWorkerFactory(api: Record<string, (...a: never[]) => unknown>, log: { created: number; terminated: number }) {
  return (): WorkerLike & { crash(): void; die(): void } => {
    log.created++;
    const { port1, port2 } = new MessageChannel();
    expose(api, port1 as unknown as MessagePort);
    const target = new EventTarget();
    return {
      postMessage: (m: unknown, t?: Transferable[]) => port2.postMessage(m, t ?? []),
      addEventListener: (type: string, l: (ev: Event) => void) => (type === 'error' ? target.addEventListener(type, l) : port2.addEventListener(type, l as EventListener)),
      removeEventListener: (type: string, l: (ev: Event) => void) => (type === 'error' ? target.removeEventListener(type, l) : port2.removeEventListener(type, l as EventListener)),
      terminate: () => {
        log.terminated++;
        port1.close();
        port2.close();
      },
      crash: () => target.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' })),
      die: () => port1.close(),
    };
  };
}

/** A worker whose script fails to load: an 'error' event soon after it is created, and never an answer. */
function brokenWorkerFactory(log: { created: number; terminated: number; at: number[] }) {
  return (): WorkerLike => {
    log.created++;
    log.at.push(performance.now());
    const target = new EventTarget();
    setTimeout(() => target.dispatchEvent(Object.assign(new Event('error'), { message: 'Failed to fetch a worker script' })), 1);
    return {
      postMessage: () => {},
      addEventListener: (type: string, l: (ev: Event) => void) => target.addEventListener(type, l),
      removeEventListener: (type: string, l: (ev: Event) => void) => target.removeEventListener(type, l),
      terminate: () => void log.terminated++,
    };
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const api = {
  ping: (req: { t: number }) => req,
  /** an endless job: no progress, no result (for comlink in one thread, a promise that never settles) */
  hang: () => new Promise(() => {}),
  /** reports progress every `every` ms for `ms` in all */
  async beating(req: { ms: number; every: number }, onProgress?: (f: number) => void) {
    for (let t = 0; t < req.ms; t += req.every) {
      await sleep(req.every);
      void onProgress?.(t / req.ms);
    }
    return { v: 1 };
  },
  async slow(req: { ms: number; v: number }, onProgress?: (f: number) => void) {
    await onProgress?.(0.5);
    await sleep(req.ms);
    return { v: req.v, arr: Float64Array.of(req.v) };
  },
  async coarseFine(req: { v: number }, onProgress?: (f: number) => void, onPartial?: (r: { v: number }) => void) {
    await onPartial?.({ v: req.v / 10 });
    await onProgress?.(0.5);
    return { v: req.v };
  },
  fail(): never {
    throw new Error('bad parameters');
  },
};

describe('worker pool', () => {
  it('sizes itself as min(cores − 1, 4), at least 2 (one worker is kept for theory)', () => {
    expect(defaultPoolSize(1)).toBe(2);
    expect(defaultPoolSize(2)).toBe(2);
    expect(defaultPoolSize(4)).toBe(3);
    expect(defaultPoolSize(16)).toBe(4);
  });

  it('runs a job and reports progress, from DRAW_MS on (a job over sooner shows none)', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1);
    const seen: number[] = [];
    const r = await pool.run('fig', 'slow' as never, { ms: DRAW_MS + 50, v: 7 } as never, { onProgress: (f) => seen.push(f) });
    expect((r as unknown as { v: number }).v).toBe(7);
    expect(seen).toEqual([0.5]);
    const quick: number[] = [];
    await pool.run('fig', 'slow' as never, { ms: 1, v: 8 } as never, { onProgress: (f) => quick.push(f) });
    expect(quick).toEqual([]);
    pool.dispose();
  });

  it('passes partial results through onPartial before the final one; jobs without it are unaffected', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1);
    const partials: unknown[] = [];
    const r = await pool.run('pd', 'coarseFine' as never, { v: 40 } as never, { onPartial: (p) => partials.push(p) });
    expect((r as unknown as { v: number }).v).toBe(40);
    expect(partials).toEqual([{ v: 4 }]);
    const plain = await pool.run('pd', 'coarseFine' as never, { v: 50 } as never);
    expect((plain as unknown as { v: number }).v).toBe(50);
    pool.dispose();
  });

  it('latest wins on a lane: the older job is cancelled and only the newest resolves; a job that ignores its cancel is terminated after the grace', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1, { cancelGraceMs: 30 });
    const first = pool.run('fig', 'slow' as never, { ms: 200, v: 1 } as never);
    await sleep(5);
    const second = pool.run('fig', 'slow' as never, { ms: 1, v: 2 } as never);
    await expect(first).rejects.toBeInstanceOf(Cancelled);
    expect(((await second) as unknown as { v: number }).v).toBe(2);
    expect(log.terminated).toBe(1);
    expect(log.created).toBe(2);
    pool.dispose();
  });

  it('a job that cannot read its cancel (a synchronous loop) is not terminated when it ends within the grace: it finishes, its result cached', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1, { cache: new ResultCache() });
    const first = pool.run('fig', 'slow' as never, { ms: 120, v: 1 } as never);
    await sleep(5);
    const second = pool.run('fig', 'slow' as never, { ms: 1, v: 2 } as never);
    await expect(first).rejects.toBeInstanceOf(Cancelled);
    expect(((await second) as unknown as { v: number }).v).toBe(2);
    expect(log).toEqual({ created: 1, terminated: 0 });
    // the slider moved back: drawn from the cache
    expect(pool.cached('slow' as never, { ms: 120, v: 1 } as never)).toMatchObject({ v: 1 });
    pool.dispose();
  });

  it("'drop' lets the older job finish in the background and discards its result", async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1);
    const first = pool.run('pt', 'slow' as never, { ms: 30, v: 1 } as never, { cancel: 'drop' });
    const second = pool.run('pt', 'slow' as never, { ms: 1, v: 2 } as never, { cancel: 'drop' });
    await expect(first).rejects.toBeInstanceOf(Cancelled);
    expect(((await second) as unknown as { v: number }).v).toBe(2);
    expect(log.terminated).toBe(0);
    pool.dispose();
  });

  it('queued requests on a lane collapse to the latest; other lanes are untouched', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1);
    const busy = pool.run('a', 'slow' as never, { ms: 40, v: 0 } as never);
    const q1 = pool.run('b', 'slow' as never, { ms: 1, v: 1 } as never);
    const q2 = pool.run('b', 'slow' as never, { ms: 1, v: 2 } as never);
    await expect(q1).rejects.toBeInstanceOf(Cancelled);
    expect(((await busy) as unknown as { v: number }).v).toBe(0);
    expect(((await q2) as unknown as { v: number }).v).toBe(2);
    pool.dispose();
  });

  it('a job that throws fails with its message and the worker is replaced', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1);
    await expect(pool.run('x', 'fail' as never, {} as never)).rejects.toThrow('bad parameters');
    expect(log.created).toBe(2);
    expect(((await pool.run('x', 'slow' as never, { ms: 1, v: 3 } as never)) as unknown as { v: number }).v).toBe(3);
    pool.dispose();
  });

  it('a worker that dies fails its job and is replaced', async () => {
    const log = { created: 0, terminated: 0 };
    const workers: { crash(): void }[] = [];
    const make = fakeWorkerFactory(api, log);
    const pool = new WorkerPool(() => {
      const w = make();
      workers.push(w);
      return w;
    }, 1);
    const job = pool.run('x', 'slow' as never, { ms: 100, v: 1 } as never);
    await sleep(5);
    workers[0].crash();
    await expect(job).rejects.toThrow(/worker crashed: boom/);
    expect(log.created).toBe(2);
    expect(((await pool.run('x', 'slow' as never, { ms: 1, v: 4 } as never)) as unknown as { v: number }).v).toBe(4);
    pool.dispose();
  });

  describe('liveness', () => {
    it('a job silent past its budget fails with WorkerTimeout, its worker is replaced, and the next job runs', async () => {
      const log = { created: 0, terminated: 0 };
      const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1, { silenceMs: () => 80 });
      const t0 = performance.now();
      const job = pool.run('x', 'hang' as never, {} as never);
      await expect(job).rejects.toBeInstanceOf(WorkerTimeout);
      const waited = performance.now() - t0;
      expect(waited).toBeGreaterThanOrEqual(75);
      expect(waited).toBeLessThan(80 + 2000); // detected within 2 s of the deadline
      expect(log.terminated).toBe(1);
      expect(log.created).toBe(2);
      expect(((await pool.run('x', 'slow' as never, { ms: 1, v: 5 } as never)) as unknown as { v: number }).v).toBe(5);
      pool.dispose();
    });

    it('progress is a heartbeat: a job that beats more often than its budget may run far longer than it', async () => {
      const log = { created: 0, terminated: 0 };
      const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1, { silenceMs: () => 80 });
      const r = await pool.run('x', 'beating' as never, { ms: 300, every: 15 } as never);
      expect((r as unknown as { v: number }).v).toBe(1);
      expect(log.terminated).toBe(0);
      pool.dispose();
    });

    it('the budget comes from the request (silenceMs(method, req)), and a job may set its own', async () => {
      const log = { created: 0, terminated: 0 };
      const asked: [string, unknown][] = [];
      const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1, {
        silenceMs: (m, req) => {
          asked.push([m, req]);
          return 60_000;
        },
      });
      const own = pool.run('x', 'hang' as never, { n: 1 } as never, { silenceMs: 40 });
      await expect(own).rejects.toThrow(/no sign of life from the worker for 0.04 s/);
      expect(asked).toEqual([]);
      await pool.run('x', 'slow' as never, { ms: 1, v: 2 } as never);
      expect(asked).toEqual([['slow', { ms: 1, v: 2 }]]);
      pool.dispose();
    });

    it('a worker killed mid-job without an error event is detected by its silence; the other lane goes on', async () => {
      const log = { created: 0, terminated: 0 };
      const workers: { die(): void }[] = [];
      const make = fakeWorkerFactory(api, log);
      const pool = new WorkerPool(
        () => {
          const w = make();
          workers.push(w);
          return w;
        },
        2,
        { silenceMs: () => 100 },
      );
      const victim = pool.run('a', 'beating' as never, { ms: 1000, every: 20 } as never);
      await sleep(40);
      workers[0].die();
      const other = pool.run('b', 'beating' as never, { ms: 200, every: 20 } as never);
      await expect(victim).rejects.toBeInstanceOf(WorkerTimeout);
      expect(((await other) as unknown as { v: number }).v).toBe(1);
      expect(log.created).toBe(3);
      pool.dispose();
    });

    it('a failed start is respawned after a doubling backoff; after 5 in a row the pool stops with one message', async () => {
      const log = { created: 0, terminated: 0, at: [] as number[] };
      const pool = new WorkerPool(brokenWorkerFactory(log), 1, { backoffMs: 40 });
      const messages: (string | null)[] = [];
      const waits: (number | null)[] = [];
      pool.subscribe(() => {
        messages.push(pool.status().stopped);
        waits.push(pool.status().retryInMs);
      });
      const job = pool.run('x', 'slow' as never, { ms: 1, v: 1 } as never);
      let settled = false;
      job.then(
        () => (settled = true),
        () => (settled = true),
      );
      await sleep(40 + 80 + 160 + 400);
      expect(log.created).toBe(5);
      // the respawn waits the pool scheduled: immediate, then doubling; none after the 5th failure
      expect(waits).toEqual([0, 40, 80, 160, null]);
      const gaps = log.at.slice(1).map((t, i) => t - log.at[i]);
      expect(gaps[3]).toBeGreaterThanOrEqual(158); // the timers did wait (a lower bound only: no wall-clock ceiling)
      await sleep(400);
      expect(log.created).toBe(5); // stopped: no storm
      const stops = messages.filter((m, i) => m !== null && messages[i - 1] == null);
      expect(stops).toHaveLength(1);
      expect(stops[0]).toMatch(/failed to start 5 times in a row \(last: Failed to fetch a worker script\)/);
      expect(pool.status()).toMatchObject({ failures: 5 });
      // the job was not failed once per attempt: it waits for a worker
      expect(settled).toBe(false);
      expect(pool.stats()).toMatchObject({ queued: 1, workers: 0 });
      pool.restart();
      expect(pool.status().stopped).toBeNull();
      expect(log.created).toBe(6);
      pool.dispose();
      await expect(job).rejects.toBeInstanceOf(Cancelled);
    });

    it('a successful start resets the count; the queued job runs once a worker starts after restart()', async () => {
      const log = { created: 0, terminated: 0, at: [] as number[] };
      const good = fakeWorkerFactory(api, log);
      const bad = brokenWorkerFactory(log);
      let healthy = false;
      const pool = new WorkerPool(() => (healthy ? good() : bad()), 1, { backoffMs: 5, maxFailures: 3 });
      const job = pool.run('x', 'slow' as never, { ms: 1, v: 9 } as never);
      await sleep(60);
      expect(pool.status().stopped).toMatch(/3 times in a row/);
      healthy = true;
      pool.restart();
      expect(((await job) as unknown as { v: number }).v).toBe(9);
      expect(pool.status()).toEqual({ failures: 0, retryInMs: null, stopped: null });
      pool.dispose();
    });

    it('a worker that never answers its ping counts as a failed start', async () => {
      const log = { created: 0, terminated: 0 };
      const pool = new WorkerPool(fakeWorkerFactory({}, log) as () => WorkerLike, 1, { startupMs: 30, backoffMs: 5, maxFailures: 2 });
      await sleep(150);
      expect(pool.status().stopped).toMatch(/2 times in a row \(last: (no answer within 0.03 s|.*)\)/);
      expect(log.created).toBe(2);
      pool.dispose();
    });
  });

  it('one long job does not hold a short job on another lane when a second worker exists (head-of-line)', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 2);
    const order: string[] = [];
    const long = pool.run('sgd/curve', 'slow' as never, { ms: 400, v: 1 } as never).then(() => order.push('long'));
    await sleep(5);
    const shorts = ['sgd/overlaps', 'sgd/phase', 'sgd/overparam'].map((lane, i) =>
      pool.run(lane, 'slow' as never, { ms: 5, v: i } as never).then(() => order.push(lane)),
    );
    await Promise.all([long, ...shorts]);
    expect(order).toEqual(['sgd/overlaps', 'sgd/phase', 'sgd/overparam', 'long']);
    pool.dispose();
  });

  it('theory first on the CPU too: the runs worker is paced while a figure on screen waits for theory, then not', async () => {
    const log = { created: 0, terminated: 0 };
    const paced: [number, boolean][] = [];
    // each fake worker notes its own pace calls (worker index by creation order)
    let made = 0;
    const factory = () => {
      const k = made++;
      return fakeWorkerFactory({ ...api, pace: (req: { on: boolean }) => (paced.push([k, req.on]), req.on) }, log)();
    };
    const kindOf = (m: string) => (m === 'slow' ? 'theory' : 'finite') as 'theory' | 'finite';
    const pool = new WorkerPool(factory as () => WorkerLike, 2, { kindOf });
    await sleep(20); // both up
    const run = pool.run('runs', 'beating' as never, { ms: 1200, every: 20 } as never);
    await sleep(10);
    expect(paced).toEqual([]);
    await pool.run('theory', 'slow' as never, { ms: 60, v: 1 } as never);
    await sleep(10);
    // worker 1 (the runs) was paced while the theory ran, and let go after; worker 0 never
    expect(paced).toEqual([[1, true], [1, false]]);
    // theory off screen does not pace the runs
    pool.setVisible('hidden', false);
    await pool.run('hidden', 'slow' as never, { ms: 30, v: 2 } as never);
    expect(paced).toHaveLength(2);
    // a long theory job paces them for PACE_WINDOW_MS only, not for all its length
    const long = pool.run('theory', 'slow' as never, { ms: 600, v: 3 } as never);
    await sleep(20);
    expect(paced.at(-1)).toEqual([1, true]);
    await sleep(PACE_WINDOW_MS + 50);
    expect(paced.at(-1)).toEqual([1, false]);
    await long;
    await run;
    pool.dispose();
  });
});
