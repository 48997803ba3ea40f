/** What whenIdle needs of the pool (WorkerPool.stats). */
export interface PoolLoad {
  stats(): { running: number; queued: number };
}

/**
 * Call `go` once the pool has had no job running or waiting for `quietMs`, or after `maxMs` at the latest (a
 * page whose figures keep streaming still gets it); checked every `everyMs`. Returns a cancel function. For
 * work that should not compete with the first view's computations (the service worker's install).
 */
export function whenIdle(pool: PoolLoad, go: () => void, { quietMs = 500, maxMs = 10_000, everyMs = 200 } = {}): () => void {
  const start = Date.now();
  let quietSince: number | null = null;
  const timer = setInterval(() => {
    const now = Date.now();
    const { running, queued } = pool.stats();
    quietSince = running + queued === 0 ? (quietSince ?? now) : null;
    if ((quietSince !== null && now - quietSince >= quietMs) || now - start >= maxMs) {
      clearInterval(timer);
      go();
    }
  }, everyMs);
  return () => clearInterval(timer);
}
