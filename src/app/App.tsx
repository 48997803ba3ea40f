import { useEffect, useState } from 'react';
import { chapters, coming, DEFAULT_CHAPTER, schemas } from '../chapters/registry.ts';
import { PoolContext } from '../compute/usePool.ts';
import type { WorkerPool } from '../compute/pool.ts';
import { createAppStore, type AppStore } from '../state/store.ts';
import { parseView } from '../state/url.ts';
import { syncUrl } from '../state/urlSync.ts';
import { startLecture } from '../lecture/index.ts';
import { AppContext } from '../view/context.ts';
import { PoolNotice } from '../view/PoolNotice.tsx';
import { OfflineStatus } from '../offline/OfflineStatus.tsx';
import { Shell } from './Shell.tsx';

function initStore(): AppStore {
  const { view, notices } = parseView(window.location.search, schemas, DEFAULT_CHAPTER);
  const store = createAppStore(schemas, view);
  store.getState().loadView(view, notices);
  return store;
}

/**
 * The page: `pool` is made by main.tsx before React's first render, so that the workers load their script and
 * compile while the page renders (on a 2-core laptop that is ~0.1–0.2 s of the first figure's wait); it lives
 * as long as the page.
 */
export function App({ pool }: { pool: WorkerPool }) {
  const [store] = useState(initStore);
  useEffect(() => syncUrl(store, schemas, DEFAULT_CHAPTER), [store]);
  useEffect(() => startLecture(store, schemas), [store]);
  return (
    <AppContext.Provider value={{ store, schemas }}>
      <PoolContext.Provider value={pool}>
        <PoolNotice />
        <Shell chapters={chapters} coming={coming} />
        <OfflineStatus embed={store.getState().embed} />
      </PoolContext.Provider>
    </AppContext.Provider>
  );
}
