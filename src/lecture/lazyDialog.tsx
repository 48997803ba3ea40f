import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A dialog whose code loads when it first opens, so the page's first load does not carry it (issue #10): the
 * component's own props, and a "Loading…" status in its place for the moment the chunk takes (offline, the
 * service worker holds every chunk).
 */
export function lazyDialog<P extends object>(load: () => Promise<ComponentType<P>>, label: string): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function LazyDialog(p: P) {
    return (
      <Suspense fallback={<p role="status" className="text-xs text-slate-600 dark:text-slate-400" data-dialog-loading>Loading {label}…</p>}>
        <Loaded {...p} />
      </Suspense>
    );
  }
  return LazyDialog;
}
