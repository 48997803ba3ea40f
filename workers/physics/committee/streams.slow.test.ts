import { describe, expect, it } from 'vitest';
import { digestRun } from '../testDigest.ts';
import { jobs } from './jobs.ts';
import before from './streams.before.json' with { type: 'json' };

// The erf panels (1-4 s each; the others: streams.test.ts): the resumable job gives the plain loop's numbers, progress
// and stages (streams.before.json, written by the code before the change), pausing after each channel evaluation.
describe('committeeCurvePanel, resumable, erf', () => {
  it.each([0.1, 0.5])('Δ = %d', (noise) => {
    const progress: number[] = [];
    const got = digestRun(jobs.committeeCurvePanel({ K: 2, act: 'erf', noise }, (f) => progress.push(f)), progress);
    expect({ ...got, pauses: undefined }).toEqual({ ...before.committeeCurvePanel[`K = 2 erf Δ = ${noise}` as 'K = 2 erf Δ = 0.1'], pauses: undefined });
    // several evaluations per α (40 of them)
    expect(got.pauses).toBeGreaterThan(40 * 2);
  });
});
