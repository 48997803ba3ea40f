/** @vitest-environment jsdom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cursorTime, pause, play, playback, pointsUpTo, resetPlayback, RUN_SECONDS, setSpeed, step } from './playback.ts';

/** The playback cursor under fake timers (requestAnimationFrame and performance.now are faked by vitest). */
describe('playback', () => {
  afterEach(() => {
    resetPlayback();
    setSpeed(1);
    vi.useRealTimers();
  });

  it('Play runs from t = 0 to the end in RUN_SECONDS / speed; Pause keeps the cursor; Step goes on from there', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    expect(playback()).toMatchObject({ playing: false, cursor: 1 });
    setSpeed(2);
    play();
    expect(playback().cursor).toBe(0);
    vi.advanceTimersByTime((RUN_SECONDS / 2) * 500); // half of a run at speed 2
    expect(playback().cursor).toBeGreaterThan(0.45);
    expect(playback().cursor).toBeLessThan(0.55);
    pause();
    const at = playback().cursor;
    vi.advanceTimersByTime(2000);
    expect(playback().cursor).toBe(at);
    expect(step()).toBe(true);
    expect(playback().cursor).toBeCloseTo(at + 0.1, 12);
    play();
    vi.advanceTimersByTime(RUN_SECONDS * 1000);
    expect(playback()).toMatchObject({ playing: false, cursor: 1 });
    expect(step()).toBe(false);
  });

  it('prefers-reduced-motion: Play shows the end state at once', () => {
    const mm = vi.fn(() => ({ matches: true }));
    vi.stubGlobal('matchMedia', mm);
    play();
    expect(playback()).toMatchObject({ playing: false, cursor: 1 });
    vi.unstubAllGlobals();
  });

  it('maps the cursor onto a time axis (log: evenly in log t) and cuts a run there', () => {
    expect(cursorTime(0.5, 0.1, 1000, 'log')).toBeCloseTo(10, 10);
    expect(cursorTime(0.25, 0, 8, 'linear')).toBe(2);
    expect(cursorTime(1, 0, 8, 'linear')).toBe(Infinity);
    expect(pointsUpTo([0.1, 1, 10, 100], 10)).toBe(3);
    expect(pointsUpTo([0.1, 1], Infinity)).toBe(2);
  });
});
