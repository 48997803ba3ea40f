import { useEffect, useSyncExternalStore } from 'react';
import { offlineState, reloadToUpdate, startOffline, subscribeOffline } from './register.ts';

/**
 * A small corner note: "Available offline" once this version is cached, and "New version — reload"
 * when a newer deploy has been cached and waits (register.ts). Hidden in embeds (the host page's chrome).
 */
export function OfflineStatus({ embed }: { embed: boolean }) {
  useEffect(() => startOffline(), []);
  const s = useSyncExternalStore(subscribeOffline, offlineState);
  if (embed || (!s.ready && !s.update)) return null;
  return (
    <div className="fixed right-2 bottom-2 z-30 flex items-center gap-2 rounded border border-slate-300 bg-white/95 px-2 py-1 text-xs shadow dark:border-slate-600 dark:bg-slate-900/95" role="status">
      {s.update ? (
        <>
          <span>New version available</span>
          <button type="button" className="lp-btn text-xs" onClick={reloadToUpdate} data-offline-update>
            Reload
          </button>
        </>
      ) : (
        <span data-offline-ready title="Every chapter of this version is stored in the browser: it works without a network">
          Available offline
        </span>
      )}
    </div>
  );
}
