import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logGrid } from '../numerics/logGrid.ts';
import type { Resumable } from '../resumable.ts';
import {
  hmmCurve, hmmCurveStream, hmmDoubleDescent, hmmDoubleDescentStream, hmmLambdaSweep, hmmLambdaSweepStream, hmmPhaseDiagram,
  hmmPhaseDiagramStream, type Activation, type HmmModel,
} from './index.ts';

// The jobs made resumable (issue #10): the same numbers as the plain loops before (streams.fixture.json, written from
// them at 41e346e), pauses at least once per grid point, and a stop between two pauses.

type Grid = { min: number; max: number; n: number };
interface Case { name: string; out: unknown }
const fixture = JSON.parse(readFileSync(new URL('./streams.fixture.json', import.meta.url), 'utf8')) as {
  hmmCurve: (Case & { model: HmmModel; grid: Grid })[];
  hmmLambdaSweep: (Case & { model: Omit<HmmModel, 'lambda'>; alpha: number; grid: Grid })[];
  hmmDoubleDescent: (Case & { act: Activation; dOverN: number; grid: Grid })[];
  hmmPhaseDiagram: unknown;
};
const grid = (g: Grid) => logGrid(g.min, g.max, g.n);

/** the fixture's encoding: numbers exact, typed arrays as {Type: values}, non-finite numbers and −0 as strings */
function encode(x: unknown): unknown {
  if (typeof x === 'number') return Number.isFinite(x) && !Object.is(x, -0) ? x : String(x === 0 ? '-0' : x);
  if (ArrayBuffer.isView(x)) return { [x.constructor.name]: Array.from(x as Float64Array, encode) };
  if (Array.isArray(x)) return x.map(encode);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, encode(v)]));
  return x;
}

/** the pauses of a resumable computation run to its end, and the snapshots offered */
function pauses(job: Resumable<unknown, unknown>): { pauses: number; offered: number } {
  let n = 0;
  let offered = 0;
  for (let s = job.next(); !s.done; s = job.next()) {
    n++;
    if (s.value) offered++;
  }
  return { pauses: n, offered };
}

describe('the resumable theory jobs give the plain loops\' numbers bit for bit', () => {
  it.each(fixture.hmmCurve)('hmmCurve: $name', (c) => {
    expect(encode(hmmCurve(c.model, grid(c.grid)))).toEqual(c.out);
  });
  it.each(fixture.hmmLambdaSweep)('hmmLambdaSweep: $name', (c) => {
    expect(encode(hmmLambdaSweep(c.model, c.alpha, grid(c.grid)))).toEqual(c.out);
  });
  it.each(fixture.hmmDoubleDescent)('hmmDoubleDescent: $name', (c) => {
    expect(encode(hmmDoubleDescent(c.act, c.dOverN, grid(c.grid)))).toEqual(c.out);
  });
  it('hmmPhaseDiagram', () => {
    expect(encode(hmmPhaseDiagram())).toEqual(fixture.hmmPhaseDiagram);
  });
});

describe('the theory streams pause at every grid point and inside every logistic solve, offering no snapshot', () => {
  const logistic: HmmModel = { act: 'sign', loss: 'logistic', lambda: 1e-4, gamma: 0.5 };
  it('hmmCurve: ridge once per α, logistic once per iteration step too', () => {
    const alphas = logGrid(0.05, 10, 20);
    expect(pauses(hmmCurveStream({ ...logistic, loss: 'square' }, alphas))).toEqual({ pauses: 19, offered: 0 });
    // a logistic solve takes several steps per α even when continued
    expect(pauses(hmmCurveStream(logistic, alphas)).pauses).toBeGreaterThan(3 * 20);
  });
  it('hmmLambdaSweep: a pause per λ, and per step of the refinement\'s logistic solves', () => {
    const lambdas = logGrid(1e-4, 100, 61);
    expect(pauses(hmmLambdaSweepStream({ act: 'erf', loss: 'square', gamma: 0.5 }, 1, lambdas))).toEqual({ pauses: 61, offered: 0 });
    expect(pauses(hmmLambdaSweepStream({ act: 'erf', loss: 'logistic', gamma: 0.5 }, 2, lambdas)).pauses).toBeGreaterThan(3 * 61);
  });
  it('hmmDoubleDescent and hmmPhaseDiagram: a pause per ψ, per α column', () => {
    expect(pauses(hmmDoubleDescentStream('erf', 0.5, logGrid(0.1, 10, 9)))).toEqual({ pauses: 8, offered: 0 });
    expect(pauses(hmmPhaseDiagramStream())).toEqual({ pauses: 48, offered: 0 });
  });
});

describe('a stop between two pauses (the worker\'s cooperative cancel)', () => {
  it.each([
    ['hmmCurve', () => hmmCurveStream({ act: 'erf', loss: 'logistic', lambda: 0.01, gamma: 0.5 }, logGrid(0.05, 10, 120))],
    ['hmmLambdaSweep', () => hmmLambdaSweepStream({ act: 'erf', loss: 'logistic', gamma: 0.5 }, 2, logGrid(1e-4, 100, 61))],
    ['hmmDoubleDescent', () => hmmDoubleDescentStream('erf', 0.5, logGrid(0.1, 10, 121))],
    ['hmmPhaseDiagram', () => hmmPhaseDiagramStream()],
  ] as const)('%s: return() ends it, and no work follows', (_name, make) => {
    const job: Resumable<unknown, unknown> = make();
    for (let i = 0; i < 5; i++) expect(job.next().done).toBe(false);
    expect(job.return(undefined).done).toBe(true);
    expect(job.next().done).toBe(true);
  });
});
