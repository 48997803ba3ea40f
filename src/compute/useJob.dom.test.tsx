/** @vitest-environment jsdom */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { PoolContext, useJob } from './usePool.ts';
import { RetryScope, RetryScopeContext } from './retryScope.ts';
import type { WorkerPool } from './pool.ts';

/** A pool that records its calls and lets the test settle each run. */
function fakePool() {
  const runs: { lane: string; req: unknown; cancel?: string; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const pool = {
    run: (lane: string, _method: string, req: unknown, opts?: { cancel?: string }) =>
      new Promise((resolve, reject) => runs.push({ lane, req, cancel: opts?.cancel, resolve, reject })),
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

describe('useJob', () => {
  afterEach(cleanup);

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
