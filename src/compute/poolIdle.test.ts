import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './poolIdle.ts';

describe('whenIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits until the pool has been quiet for quietMs', () => {
    const load = { running: 1, queued: 2 };
    const go = vi.fn();
    whenIdle({ stats: () => load }, go, { quietMs: 500, maxMs: 10_000, everyMs: 100 });
    vi.advanceTimersByTime(2000);
    expect(go).not.toHaveBeenCalled();
    Object.assign(load, { running: 0, queued: 0 });
    vi.advanceTimersByTime(400);
    expect(go).not.toHaveBeenCalled();
    // a job in between restarts the quiet time
    Object.assign(load, { queued: 1 });
    vi.advanceTimersByTime(100);
    Object.assign(load, { queued: 0 });
    vi.advanceTimersByTime(550);
    expect(go).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(go).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting after maxMs, and a cancel stops it', () => {
    const go = vi.fn();
    whenIdle({ stats: () => ({ running: 1, queued: 0 }) }, go, { maxMs: 3000, everyMs: 100 });
    vi.advanceTimersByTime(3100);
    expect(go).toHaveBeenCalledTimes(1);
    const never = vi.fn();
    const cancel = whenIdle({ stats: () => ({ running: 0, queued: 0 }) }, never, { everyMs: 100 });
    cancel();
    vi.advanceTimersByTime(20_000);
    expect(never).not.toHaveBeenCalled();
  });
});
