import { describe, expect, it } from 'vitest';
import { dopri5Stream, type Rhs } from './ode.ts';
import { rkcStream } from './rkc.ts';
import { dopri5RkcStream } from './stiffSwitch.ts';
import type { Resumable } from '../resumable.ts';

// The integrators' resumable forms (issue #10; the plain calls drain them, their numbers are pinned by sgd/streams.test.ts):
// between two pauses they evaluate the right-hand side only a bounded number of times, however stiff the problem.

/** y_i' = −λ_i y_i + 1, λ_i from 1 to 1e4: stiff enough for RKC steps of ~100 stages */
const lambdas = Float64Array.from({ length: 20 }, (_, i) => 10 ** (i / 4.75));
function counted(): { f: Rhs; calls: () => number } {
  let n = 0;
  return {
    f: (_t, y, dy) => {
      n++;
      for (let i = 0; i < y.length; i++) dy[i] = -lambdas[i] * y[i] + 1;
    },
    calls: () => n,
  };
}
const y0 = new Float64Array(lambdas.length).fill(1);
const tOut = Float64Array.of(0, 1, 100, 1e4);

/** the most right-hand sides evaluated between two pauses (or before the first, or after the last) */
function longestStretch(start: (f: Rhs) => Resumable<unknown>): { most: number; pauses: number } {
  const { f, calls } = counted();
  const job = start(f);
  let most = 0, pauses = 0, last = 0;
  for (let s = job.next(); ; s = job.next()) {
    most = Math.max(most, calls() - last);
    last = calls();
    if (s.done) break;
    pauses++;
  }
  return { most, pauses };
}

describe('ODE integrators, resumable', () => {
  it('DOPRI5 pauses before every step attempt: at most 6 right-hand sides (+ the start) between pauses', () => {
    const r = longestStretch((f) => dopri5Stream(f, y0, Float64Array.of(0, 0.05)));
    expect(r.pauses).toBeGreaterThan(5);
    expect(r.most).toBeLessThanOrEqual(8);
  });

  it('RKC pauses within its long steps too: at most 16 stages plus a spectral-radius estimate between pauses', () => {
    const { f, calls } = counted();
    const job = rkcStream(f, y0, tOut);
    let end = job.next();
    while (!end.done) end = job.next();
    // steps of ~100 stages: far more right-hand sides per step than a stretch allows
    expect(calls() / (end.value.steps + end.value.rejected)).toBeGreaterThan(40);
    const r = longestStretch((g) => rkcStream(g, y0, tOut));
    expect(r.most).toBeLessThanOrEqual(16 + 2 + 20);
    const sw = longestStretch((g) => dopri5RkcStream(g, y0, tOut));
    expect(sw.most).toBeLessThanOrEqual(16 + 2 + 20 + 20);
  });
});
