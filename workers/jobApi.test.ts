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
