import { useEffect, useState } from 'react';
import { chapters, coming, DEFAULT_CHAPTER, schemas } from '../chapters/registry.ts';
import { createBrowserPool, PoolContext } from '../compute/usePool.ts';
import type { WorkerPool } from '../compute/pool.ts';
import { createAppStore, type AppStore } from '../state/store.ts';
import { parseView } from '../state/url.ts';
import { syncUrl } from '../state/urlSync.ts';
import { startLecture } from '../lecture/index.ts';
import { AppContext } from '../view/context.ts';
import { PoolNotice } from '../view/PoolNotice.tsx';
import { Shell } from './Shell.tsx';

function initStore(): AppStore {
  const { view, notices } = parseView(window.location.search, schemas, DEFAULT_CHAPTER);
  const store = createAppStore(schemas, view);
  store.getState().loadView(view, notices);
  return store;
}

export function App() {
  const [store] = useState(initStore);
  // Workers are created in an effect and terminated in its cleanup (StrictMode runs effects twice).
  const [pool, setPool] = useState<WorkerPool | null>(null);
  useEffect(() => {
    const p = createBrowserPool();
    setPool(p);
    return () => p.dispose();
  }, []);
  useEffect(() => syncUrl(store, schemas, DEFAULT_CHAPTER), [store]);
  useEffect(() => startLecture(store, schemas), [store]);
  return (
    <AppContext.Provider value={{ store, schemas }}>
      <PoolContext.Provider value={pool}>
        <PoolNotice />
        <Shell chapters={chapters} coming={coming} />
      </PoolContext.Provider>
    </AppContext.Provider>
  );
}
