import { describe, expect, it } from 'vitest';
import { drain, mapResumable, type Resumable } from './resumable.ts';

/** counts to n, offering the count so far at every pause; `closed` records a stop from outside */
function* counter(n: number, closed: { value: boolean }): Resumable<number, number> {
  let k = 0;
  try {
    while (k < n) {
      k++;
      const now = k;
      yield () => now;
    }
    return k;
  } finally {
    closed.value = true;
  }
}

describe('mapResumable', () => {
  it('maps every snapshot and the result, in order', () => {
    const seen: string[] = [];
    const r = drain(mapResumable(counter(3, { value: false }), (x) => `done ${x}`, (x) => `at ${x}`), (s) => seen.push(s));
    expect(seen).toEqual(['at 1', 'at 2', 'at 3']);
    expect(r).toBe('done 3');
  });

  it('stopping the mapped computation stops the inner one (its clean-up runs)', () => {
    const closed = { value: false };
    const job = mapResumable(counter(10, closed), String, String);
    job.next();
    job.next();
    expect(closed.value).toBe(false);
    job.return(undefined as never);
    expect(closed.value).toBe(true);
  });
});
