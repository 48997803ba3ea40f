import { useSyncExternalStore } from 'react';

/**
 * Play / Pause / Step of the finite-size dynamics (SGD, gradient flow, AMP iterations): one page-wide
 * cursor over the time axis of the runs, from 0 (t = 0) to 1 (the end of the run), that the figures of
 * the dynamics draw up to (`cut`). The cursor moves over results, never runs the physics: a run streams
 * (or comes from the cache) as always, and Play shows it along time from t = 0 — a replay when it is
 * already computed, at the pace of the computation when it is not (a figure draws up to the cursor or to
 * what has arrived, whichever is earlier). Pause freezes the cursor and keeps everything computed; Step
 * moves it one step on from where it stopped; `speed` scales the pace. With `prefers-reduced-motion`,
 * Play shows the end state at once.
 *
 * The public surface (lecture mode and deck control call it): `play()`, `pause()`, `step()`,
 * `setSpeed(x)`, `playback()` (the state) and `subscribeToPlayback(listener)`; `usePlayback()` in React.
 */
export interface PlaybackState {
  playing: boolean;
  /** where the figures draw to: 0 = t = 0, 1 = the end of the run (the resting state: everything) */
  cursor: number;
  /** 1 = a whole run in RUN_SECONDS */
  speed: number;
}

/** seconds Play takes over a whole run at speed 1 */
export const RUN_SECONDS = 8;
/** the cursor moves this far per Step */
export const STEP = 0.1;
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

let state: PlaybackState = { playing: false, cursor: 1, speed: 1 };
const listeners = new Set<() => void>();
let frame: number | null = null;
let last = 0;

function set(next: Partial<PlaybackState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

function tick(now: number): void {
  frame = null;
  if (!state.playing) return;
  const cursor = Math.min(1, state.cursor + ((now - last) / 1000) * (state.speed / RUN_SECONDS));
  last = now;
  set({ cursor, playing: cursor < 1 });
  if (cursor < 1) frame = requestAnimationFrame(tick);
}

/** Run the dynamics along time: from t = 0 when the cursor is at the end, else on from where it stands. */
export function play(): void {
  if (reducedMotion()) {
    set({ playing: false, cursor: 1 });
    return;
  }
  set({ playing: true, cursor: state.cursor >= 1 ? 0 : state.cursor });
  last = performance.now();
  if (frame === null) frame = requestAnimationFrame(tick);
}

/** Freeze the cursor; what is drawn and computed stays. */
export function pause(): void {
  if (frame !== null) cancelAnimationFrame(frame);
  frame = null;
  set({ playing: false });
}

/** One step on from where the cursor stands (paused); returns false at the end of the run. */
export function step(): boolean {
  pause();
  if (state.cursor >= 1) return false;
  set({ cursor: Math.min(1, state.cursor + STEP) });
  return true;
}

export function setSpeed(speed: number): void {
  if (Number.isFinite(speed) && speed > 0) set({ speed });
}

/** Back to the resting state (everything drawn, not playing): e.g. when the chapter changes. */
export function resetPlayback(): void {
  pause();
  set({ cursor: 1 });
}

export function playback(): PlaybackState {
  return state;
}

export function subscribeToPlayback(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePlayback(): PlaybackState {
  return useSyncExternalStore(subscribeToPlayback, playback);
}

/** The time up to which a figure draws at `cursor`, on its time axis [t0, t1] (log: the cursor moves evenly in log t). */
export function cursorTime(cursor: number, t0: number, t1: number, scale: 'linear' | 'log'): number {
  if (cursor >= 1) return Infinity;
  return scale === 'log' ? t0 * (t1 / t0) ** cursor : t0 + cursor * (t1 - t0);
}

/** The first points of a run whose time is ≤ tMax (the arrays of one series, cut alike). */
export function pointsUpTo(t: ArrayLike<number>, tMax: number): number {
  let n = 0;
  while (n < t.length && t[n] <= tMax) n++;
  return n;
}
