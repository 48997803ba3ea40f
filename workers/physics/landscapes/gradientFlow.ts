/**
 * Spherical gradient flow / Langevin dynamics in the spiked matrix-tensor model (arXiv:1812.09066,
 * 1907.08226; PHYSICS.md §4): ẋ = −∇L − μx + η, ⟨η_i(t)η_j(t')⟩ = 2T δ_ij δ(t − t'), with the Lagrange
 * multiplier μ = T − x·∇L/N that keeps |x|² = N. Integrated by Euler-Maruyama steps of size h followed
 * by a projection back onto the sphere (the projection removes the O(h²) drift off the sphere).
 */
import { childSeed, Rng } from '../numerics/rng.ts';
import { lossGradient, projectToSphere, randomOnSphere, spikedInstanceStream } from './instance.ts';
import type { SpikedInstance } from './instance.ts';
import { drain, inLockstep, type Resumable } from '../resumable.ts';

export interface GfStepParams {
  /** Langevin temperature; 0 = gradient flow */
  T: number;
  /** time step */
  h: number;
  tmax: number;
}

export interface LandscapeGfParams extends GfStepParams {
  N: number;
  invd2: number;
  dp: number;
  seed: number;
  /** number of independent runs (instance + start), seeded childSeed(seed, s) */
  seeds: number;
}

export interface GfSeries {
  t: Float64Array;
  /** overlap m = x·x* / N */
  m: Float64Array;
  mu: Float64Array;
  /** e = L/N */
  e: Float64Array;
}

export interface LandscapeGfResult extends GfSeries {
  /** series of every run (t shared); m, mu, e above are run 0's */
  m_seeds: Float64Array[];
  mu_seeds: Float64Array[];
  e_seeds: Float64Array[];
  /** fraction of runs ending with m > 0.5 (PHYSICS.md §4) */
  success_rate: number;
  /** fraction of runs ending with |m| > 0.3 (escapes to −x* count) */
  escape_rate: number;
}

/** Success and escape as PHYSICS.md §4 defines them. */
export const SUCCESS_M = 0.5;
export const ESCAPE_M = 0.3;

/** Stored points per series: enough for a chart, bounded for the worker message. */
const MAX_POINTS = 1000;

/**
 * One run from x (overwritten with the final state), resumable: a chunk of steps (~1 ms) between two pauses, the
 * steps those of the uninterrupted run. `rng` drives the thermal noise only. Progress fractions are mapped onto [p0, p1].
 */
export function* spikedGfRunStream(
  inst: SpikedInstance,
  x: Float64Array,
  p: GfStepParams,
  rng: Rng,
  onProgress?: (fraction: number) => void,
  p0 = 0,
  p1 = 1,
): Resumable<GfSeries, never> {
  const run = gfRunner(inst, x, p, rng);
  while (!run.advance(chunkSteps(inst.N), onProgress, p0, p1)) yield undefined;
  return run.out;
}

/**
 * The run of spikedGfRunStream: `advance(maxSteps)` takes up to maxSteps more steps (recording every stored
 * point it passes) and tells whether the run is over. Every operation is that of one uninterrupted run, however it
 * is cut, so several runs can advance together.
 */
function gfRunner(inst: SpikedInstance, x: Float64Array, p: GfStepParams, rng: Rng) {
  const { N, xStar } = inst;
  const nSteps = Math.max(0, Math.round(p.tmax / p.h));
  const stride = Math.max(1, Math.ceil(nSteps / (MAX_POINTS - 1)));
  const nPoints = Math.floor(nSteps / stride) + 1;
  const out: GfSeries = { t: new Float64Array(nPoints), m: new Float64Array(nPoints), mu: new Float64Array(nPoints), e: new Float64Array(nPoints) };
  const g = new Float64Array(N);
  const noise = p.T > 0 ? Math.sqrt(2 * p.T * p.h) : 0;
  const reportEvery = Math.max(1, Math.ceil(nSteps / 100));
  let step = 0;
  let recorded = 0;
  let over = false;
  const advance = (maxSteps: number, onProgress?: (fraction: number) => void, p0 = 0, p1 = 1): boolean => {
    for (const stop = step + maxSteps; !over && step < stop; ) {
      const L = lossGradient(inst, x, g);
      let xg = 0;
      let xm = 0;
      for (let i = 0; i < N; i++) {
        xg += x[i] * g[i];
        xm += x[i] * xStar[i];
      }
      const mu = p.T - xg / N;
      if (step % stride === 0) {
        const k = step / stride;
        out.t[k] = step * p.h;
        out.m[k] = xm / N;
        out.mu[k] = mu;
        out.e[k] = L / N;
        recorded = k + 1;
      }
      if (step === nSteps) {
        over = true;
        break;
      }
      for (let i = 0; i < N; i++) x[i] -= p.h * (g[i] + mu * x[i]);
      if (noise > 0) for (let i = 0; i < N; i++) x[i] += noise * rng.normal();
      projectToSphere(x);
      step++;
      if (onProgress && step % reportEvery === 0) onProgress(p0 + ((p1 - p0) * step) / nSteps);
    }
    return over;
  };
  return { out, advance, recorded: () => recorded, taken: () => step, total: nSteps };
}

type SeededRun = { inst: SpikedInstance; x: Float64Array; rng: Rng };

/** A seeded run's instance, start and noise stream (instance first, then x(0), then the noise). */
export function seededRun(p: { N: number; invd2: number; dp: number; seed: number }, s: number): SeededRun {
  return drain(seededRunStream(p, s));
}

/** seededRun resumable: the instance's draw pauses between rows of its tensor (instance.ts). */
export function* seededRunStream(p: { N: number; invd2: number; dp: number; seed: number }, s: number): Resumable<SeededRun, never> {
  const rng = new Rng(childSeed(p.seed, s));
  const inst = yield* spikedInstanceStream(p.N, p.invd2, p.dp, rng);
  const x = randomOnSphere(p.N, rng);
  return { inst, x, rng };
}

/**
 * Largest number of tensor entries of the runs held at once when they advance together (2·10⁷ Float32 = 80 MB, with
 * as much again for the WebAssembly kernels' copy): N = 200 up to 15 runs together, N = 300 up to 4. Beyond it the
 * runs go one after another.
 */
export const GF_TOGETHER_ENTRIES = 2e7;

/** Steps per run in one chunk of the stream: about 10⁶ tensor entries read, ~1 ms (the worker checks for a cancel between chunks). */
const chunkSteps = (N: number) => Math.max(1, Math.floor(1e6 / ((N * (N - 1) * (N - 2)) / 6)));

/**
 * m(t), μ(t), e(t) of `seeds` independent finite-N runs started uniformly on the sphere (m(0) ~ N^{-½});
 * compare with `landscapeDmft` at m0 = 1/√N. Cost: one tensor pass, O(N³/6), per step.
 */
export function landscapeGf(p: LandscapeGfParams, onProgress?: (fraction: number) => void): LandscapeGfResult {
  return drain(landscapeGfStream(p, onProgress));
}

/**
 * landscapeGf as a resumable computation (../resumable.ts): when the instances fit together (GF_TOGETHER_ENTRIES)
 * all runs advance together, a chunk of steps each in turn, and every yield offers the runs up to the time all of
 * them have reached, so the trajectories grow along t (success and escape read at that time); otherwise they run one
 * after another and only the final result is offered. Each run keeps its own instance, noise stream and arithmetic:
 * the result is bit for bit that of the runs one after another.
 */
export function* landscapeGfStream(p: LandscapeGfParams, onProgress?: (fraction: number) => void): Resumable<LandscapeGfResult, LandscapeGfResult> {
  const S = p.seeds;
  const together = (S * p.N * (p.N - 1) * (p.N - 2)) / 6 <= GF_TOGETHER_ENTRIES;
  if (together) {
    const runs: ReturnType<typeof gfRunner>[] = [];
    for (let s = 0; s < S; s++) {
      const { inst, x, rng } = yield* seededRunStream(p, s);
      runs.push(gfRunner(inst, x, p, rng));
    }
    yield* inLockstep(runs, chunkSteps(p.N), onProgress, () => gfStats(runs.map((r) => r.out), Math.min(...runs.map((r) => r.recorded()))));
    return gfStats(runs.map((r) => r.out), runs[0].out.t.length);
  }
  // one instance at a time: only the series are kept
  const outs: GfSeries[] = [];
  for (let s = 0; s < S; s++) {
    const { inst, x, rng } = yield* seededRunStream(p, s);
    outs.push(yield* spikedGfRunStream(inst, x, p, rng, onProgress, s / S, (s + 1) / S));
  }
  return gfStats(outs, outs[0].t.length);
}

/** The runs' first k stored points, run 0's as the main series, and success and escape read at the k-th point. */
function gfStats(runs: GfSeries[], k: number): LandscapeGfResult {
  const cut = (a: Float64Array) => (k === a.length ? a : a.slice(0, k));
  let success = 0;
  let escape = 0;
  for (const r of runs) {
    const mEnd = r.m[k - 1];
    if (mEnd > SUCCESS_M) success++;
    if (Math.abs(mEnd) > ESCAPE_M) escape++;
  }
  return {
    t: cut(runs[0].t),
    m: cut(runs[0].m),
    mu: cut(runs[0].mu),
    e: cut(runs[0].e),
    m_seeds: runs.map((r) => cut(r.m)),
    mu_seeds: runs.map((r) => cut(r.mu)),
    e_seeds: runs.map((r) => cut(r.e)),
    success_rate: success / runs.length,
    escape_rate: escape / runs.length,
  };
}
