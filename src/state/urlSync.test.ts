import { describe, expect, it } from 'vitest';
import { createAppStore } from './store.ts';
import { defaults } from './codec.ts';
import { glmParams } from '../../workers/physics/glm/params.ts';
import type { ChapterSchema } from './url.ts';
import { afterPaint, coalesce, FALLBACK_MS, syncUrl } from './urlSync.ts';

const glm: ChapterSchema = { id: 'glm', params: glmParams, figures: ['curve'] };

/** A window with a history stack and hand-run frames and timers (no DOM needed). */
function fakeWindow(search = '') {
  const entries = [search];
  let at = 0;
  const listeners = new Map<string, Set<() => void>>();
  const queue = new Map<number, () => void>();
  let next = 1;
  const schedule = (f: () => void) => (queue.set(next, f), next++);
  const win = {
    location: { pathname: '/', hash: '', get search() { return entries[at]; } },
    history: {
      pushState: (_: unknown, __: string, url: string) => { entries.splice(at + 1, Infinity, url.slice(1)); at++; },
      replaceState: (_: unknown, __: string, url: string) => { entries[at] = url.slice(1); },
    },
    addEventListener: (t: string, l: () => void) => { if (!listeners.has(t)) listeners.set(t, new Set()); listeners.get(t)!.add(l); },
    removeEventListener: (t: string, l: () => void) => listeners.get(t)?.delete(l),
    requestAnimationFrame: schedule,
    cancelAnimationFrame: (id: number) => queue.delete(id),
    setTimeout: schedule,
    clearTimeout: (id: number) => queue.delete(id),
  };
  return {
    win: win as unknown as Window,
    entries,
    at: () => at,
    /** run what is due (frames, then the timers they set) */
    run() {
      while (queue.size) {
        const [id, f] = queue.entries().next().value!;
        queue.delete(id);
        f();
      }
    },
    pending: () => queue.size,
    back() { at--; for (const l of listeners.get('popstate') ?? []) l(); },
    hide() { for (const l of listeners.get('pagehide') ?? []) l(); },
  };
}

function setup() {
  const store = createAppStore([glm], { chapter: 'glm', params: defaults(glmParams), fig: null, embed: false, controls: null });
  const w = fakeWindow('?v=2&ch=glm');
  const stop = syncUrl(store, [glm], 'glm', w.win);
  w.run();
  return { store, w, stop, start: w.entries.length };
}

describe('URL sync', () => {
  it('writes nothing while the step is handled: one history write after the paint, however many changes', () => {
    const { store, w, start } = setup();
    for (const a of [1.1, 1.2, 1.3]) store.getState().setParam('alpha', a, 'replace');
    expect(w.entries.length).toBe(start);
    expect(w.win.location.search).not.toMatch(/alpha/);
    w.run();
    expect(w.entries.length).toBe(start);
    expect(w.win.location.search).toMatch(/alpha=1\.3(&|$)/);
  });
  it('a batch with a push is one entry; steps written apart are one entry each, and back walks them', () => {
    const { store, w, start } = setup();
    store.getState().setParam('alpha', 3, 'replace');
    store.getState().setParam('alpha', 4, 'push');
    w.run();
    expect(w.entries.length).toBe(start + 1);
    store.getState().setParam('alpha', 5, 'push');
    w.run();
    expect(w.entries.length).toBe(start + 2);
    w.back();
    expect(store.getState().params.alpha).toBe(4);
    w.run();
    // loading the popped view writes nothing back
    expect(w.entries.length).toBe(start + 2);
    expect(w.at()).toBe(start);
  });
  it('back drops a write not yet made; leaving the page writes it', () => {
    const { store, w } = setup();
    store.getState().setParam('alpha', 3, 'push');
    w.run();
    store.getState().setParam('alpha', 7, 'push');
    w.back();
    w.run();
    expect(store.getState().params.alpha).toBe(2);
    expect(w.win.location.search).not.toMatch(/alpha/);
    store.getState().setParam('alpha', 6, 'push');
    w.hide();
    expect(w.win.location.search).toMatch(/alpha=6(&|$)/);
    expect(w.pending()).toBe(0);
  });
});

describe('coalesce', () => {
  it('calls write once per batch with whether any change pushed; flush writes now, drop forgets', () => {
    const writes: boolean[] = [];
    const due: (() => void)[] = [];
    const c = coalesce((p) => writes.push(p), (f) => (due.push(f), () => void due.splice(due.indexOf(f), 1)));
    c.add(false);
    c.add(true);
    c.add(false);
    expect(due.length).toBe(1);
    due[0]();
    expect(writes).toEqual([true]);
    c.add(false);
    c.flush();
    expect(writes).toEqual([true, false]);
    expect(due.length).toBe(0);
    c.add(true);
    c.drop();
    c.flush();
    expect(writes).toEqual([true, false]);
  });
  it('afterPaint waits for a frame and then a task, once; without frames painted, a fallback timer; or a task alone without frames', () => {
    const log: string[] = [];
    let frames: (() => void)[] = [];
    let tasks: { f: () => void; ms: number; live: boolean }[] = [];
    const win = {
      requestAnimationFrame: (f: () => void) => frames.push(f),
      cancelAnimationFrame: () => {},
      setTimeout: (f: () => void, ms: number) => tasks.push({ f, ms, live: true }),
      clearTimeout: (id: number) => void (tasks[id - 1] && (tasks[id - 1].live = false)),
    };
    const runTasks = (ms: number) => tasks.filter((t) => t.live && t.ms <= ms).forEach((t) => ((t.live = false), t.f()));
    afterPaint(win as unknown as Window)(() => log.push('ran'));
    runTasks(0);
    expect(log).toEqual([]);
    frames[0]();
    runTasks(0);
    expect(log).toEqual(['ran']);
    // the fallback was cancelled: the write happens once
    runTasks(FALLBACK_MS);
    expect(log).toEqual(['ran']);
    // a page that paints no frame (background tab): the fallback writes
    frames = [];
    tasks = [];
    afterPaint(win as unknown as Window)(() => log.push('hidden'));
    runTasks(FALLBACK_MS);
    expect(log).toEqual(['ran', 'hidden']);
    frames[0]();
    runTasks(FALLBACK_MS);
    expect(log).toEqual(['ran', 'hidden']);
    // where the browser tells when it is idle: after the frame, once idle (not at the next task)
    frames = [];
    tasks = [];
    const idle: (() => void)[] = [];
    afterPaint({ ...win, requestIdleCallback: (f: () => void) => idle.push(f), cancelIdleCallback: () => {} } as unknown as Window)(() => log.push('idle'));
    frames[0]();
    runTasks(0);
    expect(log).toEqual(['ran', 'hidden']);
    idle[0]();
    expect(log).toEqual(['ran', 'hidden', 'idle']);
    runTasks(FALLBACK_MS);
    expect(log).toEqual(['ran', 'hidden', 'idle']);
    const bareTasks: (() => void)[] = [];
    const bare = { setTimeout: (f: () => void) => bareTasks.push(f), clearTimeout: () => {} };
    afterPaint(bare as unknown as Window)(() => log.push('bare'));
    bareTasks[0]();
    expect(log).toEqual(['ran', 'hidden', 'idle', 'bare']);
  });
});
