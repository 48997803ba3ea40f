import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drain, type Resumable } from '../resumable.ts';
import {
  ermCurve, ermLambdaScan, ermLambdaScanStream, ermLossCurves, ermLossCurvesStream, ermOptimalCurve, ermRates, ermRatesStream,
  ermReference, ermReferenceStream, ermRidgePeak, ermRidgePeakStream, ermSim, ermSimCurve, ermSimCurveStream, ermSolve, maxMarginSolve,
  optimalLambda, type ErmSimCurveRuns,
} from './index.ts';
import { ermSolveStream } from './fixedPoint.ts';

// The ERM jobs made resumable (issue #10): the same numbers as the plain loops on main, a pause after every
// evaluation of a fixed-point map and after every point, and a stop between two pauses.

/** sha-256 (16 hex digits) of a result's JSON, typed arrays by their bytes and numbers by String (NaN, ±∞ and −0 kept) */
const digest = (x: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(x, (_k, v) => (ArrayBuffer.isView(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') : typeof v === 'number' ? `${Object.is(v, -0) ? '-0' : v}` : v)))
    .digest('hex')
    .slice(0, 16);

/** how many times a resumable computation pauses */
function pauses(job: Resumable<unknown>): number {
  let n = 0;
  while (!job.next().done) n++;
  return n;
}

const O = Infinity;
// digests of the plain functions before they were made resumable (main at 41e346e); edge cases: one α, λ → 0⁺ and
// λ = 100, α = 1 (the ridge peak), one seed, λ* with and without a hint
const PINNED: [string, () => unknown, string][] = [
  ['ermReference 0.2..50 ×5', () => ermReference({ alphaMin: 0.2, alphaMax: 50, n: 5 }), '2f69d0240c84ff02'],
  ['ermReference 0.2..1000 ×7, logistic to 50', () => ermReference({ alphaMin: 0.2, alphaMax: 1000, n: 7, logisticAlphaMax: 50 }), 'bb233a1b5b4386f4'],
  ['ermReference α = 3 alone', () => ermReference({ alphaMin: 3, alphaMax: 3, n: 1 }), 'b7a8436dff1a3b8f'],
  ['ermRates 0.2..1000 ×6, logistic to 20', () => ermRates({ alphaMin: 0.2, alphaMax: 1000, n: 6, logisticAlphaMax: 20 }), '87d5761b9a526014'],
  ['ermLossCurves λ = 0.1', () => ermLossCurves({ alphaMin: 0.2, alphaMax: 50, n: 5, lambda: 0.1 }), 'd6eb9653a4476b55'],
  ['ermLossCurves λ → 0⁺', () => ermLossCurves({ alphaMin: 0.2, alphaMax: 50, n: 5, lambda: 0 }), '3e6872581a589ae7'],
  ['ermLossCurves λ = 1e-4', () => ermLossCurves({ alphaMin: 0.5, alphaMax: 20, n: 4, lambda: 1e-4 }), '781c8d99f1b98681'],
  ['ermLossCurves λ = 100', () => ermLossCurves({ alphaMin: 0.2, alphaMax: 50, n: 3, lambda: 100 }), 'b63b4b651ec07b94'],
  ['ermLambdaScan α = 0.3', () => ermLambdaScan({ alpha: 0.3, lambdaMin: 1e-4, lambdaMax: 100, n: 6 }), 'a569023c6db9fff6'],
  ['ermLambdaScan α = 1 (the ridge peak)', () => ermLambdaScan({ alpha: 1, lambdaMin: 1e-4, lambdaMax: 100, n: 5 }), '4f298b21955a4e39'],
  ['ermLambdaScan α = 2', () => ermLambdaScan({ alpha: 2, lambdaMin: 1e-3, lambdaMax: 10, n: 8 }), '90e665f4d573ef82'],
  ['ermRidgePeak 0.1..10 ×21', () => ermRidgePeak({ alphaMin: 0.1, alphaMax: 10, n: 21 }), 'e9b67a49eb6c6410'],
  ['ermCurve logistic λ* ×4', () => ermCurve('logistic', O, Float64Array.of(4, 0.5, 1, 2)), 'f3adfc0b2ce0a364'],
  ['ermOptimalCurve square ×3', () => ermOptimalCurve('square', Float64Array.of(0.5, 1, 3)), '4de5c901950e5bfc'],
  ['optimalLambda logistic α = 2, hint 0.01', () => optimalLambda('logistic', 2, 0.01), '859a0dbe265fdb24'],
  ['optimalLambda hinge α = 0.5', () => optimalLambda('hinge', 0.5), 'fd579a8382dd21d9'],
  ['maxMarginSolve α = 3', () => maxMarginSolve(3), '779060a4e82f0651'],
  ['ermSolve logistic α = 2 λ = 0.01, cold then warm', () => {
    const a = ermSolve('logistic', 2, 0.01);
    return [a, ermSolve('logistic', 2.2, 0.01, { start: a, maxIter: 20 })];
  }, '7a9389da7ccd6055'],
  ['ermSolve hinge α = 5 λ = 1e-3', () => ermSolve('hinge', 5, 1e-3), '28432b41f2d5c7e6'],
  ['ermSimCurve square λ = 0.1, d = 40, 2 seeds', () => ermSimCurve({ loss: 'square', lambda: 0.1, d: 40, seed: 1, seeds: 2, alphas: [0.5, 1, 2] }), 'a7240fe49d3c8de5'],
  ['ermSimCurve logistic λ*, d = 30, 3 seeds', () => ermSimCurve({ loss: 'logistic', lambda: O, d: 30, seed: 2, seeds: 3, alphas: [0.5, 2] }), 'c39a8b3e5fc28e15'],
  ['ermSimCurve hinge λ → 0⁺, d = 40, 2 seeds', () => ermSimCurve({ loss: 'hinge', lambda: 0, d: 40, seed: 3, seeds: 2, alphas: [0.5, 1, 2] }), '23e9241022ae3086'],
  ['ermSimCurve logistic λ → 0⁺, one seed, one α', () => ermSimCurve({ loss: 'logistic', lambda: 0, d: 30, seed: 4, seeds: 1, alphas: [1] }), '0d3499a3b06b96f2'],
  ['ermSimCurve square λ* at α = 1, d = 20', () => ermSimCurve({ loss: 'square', lambda: O, d: 20, seed: 5, seeds: 2, alphas: [1, 4] }), '99248d2217d76d3a'],
  ['ermSim hinge λ = 1, α = 2, d = 40, 2 seeds', () => ermSim({ loss: 'hinge', lambda: 1, alpha: 2, d: 40, seed: 6, seeds: 2 }), 'af95aa42945fb964'],
  ['ermSim logistic λ*, α = 0.5, d = 30, 3 seeds', () => ermSim({ loss: 'logistic', lambda: O, alpha: 0.5, d: 30, seed: 7, seeds: 3 }), 'e47a351d25048cfa'],
  // n·d = 503·201 and the test set 2000·201: both drawn in several chunks, odd lengths (a Box-Muller spare carried over)
  ['ermSim square λ = 0.1, α = 2.5, d = 201, 2 seeds', () => ermSim({ loss: 'square', lambda: 0.1, alpha: 2.5, d: 201, seed: 8, seeds: 2 }), '69e56ca5d170b529'],
];

describe('the ERM jobs give the plain loops\' numbers bit for bit', () => {
  it.each(PINNED)('%s', (_name, run, want) => {
    expect(digest(run())).toBe(want);
  });
});

describe('the ERM theory jobs pause every few ms and stop when asked', () => {
  it('a fixed-point solve pauses after every evaluation of its map', () => {
    const job = ermSolveStream('logistic', 2, 0.01);
    let n = 0;
    for (let s = job.next(); ; s = job.next(), n++) {
      if (s.done) {
        expect(n).toBe(s.value.iterations);
        break;
      }
    }
    expect(n).toBeGreaterThan(10);
  });

  it('each curve pauses at least once per point of each of its learners', () => {
    const g = { alphaMin: 0.2, alphaMax: 50, n: 5 };
    // square is a closed form: its pauses are the one per point
    expect(pauses(ermLossCurvesStream({ ...g, lambda: 0.1 }))).toBeGreaterThanOrEqual(3 * g.n);
    expect(pauses(ermLossCurvesStream({ ...g, lambda: 0 }))).toBeGreaterThanOrEqual(3 * g.n);
    expect(pauses(ermLambdaScanStream({ alpha: 2, lambdaMin: 1e-3, lambdaMax: 10, n: 8 }))).toBeGreaterThanOrEqual(3 * 8);
    // 5 λ rows of closed forms, one pause each
    expect(pauses(ermRidgePeakStream({ alphaMin: 0.1, alphaMax: 10, n: 21 }))).toBeGreaterThanOrEqual(5 * 21);
    // every λ* point is a 1-D search over fixed points: dozens of pauses each
    expect(pauses(ermReferenceStream({ alphaMin: 3, alphaMax: 3, n: 1 }))).toBeGreaterThan(50);
  });

  it('return() stops a job between two pauses: no further work, no further progress', () => {
    for (const make of [
      (p: (f: number) => void) => ermLambdaScanStream({ alpha: 2, lambdaMin: 1e-3, lambdaMax: 10, n: 8 }, p),
      (p: (f: number) => void) => ermRatesStream({ alphaMin: 0.2, alphaMax: 1000, n: 6, logisticAlphaMax: 20 }, p),
    ]) {
      const reports: number[] = [];
      const job = make((f) => reports.push(f));
      for (let k = 0; k < 40; k++) expect(job.next().done).toBe(false);
      const seen = reports.length;
      expect(job.return(undefined as never).done).toBe(true);
      expect(job.next().done).toBe(true);
      expect(reports.length).toBe(seen);
      expect(reports.every((f) => f < 1)).toBe(true);
    }
  });
});

describe('the training dots stream coarse to fine', () => {
  const req = { loss: 'hinge', lambda: O, d: 30, seed: 2, seeds: 3, alphas: [0.5, 1, 2] } as const;

  it('run 0 at every α first, then the next runs; each dot the mean of its runs so far, the end only at the end', () => {
    const snaps: ErmSimCurveRuns[] = [];
    const end = drain(ermSimCurveStream(req), (p) => snaps.push(p));
    // snapshots from the end of the first run on (the λ* searches and the first run offer none), after every run but the last
    expect([...new Set(snaps.map((p) => p.runs_done))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(end.runs_done).toBe(9);
    // after one run: the first α's dot only
    expect(Number.isNaN(snaps[0].eg_mean[0])).toBe(false);
    expect(Number.isNaN(snaps[0].eg_mean[1])).toBe(true);
    // a training run pauses too: more pauses than runs
    expect(snaps.length).toBeGreaterThan(9);
    // after one run at every α, and after two: the curve of one and of two seeds, bit for bit
    for (const [at, seeds] of [[3, 1], [6, 2]] as const) {
      const { runs_done: _d, n_runs: _n, ...partial } = snaps.find((p) => p.runs_done === at)!;
      const { n_runs: _m, ...fewer } = ermSimCurve({ ...req, seeds });
      expect(partial).toEqual(fewer);
    }
    const { runs_done: _d, ...whole } = end;
    expect(whole).toEqual(ermSimCurve(req));
  });

  it('return() stops it between two runs: no further run, no further progress', () => {
    const reports: number[] = [];
    const job = ermSimCurveStream({ ...req, lambda: 0.1 }, (f) => reports.push(f));
    let s = job.next();
    while (!s.done && !s.value) s = job.next();
    if (s.done || !s.value) throw new Error('no snapshot before the end');
    expect(s.value().runs_done).toBe(1);
    const seen = reports.length;
    expect(job.return(undefined as never).done).toBe(true);
    expect(job.next().done).toBe(true);
    expect(reports.length).toBe(seen);
    expect(Math.max(...reports)).toBeLessThan(1 / 3);
  });
});
