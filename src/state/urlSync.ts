import type { AppStore } from './store.ts';
import { viewOf } from './store.ts';
import { parseView, serialiseView, type ChapterSchema } from './url.ts';

/**
 * Keep the browser URL and the store in step: store → URL (replaceState while a slider drags, pushState for
 * discrete changes), URL → store on back/forward.
 *
 * The write is coalesced to once after the next paint: serialising the view and writing history cost
 * 5–15 ms a step in Chromium (the top self-time function of a 30-press ArrowRight profile), time that was
 * spent before the figures redrew. The changes of one batch enter history as one entry, a push when any of
 * them was (a keyboard step is one change per press, so each press is still its own entry: back walks them).
 * Back/forward: the popped URL wins over a write not yet made; leaving the page writes what is pending.
 */
export function syncUrl(store: AppStore, chapters: readonly ChapterSchema[], defaultChapter: string, win: Window = window): () => void {
  let applying = false;
  const write = (push: boolean) => {
    const s = store.getState();
    const schema = chapters.find((c) => c.id === s.chapter)!;
    const search = serialiseView(viewOf(s), schema);
    if (search === win.location.search) return;
    const url = win.location.pathname + search + win.location.hash;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const pending = coalesce(write, afterPaint(win));
  const unsubscribe = store.subscribe((s) => {
    if (!applying) pending.add(s.historyMode === 'push');
  });
  const onPop = () => {
    pending.drop();
    applying = true;
    const { view, notices } = parseView(win.location.search, chapters, defaultChapter);
    store.getState().loadView(view, notices);
    applying = false;
  };
  const onHide = () => pending.flush();
  win.addEventListener('popstate', onPop);
  win.addEventListener('pagehide', onHide);
  write(store.getState().historyMode === 'push');
  return () => {
    pending.flush();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('pagehide', onHide);
  };
}

/**
 * Runs `f` once after the next paint (a frame, then a task), or after a task where there are no frames; where the
 * browser can say when it is idle (`requestIdleCallback`), once the frame's work is over: after a slider step, the
 * worker's answer for the figure in view and its redraw go first (issue #10: a history write of 5–15 ms sat between
 * the step's paint and that redraw), or `IDLE_MS` after the frame at the latest. A page that paints no frames (a
 * background tab, an iframe scrolled off a slide) still writes within `FALLBACK_MS`. Leaving the page writes what is
 * pending (syncUrl's pagehide); a reload within that lag reloads the address as it was.
 */
export type Schedule = (f: () => void) => () => void;

export const FALLBACK_MS = 250;

/** After the frame, the write waits for the page to be idle at most this long, ms: the address bar lags a step by no more. */
export const IDLE_MS = 100;

type Frames = Pick<Window, 'setTimeout' | 'clearTimeout'> &
  Partial<Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame' | 'requestIdleCallback' | 'cancelIdleCallback'>>;

export function afterPaint(win: Frames): Schedule {
  return (f) => {
    if (!win.requestAnimationFrame || !win.cancelAnimationFrame) {
      const timer = win.setTimeout(f, 0);
      return () => win.clearTimeout(timer);
    }
    let timer: number | null = null;
    let idle: number | null = null;
    let done = false;
    const cancel = () => {
      done = true;
      win.cancelAnimationFrame!(frame);
      win.clearTimeout(fallback);
      if (timer !== null) win.clearTimeout(timer);
      if (idle !== null) win.cancelIdleCallback?.(idle);
    };
    const once = () => {
      if (done) return;
      cancel();
      f();
    };
    const frame = win.requestAnimationFrame(() => {
      if (win.requestIdleCallback) idle = win.requestIdleCallback(once, { timeout: IDLE_MS });
      else timer = win.setTimeout(once, 0);
    });
    const fallback = win.setTimeout(once, FALLBACK_MS);
    return cancel;
  };
}

/**
 * Changes collected until `schedule` fires, then written once: `write(push)`, `push` when any change of
 * the batch asked for a history entry. `flush` writes now, `drop` forgets the batch.
 */
export function coalesce(write: (push: boolean) => void, schedule: Schedule): { add(push: boolean): void; flush(): void; drop(): void } {
  let push = false;
  let cancel: (() => void) | null = null;
  const flush = () => {
    if (!cancel) return;
    cancel();
    cancel = null;
    const p = push;
    push = false;
    write(p);
  };
  return {
    add(p) {
      push ||= p;
      cancel ??= schedule(flush);
    },
    flush,
    drop() {
      cancel?.();
      cancel = null;
      push = false;
    },
  };
}
