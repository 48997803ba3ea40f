import { useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { PoolContext } from '../compute/usePool.ts';
import { whenIdle } from '../compute/poolIdle.ts';
import { offlineState, reloadToUpdate, startOffline, subscribeOffline } from './register.ts';

/**
 * The service worker installs once the pool has been idle for 2 s (the first view drawn, the reader not
 * stepping a slider: each step runs jobs), and after 30 s at the latest.
 */
const OFFLINE_AFTER = { quietMs: 2000, maxMs: 30_000 };

/** How long the corner note announces "Available offline" before it leaves the figures alone (ms). */
export const READY_NOTE_MS = 6000;

/**
 * The corner note: "Available offline" for a few seconds once this version is cached (then the page footer
 * keeps saying so, in the flow of the page: a note that stayed would sit on a caption), and "New version —
 * reload" when a newer deploy has been cached and waits (register.ts) — that one stays until acted on.
 * Hidden in embeds (the host page's chrome).
 */
export function OfflineStatus({ embed }: { embed: boolean }) {
  const pool = useContext(PoolContext);
  // the service worker's install waits for the first view's computations (register.ts)
  useEffect(() => (pool ? startOffline((go) => whenIdle(pool, go, OFFLINE_AFTER)) : undefined), [pool]);
  const s = useSyncExternalStore(subscribeOffline, offlineState);
  const [announced, setAnnounced] = useState(false);
  useEffect(() => {
    if (!s.ready || announced) return;
    const t = setTimeout(() => setAnnounced(true), READY_NOTE_MS);
    return () => clearTimeout(t);
  }, [s.ready, announced]);
  if (embed || !(s.update || (s.ready && !announced))) return null;
  return (
    // a note, not a control: it lets clicks through (the phone layout's bottom strip lies under it); on
    // phones it sits at the top. The update notice, a button, takes clicks.
    <div
      className={`fixed top-2 right-2 z-30 flex items-center gap-2 rounded border border-slate-300 bg-white/95 px-2 py-1 text-xs shadow sm:top-auto sm:bottom-2 dark:border-slate-600 dark:bg-slate-900/95${s.update ? '' : ' pointer-events-none opacity-80'}`}
      role="status"
    >
      {s.update ? (
        <>
          <span>New version available</span>
          <button type="button" className="lp-btn text-xs" onClick={reloadToUpdate} data-offline-update>
            Reload
          </button>
        </>
      ) : (
        <span data-offline-toast>Available offline</span>
      )}
    </div>
  );
}

/** The lasting indicator, in the page footer: shown once every chapter of this version is stored. */
export function OfflineBadge() {
  const s = useSyncExternalStore(subscribeOffline, offlineState);
  if (!s.ready) return null;
  return (
    <span data-offline-ready title="Every chapter of this version is stored in the browser: it works without a network">
      {' '}· Available offline
    </span>
  );
}
