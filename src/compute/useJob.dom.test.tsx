/** @vitest-environment jsdom */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { forget, later, PoolContext, useJob } from './usePool.ts';
import { DRAW_MS } from './pool.ts';
import { RetryScope, RetryScopeContext } from './retryScope.ts';
import { InViewContext } from './jobScope.ts';
import type { WorkerPool } from './pool.ts';

/** A pool that records its calls and lets the test settle each run. */
function fakePool() {
  const runs: {
    lane: string; req: unknown; cancel?: string; resolve: (v: unknown) => void; reject: (e: unknown) => void;
    progress?: (f: number) => void; partial?: (p: unknown) => void;
  }[] = [];
  const pool = {
    run: (lane: string, _method: string, req: unknown, opts?: { cancel?: string; onProgress?: (f: number) => void; onPartial?: (p: unknown) => void }) =>
      new Promise((resolve, reject) => runs.push({ lane, req, cancel: opts?.cancel, resolve, reject, progress: opts?.onProgress, partial: opts?.onPartial })),
    cancel: () => {},
    cached: () => undefined,
    setVisible: () => {},
  };
  return { pool: pool as unknown as WorkerPool, runs };
}

function Reader({ t }: { t: number }) {
  const job = useJob('test/fig', 'ping', { t });
  return <span data-testid="out">{`${job.error ?? '-'}|${job.running ? 'running' : 'idle'}|${job.data ? job.data.t : '-'}`}</span>;
}

const tree = (pool: WorkerPool, scope: RetryScope, t: number) => (
  <PoolContext.Provider value={pool}>
    <RetryScopeContext.Provider value={scope}>
      <Reader t={t} />
    </RetryScopeContext.Provider>
  </PoolContext.Provider>
);

/** A streaming figure: counts its renders, shows its data and progress. */
function Streaming({ t, renders }: { t: number; renders: { n: number } }) {
  const job = useJob('test/stream', 'ping', { t }, { partial: true });
  renders.n++;
  return <span data-testid="stream">{`${job.data ? job.data.t : '-'}|${job.progress ?? '-'}`}</span>;
}

const frame = () => new Promise((r) => requestAnimationFrame(r));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('useJob', () => {
  afterEach(cleanup);

  it('later: the updates made meanwhile (in separate tasks, as worker messages come) run together, each once, at most once per DRAW_MS; `soon` (a first partial result) at the next frame', async () => {
    const ran: string[] = [];
    const a = () => void ran.push('a');
    later(a);
    await sleep(0);
    later(() => void ran.push('b'));
    later(a);
    expect(ran).toEqual([]);
    await sleep(DRAW_MS + 50);
    expect(ran).toEqual(['a', 'b']);
    // `soon`: at the next frame
    later(() => void ran.push('c'), true);
    await frame();
    await frame();
    expect(ran).toEqual(['a', 'b', 'c']);
    // just drawn: the next one waits for DRAW_MS to have passed, unless one comes `soon` (then all that waits is drawn)
    later(() => void ran.push('d'));
    await frame();
    await frame();
    expect(ran).toEqual(['a', 'b', 'c']);
    later(() => void ran.push('e'), true);
    await frame();
    await frame();
    expect(ran).toEqual(['a', 'b', 'c', 'd', 'e']);
    // a superseded job's draw, forgotten before its turn, never runs
    const f = () => void ran.push('f');
    later(f);
    forget(f);
    await sleep(DRAW_MS + 50);
    expect(ran).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('out of view, a figure draws the first partial result (it is then current), then nothing more until it comes into view; its final result at once', async () => {
    const { pool, runs } = fakePool();
    const renders = { n: 0 };
    const at = (inView: boolean, t = 1) => (
      <PoolContext.Provider value={pool}>
        <InViewContext.Provider value={inView}>
          <Streaming t={t} renders={renders} />
        </InViewContext.Provider>
      </PoolContext.Provider>
    );
    const view = render(at(false));
    const before = renders.n;
    await act(async () => {
      for (let k = 1; k <= 5; k++) {
        runs[0].partial!({ t: k / 10 });
        runs[0].progress!(k / 10);
        await frame();
      }
    });
    expect(renders.n).toBe(before + 1);
    expect(view.getByTestId('stream').textContent).toBe('0.1|0.1');
    // scrolled into view: the latest is drawn
    view.rerender(at(true));
    await act(() => sleep(DRAW_MS + 50));
    expect(view.getByTestId('stream').textContent).toBe('0.5|0.5');
    // out of view again: the final result is drawn at once
    view.rerender(at(false));
    await act(async () => runs[0].resolve({ t: 1 }));
    expect(view.getByTestId('stream').textContent).toBe('1|-');
  });

  it('clears the last error when the next job starts (not only when it succeeds)', async () => {
    const { pool, runs } = fakePool();
    const scope = new RetryScope();
    const view = render(tree(pool, scope, 1));
    await act(async () => runs[0].reject(new Error('GAMP memory cap')));
    expect(view.getByTestId('out').textContent).toBe('GAMP memory cap|idle|-');
    view.rerender(tree(pool, scope, 2));
    expect(runs).toHaveLength(2);
    expect(view.getByTestId('out').textContent).toBe('-|running|-');
  });

  it('a failed job offers the figure a retry that re-submits the same request, once', async () => {
    const { pool, runs } = fakePool();
    const scope = new RetryScope();
    const view = render(tree(pool, scope, 3));
    expect(scope.size()).toBe(0);
    await act(async () => runs[0].reject(new Error('worker timed out')));
    expect(scope.size()).toBe(1);
    act(() => scope.retryAll());
    expect(runs.map((r) => r.req)).toEqual([{ t: 3 }, { t: 3 }]);
    expect(scope.size()).toBe(0);
    expect(view.getByTestId('out').textContent).toBe('-|running|-');
    await act(async () => runs[1].resolve({ t: 3 }));
    expect(view.getByTestId('out').textContent).toBe('-|idle|3');
  });

  it('a cancelled job neither shows an error nor offers a retry', async () => {
    const { pool, runs } = fakePool();
    const scope = new RetryScope();
    const view = render(tree(pool, scope, 4));
    await act(async () => runs[0].reject(Object.assign(new Error('cancelled'), { name: 'Cancelled' })));
    expect(scope.size()).toBe(0);
    expect(view.getByTestId('out').textContent).toBe('-|running|-');
  });
});
