/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker (vite.config.ts: Workbox precache of the whole build), registered once per page
 * from a module (the CSP allows no inline script). Its state for the page: `ready` once every file of
 * this version is cached (or the page was already served by the worker), `update` when a new version
 * waits; `reload()` lets it take over and reloads, so the page switches versions whole.
 */
export interface OfflineState {
  ready: boolean;
  update: boolean;
}

let state: OfflineState = { ready: false, update: false };
const listeners = new Set<() => void>();
let update: ((reload?: boolean) => Promise<void>) | null = null;

function set(next: Partial<OfflineState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

/**
 * Register the service worker once the page's first computations are over: its install downloads and caches
 * every file of the build, work that otherwise competes with the first view's workers for a 2-core laptop's
 * CPU (issue #10 item 6). `idle(cb)` calls back when that time has come (OfflineStatus: the pool is idle).
 */
export function startOffline(idle: (go: () => void) => () => void): () => void {
  if (update || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
  if (navigator.serviceWorker.controller) set({ ready: true });
  return idle(register);
}

function register(): void {
  if (update) return;
  update = registerSW({
    immediate: true,
    onOfflineReady: () => set({ ready: true }),
    onNeedRefresh: () => set({ update: true }),
  });
}

export function offlineState(): OfflineState {
  return state;
}

export function subscribeOffline(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** activate the waiting version and reload the page on it */
export function reloadToUpdate(): void {
  void update?.(true);
}
