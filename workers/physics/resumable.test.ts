import { describe, expect, it } from 'vitest';
import { drain, inLockstep, mapResumable, offering, type LockstepRun, type Resumable } from './resumable.ts';

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

describe('offering', () => {
  it('offers the given snapshot at every pause of the inner computation and returns its result', () => {
    const seen: string[] = [];
    expect(drain(offering(counter(3, { value: false }), () => 'preview'), (s) => seen.push(s))).toBe(3);
    expect(seen).toEqual(['preview', 'preview', 'preview']);
    // no snapshot yet: the pauses offer none
    expect(drain(offering(counter(2, { value: false }), undefined), () => seen.push('none'))).toBe(2);
    expect(seen).toHaveLength(3);
  });

  it('stopping it stops the inner computation (its clean-up runs)', () => {
    const closed = { value: false };
    const job = offering(counter(10, closed), () => 0);
    job.next();
    expect(closed.value).toBe(false);
    job.return(undefined as never);
    expect(closed.value).toBe(true);
  });
});

describe('inLockstep', () => {
  it('advances every run a chunk in turn until all are over, reporting the fraction of all steps taken', () => {
    const order: string[] = [];
    const run = (name: string, total: number): LockstepRun => {
      let t = 0;
      return {
        total,
        taken: () => t,
        advance: (n) => {
          const k = Math.min(n, total - t);
          t += k;
          order.push(`${name}${k}`);
          return t === total;
        },
      };
    };
    const progress: number[] = [];
    let snapshots = 0;
    drain(inLockstep([run('a', 5), run('b', 3)], 2, (f) => progress.push(f), () => snapshots++), () => {});
    // a and b in turn, 2 steps each; b is over after its second chunk, then idles (0 steps) while a finishes
    expect(order).toEqual(['a2', 'b2', 'a2', 'b1', 'a1', 'b0']);
    expect(snapshots).toBe(2);
    expect(progress).toEqual([4 / 8, 7 / 8, 1]);
  });
});
