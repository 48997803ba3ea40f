import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesced } from './coalesce.ts';

describe('coalesced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('delivers the first value at once, then the latest of each window at its end', () => {
    const seen: number[] = [];
    const push = coalesced((v: number) => seen.push(v), 200, () => Date.now());
    push(1);
    expect(seen).toEqual([1]);
    push(2);
    push(3);
    vi.advanceTimersByTime(199);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([1, 3]);
    // quiet for longer than a window: the next one goes at once
    vi.advanceTimersByTime(500);
    push(4);
    expect(seen).toEqual([1, 3, 4]);
    push(5);
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([1, 3, 4, 5]);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1, 3, 4, 5]);
  });

  it('without leading, the first value waits a window too', () => {
    const seen: number[] = [];
    const push = coalesced((v: number) => seen.push(v), 100, () => Date.now(), false);
    push(1);
    push(2);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([2]);
  });
});
