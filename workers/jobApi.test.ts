import { afterEach, describe, expect, it, vi } from 'vitest';
import { jobApi } from './jobApi.ts';

describe('jobApi progress reports', () => {
  it('pass on at most one report per 50 ms (each is a round trip the page answers), the first at once', async () => {
    const api = jobApi([
      {
        // a job reporting every point of a 20 000-point loop lasting ~120 ms
        busy(_req: unknown, onProgress?: (f: number) => void) {
          const end = performance.now() + 120;
          for (let i = 0; performance.now() < end || i < 20_000; i++) onProgress?.(i);
          return { ok: true };
        },
      },
    ]);
    const seen: number[] = [];
    const r = await api.busy({} as never, (f) => seen.push(f));
    expect(r).toEqual({ ok: true });
    expect(seen[0]).toBe(0);
    // 120 ms at one report per 50 ms: 3 (the first, then at ≥ 50 and ≥ 100 ms)
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.length).toBeLessThanOrEqual(4);
  });
});

describe('jobApi partial results', () => {
  afterEach(() => vi.restoreAllMocks());

  it('post the first snapshot after one slice of work (10 ms), then every 100 ms', async () => {
    // a virtual clock that only the job advances, 5 ms a chunk: the schedule, not the machine's load, is tested
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const api = jobApi([
      {
        stream() {
          return (function* () {
            for (let done = 1; done <= 60; done++) {
              now += 5;
              yield () => ({ done });
            }
            return { done: 60 };
          })();
        },
      },
    ]);
    const partials: number[] = [];
    expect(await api.stream({} as never, undefined, (p) => partials.push((p as { done: number }).done))).toEqual({ done: 60 });
    // after one 10 ms slice = 2 chunks (the old schedule posted the first after 100 ms = 20 chunks), then every 20 chunks
    expect(partials).toEqual([2, 22, 42]);
  });
});

describe('jobApi pace', () => {
  it('paced, a resumable job rests after each slice (the worker idle); unpaced it runs on', async () => {
    const starts: number[] = [];
    const api = jobApi([
      {
        stream() {
          return (function* () {
            for (let k = 0; k < 30; k++) {
              starts.push(performance.now());
              const end = performance.now() + 5;
              while (performance.now() < end);
              yield undefined;
            }
            return { done: true };
          })();
        },
      },
    ]);
    expect(api.pace({ on: true } as never)).toBe(true);
    expect(await api.stream({} as never)).toEqual({ done: true });
    // 150 ms of work in 10 ms slices: a rest of ≥ 25 ms between each two (a loaded machine only lengthens them)
    const rests = starts.slice(1).filter((t, i) => t - starts[i] >= 25 + 5 - 1);
    expect(rests.length).toBeGreaterThanOrEqual(4);
    expect(api.pace({ on: false } as never)).toBe(false);
  });
});
