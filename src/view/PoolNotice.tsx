import { useContext, useSyncExternalStore } from 'react';
import { PoolContext } from '../compute/usePool.ts';
import type { WorkerPool } from '../compute/pool.ts';

const noop = () => () => {};

/**
 * The one message of a pool that stopped respawning (its worker failed to start 5 times in a row, e.g. a
 * 404 after a redeploy), with a button that tries again. The figures' jobs wait in the pool meanwhile.
 */
export function PoolNotice() {
  const pool = useContext(PoolContext);
  const stopped = useSyncExternalStore(
    pool ? (l) => pool.subscribe(l) : noop,
    () => pool?.status().stopped ?? null,
  );
  if (!pool || !stopped) return null;
  return <PoolStopped pool={pool} text={stopped} />;
}

function PoolStopped({ pool, text }: { pool: WorkerPool; text: string }) {
  return (
    <div role="alert" data-pool-stopped className="mx-4 mt-3 flex items-start justify-between gap-3 rounded border border-red-400 bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
      <span>{text}</span>
      <button type="button" className="lp-btn shrink-0" onClick={() => pool.restart()}>
        Try again
      </button>
    </div>
  );
}
