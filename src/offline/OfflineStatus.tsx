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
        <span data-offline-ready title="Every chapter of this version is stored in the browser: it works without a network">
          Available offline
        </span>
      )}
    </div>
  );
}
