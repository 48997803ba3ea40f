import { describe, expect, it } from 'vitest';
import { expose } from 'comlink';
import { Cancelled, WorkerPool, defaultPoolSize, type WorkerLike } from './pool.ts';

/**
 * A Worker stand-in over a MessageChannel: comlink serves `api` on one port in this thread.
 * `terminate` closes the ports (like a killed worker); `crash` fires an 'error' event.
 */
function fakeWorkerFactory(api: Record<string, (...a: never[]) => unknown>, log: { created: number; terminated: number }) {
  return (): WorkerLike & { crash(): void } => {
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
    };
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const api = {
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
  it('sizes itself as min(cores − 1, 4), at least 1', () => {
    expect(defaultPoolSize(1)).toBe(1);
    expect(defaultPoolSize(2)).toBe(1);
    expect(defaultPoolSize(16)).toBe(4);
  });

  it('runs a job and reports progress', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1);
    const seen: number[] = [];
    const r = await pool.run('fig', 'slow' as never, { ms: 1, v: 7 } as never, { onProgress: (f) => seen.push(f) });
    expect((r as unknown as { v: number }).v).toBe(7);
    expect(seen).toEqual([0.5]);
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

  it('latest wins on a lane: the older job is cancelled (terminated) and only the newest resolves', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new WorkerPool(fakeWorkerFactory(api, log) as () => WorkerLike, 1);
    const first = pool.run('fig', 'slow' as never, { ms: 200, v: 1 } as never);
    await sleep(5);
    const second = pool.run('fig', 'slow' as never, { ms: 1, v: 2 } as never);
    await expect(first).rejects.toBeInstanceOf(Cancelled);
    expect(((await second) as unknown as { v: number }).v).toBe(2);
    expect(log.terminated).toBe(1);
    expect(log.created).toBe(2);
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
});
