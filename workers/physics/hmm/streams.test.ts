import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { logGrid } from '../numerics/logGrid.ts';
import { Rng } from '../numerics/rng.ts';
import { RowOperand } from '../numerics/wasm/rowProducts.ts';
import { drain, type Resumable } from '../resumable.ts';
import { drawInstance, drawSamplesStream } from './data.ts';
import {
  hmmCurve, hmmCurveStream, hmmDoubleDescent, hmmDoubleDescentStream, hmmLambdaSweep, hmmLambdaSweepStream, hmmPhaseDiagram,
  hmmPhaseDiagramStream, hmmSim, hmmSimCurve, hmmSimCurveStream, type Activation, type HmmModel,
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
  hmmSimCurve: (Case & { model: HmmModel; alphas: number[]; p: number; seed: number; seeds: number })[];
  hmmSim: (Case & { model: HmmModel; alpha: number; p: number; seed: number; seeds: number })[];
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

describe('the finite-size points, run coarse to fine, give the plain loops\' numbers bit for bit', () => {
  it.each(fixture.hmmSimCurve)('hmmSimCurve: $name', (c) => {
    expect(encode(hmmSimCurve(c.model, Float64Array.from(c.alphas), c))).toEqual(c.out);
  });
  it.each(fixture.hmmSim)('hmmSim: $name', (c) => {
    expect(encode(hmmSim(c.model, c))).toEqual(c.out);
  });
});

describe('hmmSimCurve streams honest partials', () => {
  const [c] = fixture.hmmSimCurve.filter((x) => x.alphas.length === 3 && x.seeds === 2);
  const alphas = Float64Array.from(c.alphas);

  it('every snapshot: the α with a run over, each the mean of its seeds so far (= hmmSim over that many seeds); seed 0 everywhere first, coarse to fine', () => {
    const snaps: ReturnType<typeof hmmSimCurveStream> extends Resumable<infer R> ? R[] : never = [];
    const result = drain(hmmSimCurveStream(c.model, alphas, c), (s) => snaps.push(s));
    // one snapshot per run but the last (seed 0 at α₀, α₂, α₁, then seed 1 …), the same one offered through a run's pauses
    const distinct = snaps.filter((s, i) => i === 0 || Array.from(s.seeds_done).join() !== Array.from(snaps[i - 1].seeds_done).join());
    expect(distinct.map((s) => Array.from(s.seeds_done).join())).toEqual(['1,0,0', '1,0,1', '1,1,1', '2,1,1', '2,1,2']);
    for (const s of distinct) {
      expect(s.over).toBe(false);
      expect(s.done).toBe(s.seeds_done.filter((k) => k > 0).length);
      s.seeds_done.forEach((k, i) => {
        if (k === 0) {
          expect(s.eg_mean[i]).toBeNaN();
          return;
        }
        const r = hmmSim(c.model, { alpha: alphas[i], p: c.p, seed: c.seed, seeds: k });
        expect([s.eg_mean[i], s.eg_std[i], s.eg_gauss_mean[i], s.eg_gauss_std[i]]).toEqual([r.eg_mean, r.eg_std, r.eg_gauss_mean, r.eg_gauss_std]);
      });
    }
    expect(result.over).toBe(true);
    expect(result.seeds_done).toEqual(new Float64Array(3).fill(2));
  });

  it('a pause after every block of 16 samples drawn, every panel of 16 rows of the ridge Gram, and after each fit', () => {
    // per run: ⌈n/16⌉ − 1 (training draw) + 2 × (⌈min(n, p)/16⌉ − 1) (the two Grams) + 2 (fits) + ⌈2000/16⌉ − 1 (test
    // draw) pauses, then one between runs; n = 12, 50, 200 at p = 50
    const perRun = (n: number) => Math.ceil(n / 16) - 1 + 2 * (Math.ceil(Math.min(n, c.p) / 16) - 1) + 2 + 124;
    const want = 2 * (perRun(12) + perRun(50) + perRun(200)) + 5;
    expect(pauses(hmmSimCurveStream(c.model, alphas, c))).toEqual({ pauses: want, offered: want - perRun(12) });
  });

  it('return() mid-draw stops the run and frees the packed F (drawSamplesStream\'s clean-up)', () => {
    const dispose = vi.spyOn(RowOperand.prototype, 'dispose');
    try {
      const job = hmmSimCurveStream(c.model, alphas, c);
      for (let i = 0; i < 3; i++) expect(job.next().done).toBe(false);
      const before = dispose.mock.calls.length;
      expect(job.return(undefined as never).done).toBe(true);
      expect(dispose.mock.calls.length).toBe(before + 1);
      expect(job.next().done).toBe(true);
      // the plain draw frees it too
      const rng = new Rng(1);
      drain(drawSamplesStream(drawInstance(rng, 20, 10), 'erf', 40, rng));
      expect(dispose.mock.calls.length).toBe(before + 2);
    } finally {
      dispose.mockRestore();
    }
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
