import { describe, expect, it } from 'vitest';
import { digest, digestRun } from '../testDigest.ts';
import { curvePanel, type CurveRequest } from './curveView.ts';
import { jobs } from './jobs.ts';
import { committeeCurve } from './learningCurve.ts';
import { committeePhase } from './phaseDiagram.ts';
import { phaseView } from './phaseLines.ts';
import before from './streams.before.json' with { type: 'json' };

// The theory jobs made resumable (issue #10): the same numbers, progress and partials as the plain functions on main
// (streams.before.json: digests of their results written by the code before the change, at 41e346e), pauses inside
// each point's solves, and a stop between two pauses.

type Pinned = { result: string; partials: string[]; progress: string };
const PANELS: [string, CurveRequest][] = [
  ['K = 3 sign', { K: 3, act: 'sign' }],
  ['K = 1 sign', { K: 1, act: 'sign' }],
  ['K = 2 sign', { K: 2, act: 'sign' }],
  ['K = large sign', { K: Infinity, act: 'sign' }],
  ['K = 3 erf (not covered)', { K: 3, act: 'erf', noise: 0.1 }],
];

function expectPanel(name: string, req: CurveRequest): number {
  const want = (before.committeeCurvePanel as Record<string, Pinned>)[name];
  const progress: number[] = [];
  const got = digestRun(jobs.committeeCurvePanel(req, (f) => progress.push(f)), progress);
  expect({ ...got, pauses: undefined }).toEqual({ ...want, pauses: undefined });
  return got.pauses;
}

describe('committeeCurvePanel, resumable: the numbers of the plain loop, bit for bit', () => {
  it('K = 3 stopped while it builds its branch table, then run again: the same numbers (no warm start left behind)', () => {
    const job = jobs.committeeCurvePanel({ K: 3, act: 'sign' });
    for (let i = 0; i < 40; i++) job.next();
    expect(job.return(undefined as never).done).toBe(true);
    expect(job.next().done).toBe(true);
    // ~300 channel evaluations for the table, 30 points of a few evaluations each, each a pause
    expect(expectPanel('K = 3 sign', { K: 3, act: 'sign' })).toBeGreaterThan(300 + 30 * 3);
  });
  it.each(PANELS.slice(1))('%s', (name, req) => {
    const pauses = expectPanel(name, req);
    if (req.act === 'erf' && req.K !== 2) expect(pauses).toBe(0);
    // finite K: one pause per channel evaluation (several per point); large K: one per point
    else expect(pauses).toBeGreaterThanOrEqual(req.K === Infinity ? 200 : 2 * 40);
  });
  it.each(PANELS.slice(1).filter(([, r]) => r.K !== 2))('the plain function, %s: each stage once through onPartial, as before', (name, req) => {
    const want = (before.committeeCurvePanel as Record<string, Pinned>)[name];
    const stages: string[] = [];
    expect(digest(curvePanel({ ...req, quality: 'coarse' }, undefined, (s) => stages.push(digest(s))))).toBe(want.result);
    expect(stages).toEqual(want.partials);
  });
});

describe('committeePhase, resumable', () => {
  it.each([2, 3, 9, 51])('kMax = %d: result, progress and a snapshot after each K as before', (kMax) => {
    const want = (before.committeePhase as Record<string, Pinned>)[`kMax = ${kMax}`];
    const progress: number[] = [];
    const got = digestRun(jobs.committeePhase({ kMax }, (f) => progress.push(f)), progress);
    expect({ ...got, pauses: undefined }).toEqual({ ...want, pauses: undefined });
    // each K pauses after every plane integral or SE step (≥ 3 a K), not only between two K
    expect(got.pauses).toBeGreaterThanOrEqual(3 * want.partials.length);
    // the plain function: onPartial after each K, as before
    if (kMax > 9) return;
    const partials: string[] = [];
    committeePhase(kMax, (p) => partials.push(digest(phaseView(p))));
    expect(partials).toEqual(want.partials);
  });
  it('return() stops it between two pauses: no further K, no progress', () => {
    const progress: number[] = [];
    const job = jobs.committeePhase({ kMax: 51 }, (f) => progress.push(f));
    for (let i = 0; i < 30; i++) job.next();
    const seen = progress.length;
    expect(job.return(undefined as never).done).toBe(true);
    expect(job.next().done).toBe(true);
    expect(progress.length).toBe(seen);
    expect(seen).toBeLessThan(26);
  });
});

describe('committeeCurvePoint, resumable (the marker: a new K = 3 first builds its branch table, over a second)', () => {
  const drained = (req: CurveRequest & { alpha: number }) => {
    const job = jobs.committeeCurvePoint(req);
    let pauses = 0;
    for (let s = job.next(); ; s = job.next()) {
      if (s.done) return { point: s.value, pauses };
      pauses++;
    }
  };
  it('drained: the values of a one-point learning curve at that α, bit for bit (the same cold solves); a pause per channel evaluation', () => {
    for (const [K, alpha] of [[1, 2], [2, 1.5], [3, 2], [3, 8]] as const) {
      const { point, pauses } = drained({ K, act: 'sign', alpha });
      const c = committeeCurve({ K, act: 'sign' }, Float64Array.of(alpha));
      expect(point).toEqual({ x: alpha, qd_amp: c.qd_amp[0], qa_amp: c.qa_amp[0], qd_bayes: c.qd_bayes[0], qa_bayes: c.qa_bayes[0], eg_amp: c.eg_amp[0], eg_bayes: c.eg_bayes[0], f_amp: c.f_amp[0], f_bayes: c.f_bayes[0] });
      expect(pauses).toBeGreaterThan(0);
    }
  });
  it('outside the axis: null, at once; return() stops it', () => {
    expect(drained({ K: 2, act: 'sign', alpha: 1e9 }).point).toBeNull();
    const job = jobs.committeeCurvePoint({ K: 3, act: 'sign', alpha: 3 });
    job.next();
    expect(job.return(null).done).toBe(true);
    expect(job.next().done).toBe(true);
  });
});
