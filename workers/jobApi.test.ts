import { describe, expect, it } from 'vitest';
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
  it('post the first snapshot after one slice of work (~25 ms), then about every 100 ms', async () => {
    // chunks of 5 ms of wall-clock work each (busy waits: a loaded machine slows none of the counts below)
    const api = jobApi([
      {
        stream() {
          return (function* () {
            for (let done = 1; done <= 60; done++) {
              const end = performance.now() + 5;
              while (performance.now() < end);
              yield () => ({ done });
            }
            return { done: 60 };
          })();
        },
      },
    ]);
    const partials: number[] = [];
    expect(await api.stream({} as never, undefined, (p) => partials.push((p as { done: number }).done))).toEqual({ done: 60 });
    // the first after 25 ms = 5 chunks (the old schedule posted it after 100 ms = 20 chunks)
    expect(partials[0]).toBeGreaterThanOrEqual(5);
    expect(partials[0]).toBeLessThanOrEqual(7);
    // then one per 100 ms = 20 chunks: 300 ms of work leaves room for 3 or 4 in all
    expect(partials.length).toBeGreaterThanOrEqual(2);
    expect(partials.length).toBeLessThanOrEqual(4);
    expect(partials[1] - partials[0]).toBeGreaterThanOrEqual(20);
  });
});
