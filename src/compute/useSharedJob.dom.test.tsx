/** @vitest-environment jsdom */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { PoolContext } from './usePool.ts';
import { useSharedJob } from './useSharedJob.ts';
import { RetryScope, RetryScopeContext } from './retryScope.ts';
import { InViewContext } from './jobScope.ts';
import { DRAW_MS, type WorkerPool } from './pool.ts';

/** A pool that records its calls and lets the test settle each run. */
function fakePool() {
  const runs: { lane: string; req: unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void; partial?: (p: unknown) => void }[] = [];
  const cancelled: string[] = [];
  const pool = {
    run: (lane: string, _method: string, req: unknown, opts: { onPartial?: (p: unknown) => void } = {}) =>
      new Promise((resolve, reject) => runs.push({ lane, req, resolve, reject, partial: opts.onPartial })),
    cancel: (lane: string) => cancelled.push(lane),
    cached: () => undefined,
    setVisible: () => {},
  };
  return { pool: pool as unknown as WorkerPool, runs, cancelled };
}

function Reader({ name, alpha, partial = false }: { name: string; alpha: number; partial?: boolean }) {
  const job = useSharedJob('test/shared', 'ping', { t: alpha }, { partial });
  const shown = job.error ? `error: ${job.error}` : job.data ? String(job.data.t) : job.running ? 'running' : 'idle';
  return <span data-testid={name} data-current={String(job.current)}>{shown}</span>;
}

describe('useSharedJob', () => {
  afterEach(cleanup);

  it('two figures with the same request start ONE run and both draw its result', async () => {
    const { pool, runs } = fakePool();
    const view = render(
      <PoolContext.Provider value={pool}>
        <Reader name="a" alpha={2} />
        <Reader name="b" alpha={2} />
      </PoolContext.Provider>,
    );
    expect(runs).toHaveLength(1);
    expect(view.getByTestId('b').textContent).toBe('running');
    await act(async () => runs[0].resolve({ t: 2 }));
    expect(view.getByTestId('a').textContent).toBe('2');
    expect(view.getByTestId('b').textContent).toBe('2');
  });

  it('a new request supersedes the old one: the stale result is ignored, the last one shown', async () => {
    const { pool, runs } = fakePool();
    const tree = (alpha: number) => (
      <PoolContext.Provider value={pool}>
        <Reader name="a" alpha={alpha} />
        <Reader name="b" alpha={alpha} />
      </PoolContext.Provider>
    );
    const view = render(tree(1));
    view.rerender(tree(3));
    expect(runs.map((r) => r.req)).toEqual([{ t: 1 }, { t: 3 }]);
    await act(async () => runs[1].resolve({ t: 3 }));
    await act(async () => runs[0].resolve({ t: 1 }));
    expect(view.getByTestId('a').textContent).toBe('3');
  });

  it('the lane is cancelled when its last reader leaves, not before', () => {
    const { pool, cancelled } = fakePool();
    const view = render(
      <PoolContext.Provider value={pool}>
        <Reader name="a" alpha={5} />
      </PoolContext.Provider>,
    );
    expect(cancelled).toEqual([]);
    view.unmount();
    expect(cancelled).toEqual(['test/shared']);
  });

  it('an error is cleared when the next run starts; Retry re-runs the same request once for all readers', async () => {
    const { pool, runs } = fakePool();
    const scopeA = new RetryScope();
    const scopeB = new RetryScope();
    const tree = (alpha: number) => (
      <PoolContext.Provider value={pool}>
        <RetryScopeContext.Provider value={scopeA}>
          <Reader name="a" alpha={alpha} />
        </RetryScopeContext.Provider>
        <RetryScopeContext.Provider value={scopeB}>
          <Reader name="b" alpha={alpha} />
        </RetryScopeContext.Provider>
      </PoolContext.Provider>
    );
    const view = render(tree(7));
    await act(async () => runs[0].reject(new Error('worker crashed')));
    expect(view.getByTestId('b').textContent).toBe('error: worker crashed');
    expect([scopeA.size(), scopeB.size()]).toEqual([1, 1]);
    act(() => {
      scopeA.retryAll();
      scopeB.retryAll();
    });
    expect(runs.map((r) => r.req)).toEqual([{ t: 7 }, { t: 7 }]);
    expect(view.getByTestId('a').textContent).toBe('running');
    await act(async () => runs[1].reject(new Error('again')));
    view.rerender(tree(8));
    expect(runs).toHaveLength(3);
    expect(view.getByTestId('a').textContent).toBe('running');
    await act(async () => runs[2].resolve({ t: 8 }));
    expect(view.getByTestId('b').textContent).toBe('8');
  });

  it('partial results reach the readers that draw them; the others keep the last finished result, not current, until the end', async () => {
    // the GLM GAMP run: the AMP-dynamics figure grows with the run, the learning curve keeps its last point meanwhile
    const { pool, runs } = fakePool();
    const tree = (alpha: number) => (
      <PoolContext.Provider value={pool}>
        <Reader name="growing" alpha={alpha} partial />
        <Reader name="final" alpha={alpha} />
      </PoolContext.Provider>
    );
    const view = render(tree(1));
    await act(async () => runs[0].resolve({ t: 1 }));
    view.rerender(tree(2));
    expect(runs).toHaveLength(2);
    // a run's first partial result: drawn at the next animation frame (usePool.ts `later`)
    await act(async () => {
      runs[1].partial?.({ t: 1.5 });
      await new Promise((r) => requestAnimationFrame(r));
    });
    expect(view.getByTestId('growing').textContent).toBe('1.5');
    expect(view.getByTestId('growing').dataset.current).toBe('true');
    expect(view.getByTestId('final').textContent).toBe('1');
    expect(view.getByTestId('final').dataset.current).toBe('false');
    await act(async () => runs[1].resolve({ t: 2 }));
    for (const id of ['growing', 'final']) {
      expect(view.getByTestId(id).textContent).toBe('2');
      expect(view.getByTestId(id).dataset.current).toBe('true');
    }
  });

  it('out of view, a reader draws the first partial result of a run (it is then current), the next ones once in view', async () => {
    const { pool, runs } = fakePool();
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const tree = (inView: boolean) => (
      <PoolContext.Provider value={pool}>
        <InViewContext.Provider value={inView}>
          <Reader name="growing" alpha={1} partial />
        </InViewContext.Provider>
      </PoolContext.Provider>
    );
    const view = render(tree(false));
    await act(async () => {
      runs[0].partial?.({ t: 0.1 });
      await frame();
    });
    expect(view.getByTestId('growing').textContent).toBe('0.1');
    expect(view.getByTestId('growing').dataset.current).toBe('true');
    await act(async () => {
      runs[0].partial?.({ t: 0.2 });
      await frame();
      runs[0].partial?.({ t: 0.3 });
      await frame();
    });
    expect(view.getByTestId('growing').textContent).toBe('0.1');
    view.rerender(tree(true));
    await act(() => new Promise((r) => setTimeout(r, DRAW_MS + 50)));
    expect(view.getByTestId('growing').textContent).toBe('0.3');
  });
});
