import { describe, expect, it } from 'vitest';
import { digest, digestRun } from '../testDigest.ts';
import { glmCurveStream } from './curve.ts';
import { jobs } from './jobs.ts';
import { glmPhasePlane, type GlmPhaseDiagram } from './phase.ts';
import type { GlmParams } from './types.ts';
import type { AlphaGridSpec } from './alphaGrid.ts';
import before from './streams.before.json' with { type: 'json' };

// The theory jobs made resumable (issue #10): the same numbers, progress and partials as the plain functions on main
// (streams.before.json: digests written by the code before the change, at 41e346e; glmTransitions at 32beed5, where it
// was still the plain function), a pause after each SE solve (two per α) or each y of the phase diagram, and a stop
// between two pauses.

type Pinned = { result: string; partials: string[]; progress: string };

const CURVES: [string, GlmParams & AlphaGridSpec][] = [
  ['gaussian sign, log 0.01-10, 60', { prior: 'gaussian', channel: 'sign', noise: 0, rho: 0.5, alphaMin: 0.01, alphaMax: 10, n: 60, scale: 'log' }],
  ['binary sign ε = 0.1, lin 0.1-10, 40', { prior: 'binary', channel: 'sign', noise: 0.1, rho: 0.5, alphaMin: 0.1, alphaMax: 10, n: 40, scale: 'lin' }],
  ['binary sign noiseless, log 0.1-3, 200', { prior: 'binary', channel: 'sign', noise: 0, rho: 1, alphaMin: 0.1, alphaMax: 3, n: 200, scale: 'log' }],
  ['sparse linear Δ = 0.01 ρ = 0.3, log, 100', { prior: 'sparse', channel: 'linear', noise: 0.01, rho: 0.3, alphaMin: 0.05, alphaMax: 2, n: 100, scale: 'log' }],
  ['sparse linear noiseless ρ = 0.5', { prior: 'sparse', channel: 'linear', noise: 0, rho: 0.5, alphaMin: 0.1, alphaMax: 1.5, n: 50, scale: 'log' }],
  ['gaussian abs, 50', { prior: 'gaussian', channel: 'abs', noise: 0, rho: 0.5, alphaMin: 0.1, alphaMax: 3, n: 50, scale: 'log' }],
  ['gaussian relu Δ = 0.1, 50', { prior: 'gaussian', channel: 'relu', noise: 0.1, rho: 0.5, alphaMin: 0.1, alphaMax: 10, n: 50, scale: 'log' }],
  ['binary sign, 2 points, damping 0.5', { prior: 'binary', channel: 'sign', noise: 0, rho: 1, damping: 0.5, alphaMin: 0.5, alphaMax: 2, n: 2, scale: 'lin' }],
];

describe('glmLearningCurve, resumable: the numbers of the plain loop, bit for bit', () => {
  it.each(CURVES)('%s', (name, req) => {
    const progress: number[] = [];
    const got = digestRun(jobs.glmLearningCurve(req, (f) => progress.push(f)), progress);
    expect({ ...got, pauses: undefined }).toEqual({ ...(before.glmLearningCurve as Record<string, Pinned>)[name], pauses: undefined });
    // one after each SE solve (and inside a long one); ReLU: also one per reference evaluation of its tables (≥ 17 a piece)
    expect(got.pauses).toBeGreaterThanOrEqual(2 * req.n + (req.channel === 'relu' ? 17 : 0));
  });
  it.each([
    ['unsorted grid (3, 0.5, 1.2, 0.5), binary sign', { prior: 'binary', channel: 'sign', noise: 0, rho: 1 }, Float64Array.of(3, 0.5, 1.2, 0.5)],
    ['one point, gaussian linear Δ = 0.2', { prior: 'gaussian', channel: 'linear', noise: 0.2, rho: 1 }, Float64Array.of(1.3)],
  ] as [string, GlmParams, Float64Array][])('glmCurve, %s', (name, p, alphas) => {
    const progress: number[] = [];
    const got = digestRun(glmCurveStream(p, alphas, (f) => progress.push(f)), progress);
    expect({ ...got, pauses: undefined }).toEqual({ ...(before.glmCurve as Record<string, Pinned>)[name], pauses: undefined });
  });
  it('a solve stalled next to a spinodal pauses inside (sparse prior, |z|, ρ = 0.01: ~170 ms a solve)', () => {
    const req = { prior: 'sparse', channel: 'abs', noise: 0, rho: 0.01, alphaMin: 0.01, alphaMax: 10, n: 300, scale: 'lin' } as const;
    let pauses = 0;
    for (const job = jobs.glmLearningCurve(req); !job.next().done; ) pauses++;
    expect(pauses).toBeGreaterThan(2 * 300 + 20_000 / 256);
  });
  it('return() stops it between two solves: no further progress', () => {
    const progress: number[] = [];
    const job = jobs.glmLearningCurve(CURVES[2][1], (f) => progress.push(f));
    for (let i = 0; i < 50; i++) job.next();
    const seen = progress.length;
    expect(job.return(undefined as never).done).toBe(true);
    expect(job.next().done).toBe(true);
    expect(progress.length).toBe(seen);
    // progress is reported every 4 solves of 400: the 48th was the last before the stop
    expect(progress[seen - 1]).toBe(48 / 400);
  });
});

describe('glmPhase, resumable', () => {
  it.each([
    ['binary-noise', undefined], ['binary-noise', 2], ['binary-noise', 5], ['sparse-rho', undefined], ['sparse-rho', 2], ['sparse-rho', 5],
  ] as [GlmPhaseDiagram, number | undefined][])('%s, n = %s: result, progress and the coarse pass as its snapshot', (diagram, n) => {
    const want = (before.glmPhase as Record<string, Pinned>)[`${diagram} n = ${n ?? 'default'}`];
    const progress: number[] = [];
    const got = digestRun(jobs.glmPhase(n ? { diagram, n } : { diagram }, (f) => progress.push(f)), progress);
    expect({ ...got, pauses: undefined }).toEqual({ ...want, pauses: undefined });
    // a pause after each y (and inside its thresholds), and one when the coarse pass is done
    expect(got.pauses).toBeGreaterThan((n ?? 40) + 1);
    // the plain function passes the coarse pass on once
    const partials: string[] = [];
    expect(digest(glmPhasePlane(n ? { diagram, n } : { diagram }, undefined, (p) => partials.push(digest(p))))).toBe(want.result);
    expect(partials).toEqual(want.partials);
  });
  it('return() stops it: no further y', () => {
    const progress: number[] = [];
    const job = jobs.glmPhase({ diagram: 'binary-noise' }, (f) => progress.push(f));
    for (let i = 0; i < 100; i++) job.next();
    const seen = progress.length;
    expect(job.return(undefined as never).done).toBe(true);
    expect(job.next().done).toBe(true);
    expect(progress.length).toBe(seen);
    expect(progress[seen - 1]).toBeLessThan(1);
  });
});

/** the models of the pinned glmTransitions digests, by name */
const TRANSITIONS: Record<string, GlmParams> = {
  'gaussian relu Δ = 0.001': { prior: 'gaussian', channel: 'relu', noise: 0.001, rho: 0.5 },
  'binary relu Δ = 0': { prior: 'binary', channel: 'relu', noise: 0, rho: 0.5 },
  'sparse relu Δ = 0.3 ρ = 0.01': { prior: 'sparse', channel: 'relu', noise: 0.3, rho: 0.01 },
  'binary sign ε = 0': { prior: 'binary', channel: 'sign', noise: 0, rho: 1 },
  'sparse abs ρ = 0.01': { prior: 'sparse', channel: 'abs', noise: 0, rho: 0.01 },
  'sparse linear Δ = 0 ρ = 0.5': { prior: 'sparse', channel: 'linear', noise: 0, rho: 0.5 },
};

describe('glmTransitions, resumable', () => {
  it.each(Object.entries(TRANSITIONS))('%s: the numbers of before; ReLU pauses inside its table build, every model in its thresholds', (name, p) => {
    const got = digestRun(jobs.glmTransitions(p), []);
    expect(got.result).toBe((before.glmTransitions as Record<string, string>)[name]);
    expect(got.pauses).toBeGreaterThanOrEqual(p.channel === 'relu' ? 17 : 1);
  });
});
