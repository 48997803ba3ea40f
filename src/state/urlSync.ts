import type { AppStore } from './store.ts';
import { viewOf } from './store.ts';
import { parseView, serialiseView, type ChapterSchema } from './url.ts';

/**
 * Keep the browser URL and the store in step: store → URL on every change (replaceState while a
 * slider drags, pushState for discrete changes), URL → store on back/forward.
 */
export function syncUrl(store: AppStore, chapters: readonly ChapterSchema[], defaultChapter: string, win: Window = window): () => void {
  let applying = false;
  const write = () => {
    if (applying) return;
    const s = store.getState();
    const schema = chapters.find((c) => c.id === s.chapter)!;
    const search = serialiseView(viewOf(s), schema);
    if (search === win.location.search) return;
    const url = win.location.pathname + search + win.location.hash;
    if (s.historyMode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe(write);
  const onPop = () => {
    applying = true;
    const { view, notices } = parseView(win.location.search, chapters, defaultChapter);
    store.getState().loadView(view, notices);
    applying = false;
  };
  win.addEventListener('popstate', onPop);
  write();
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
