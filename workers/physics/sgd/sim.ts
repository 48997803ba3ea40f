/**
 * Online SGD of the two-layer student at finite N (PHYSICS.md §3 conventions): one fresh sample
 * x ~ N(0, I_N) per step, w_k ← w_k − (η/√N) v_k g'(λ_k) Δ x, v_k ← v_k − (η_v/N) g(λ_k) Δ, Δ = ŷ − y,
 * y = Σ v*_m g(ρ_m) + σζ. The test error is not sampled: ε_g is evaluated analytically from the exact
 * finite-N overlaps Q, R, T of the current weights (the ODE's ε_g formula), so the curve carries only
 * the genuine SGD fluctuations. Seed index 0 uses p.seed itself, so sgdOde(p) starts from the same overlaps.
 */
import { dots4 } from '../numerics/linalg.ts';
import { logGrid } from '../numerics/logGrid.ts';
import { childSeed, Rng } from '../numerics/rng.ts';
import { g, gPrime } from './activations.ts';
import { packState, SgdOdeModel } from './odes.ts';
import { sgdOde, type SgdOdeResult } from './sgdOde.ts';
import { clipEg } from './curve.ts';
import { inLockstep, type Resumable } from '../resumable.ts';
import { DEFAULT_N, DEFAULT_SEED, drawNetworks, isBoth, overlaps, systemFor, type SgdParams } from './setup.ts';

export interface SgdSimParams extends SgdParams {
  /** number of independent runs (seeds p.seed, childSeed(p.seed, 1), …), default 1 */
  seeds?: number;
}

export interface SgdSimResult {
  K: number;
  M: number;
  /** steps/N at the output points (log grid rounded to whole steps) */
  alpha: Float64Array;
  /** mean over seeds of ε_g */
  eg: Float64Array;
  eg_min: Float64Array;
  eg_max: Float64Array;
  /** seeds × nOut */
  eg_seeds: Float64Array;
  /** order parameters of the first seed: nOut × K × K, nOut × K × M, nOut × K */
  Q: Float64Array;
  R: Float64Array;
  v: Float64Array;
  /** the ODE from the first seed's exact initial overlaps, on the same α points */
  eg_ode: Float64Array;
  ode: SgdOdeResult;
}

interface Run {
  eg: Float64Array;
  Q: Float64Array;
  R: Float64Array;
  v: Float64Array;
}

/** One seeded SGD run, recording the overlaps at the given step counts. */
export function sgdRun(p: SgdParams, seed: number, steps: Int32Array | number[], onProgress?: (f: number) => void): Run {
  const run = sgdRunner(p, seed, steps);
  run.advance(Infinity, onProgress);
  return run.out;
}

/**
 * The run of sgdRun, resumable: `advance(maxSteps)` takes up to maxSteps more SGD steps (recording every
 * output point it passes) and tells whether the run is over. The seed's RNG stream and every operation
 * are those of one uninterrupted run, however it is cut, so several seeds can advance together.
 */
function sgdRunner(p: SgdParams, seed: number, steps: Int32Array | number[]) {
  const { K, M, act, eta, sigma } = p;
  const both = isBoth(p);
  const etaV = p.etaV ?? eta;
  const net = drawNetworks(p, seed);
  const { N, W, Wstar, v, vStar } = net;
  const { T } = overlaps(net, K, M);
  const sys = systemFor(p, T);
  const model = new SgdOdeModel(sys);
  const rng = new Rng(childSeed(seed, 0x5eed));
  const x = new Float64Array(N);
  const lam = new Float64Array(K);
  const coef = new Float64Array(K);
  const fields = new Float64Array(M + K);
  const dots = new RowDots([[Wstar, M], [W, K]], N);
  const invSqrtN = 1 / Math.sqrt(N);
  const nOut = steps.length;
  const out: Run = { eg: new Float64Array(nOut), Q: new Float64Array(nOut * K * K), R: new Float64Array(nOut * K * M), v: new Float64Array(nOut * K) };
  const record = (j: number): void => {
    const { Q, R } = overlaps(net, K, M);
    out.Q.set(Q, j * K * K);
    out.R.set(R, j * K * M);
    out.v.set(v, j * K);
    out.eg[j] = model.eg(packState(sys, Q, R, v));
  };
  let t = 0;
  let j = 0;
  const total = steps[nOut - 1];
  let nextReport = total / 100;
  const advance = (maxSteps: number, onProgress?: (f: number) => void): boolean => {
    const stop = t + maxSteps;
    for (; j < nOut; j++) {
      for (; t < steps[j]; t++) {
        if (t >= stop) return false;
        rng.fillNormal(x);
        let y = sigma * rng.normal();
        dots.run(x, fields);
        for (let m = 0; m < M; m++) y += vStar[m] * g(act, fields[m] * invSqrtN);
        let yHat = 0;
        for (let k = 0; k < K; k++) {
          lam[k] = fields[M + k] * invSqrtN;
          yHat += v[k] * g(act, lam[k]);
        }
        const delta = yHat - y;
        for (let k = 0; k < K; k++) coef[k] = -eta * invSqrtN * v[k] * gPrime(act, lam[k]) * delta;
        rowUpdates(W, K, N, x, coef);
        if (both) for (let k = 0; k < K; k++) v[k] -= (etaV / N) * g(act, lam[k]) * delta;
        if (onProgress && t >= nextReport) {
          onProgress(t / total);
          nextReport += total / 100;
        }
      }
      record(j);
    }
    return true;
  };
  return {
    out,
    advance,
    /** output points recorded so far */
    recorded: () => j,
    /** SGD steps taken so far, of `total` */
    taken: () => t,
    total,
  };
}

/**
 * The step's dot products: every row of the teacher and of the student against the same x, four rows per pass over
 * x (numerics/linalg.ts dots4; the last group padded with its own last row), each row summed in i order on its own
 * accumulator: the bits of one row at a time. `out` receives ρ_m·√N then λ_k·√N.
 */
class RowDots {
  private readonly mats: Float64Array[] = [];
  private readonly offs: number[] = [];
  private readonly acc = new Float64Array(4);
  constructor(rowsOf: [Float64Array, number][], private readonly N: number) {
    for (const [A, rows] of rowsOf) {
      for (let r = 0; r < rows; r++) {
        this.mats.push(A);
        this.offs.push(r * N);
      }
    }
  }

  run(x: Float64Array, out: Float64Array): void {
    const { mats, offs, acc, N } = this;
    const n = mats.length;
    for (let g = 0; g < n; g += 4) {
      const q1 = Math.min(g + 1, n - 1);
      const q2 = Math.min(g + 2, n - 1);
      const q3 = Math.min(g + 3, n - 1);
      dots4(mats[g], offs[g], mats[q1], offs[q1], mats[q2], offs[q2], mats[q3], offs[q3], N, x, acc);
      for (let q = 0; q < 4 && g + q < n; q++) out[g + q] = acc[q];
    }
  }
}

/** A[k·N + i] += coef[k]·x[i] for k < rows (a row with coef 0 untouched), two rows per pass over x. */
function rowUpdates(A: Float64Array, rows: number, N: number, x: Float64Array, coef: Float64Array): void {
  let k = 0;
  for (; k + 2 <= rows; k += 2) {
    const c0 = coef[k];
    const c1 = coef[k + 1];
    if (c0 === 0 || c1 === 0) break;
    const a = k * N;
    const b = a + N;
    for (let i = 0; i < N; i++) {
      const xi = x[i];
      A[a + i] += c0 * xi;
      A[b + i] += c1 * xi;
    }
  }
  for (; k < rows; k++) {
    const c = coef[k];
    if (c === 0) continue;
    const a = k * N;
    for (let i = 0; i < N; i++) A[a + i] += c * x[i];
  }
}

/** The SGD output points: nOut log-spaced α from min(alphaMin, alphaMax) to alphaMax, rounded to whole steps (≥ 1) at dimension N. */
export function simSteps(N: number, alphaMin: number, alphaMax: number, nOut: number): { steps: Int32Array; alpha: Float64Array } {
  const steps = Int32Array.from(logGrid(Math.min(alphaMin, alphaMax), alphaMax, nOut), (a) => Math.max(1, Math.round(a * N)));
  return { steps, alpha: Float64Array.from(steps, (s) => s / N) };
}

/** The seed statistics of the figures and of `sgd-sim`: mean, min and max over runs of ε_g. */
export interface SeedStats {
  eg: Float64Array;
  eg_min: Float64Array;
  eg_max: Float64Array;
}

/** Mean, min and max over the first `runs` rows of egSeeds (runs × n, row-major), point by point. */
export function seedStats(egSeeds: Float64Array, runs: number, n: number): SeedStats {
  const eg = new Float64Array(n), egMin = new Float64Array(n).fill(Infinity), egMax = new Float64Array(n).fill(-Infinity);
  for (let s = 0; s < runs; s++) {
    for (let j = 0; j < n; j++) {
      const e = egSeeds[s * n + j];
      eg[j] += e / runs;
      egMin[j] = Math.min(egMin[j], e);
      egMax[j] = Math.max(egMax[j], e);
    }
  }
  return { eg, eg_min: egMin, eg_max: egMax };
}

/** Seed s of a figure: index 0 is p.seed itself (so sgdOde(p) starts from its overlaps), then childSeed(p.seed, s). */
export function runSeed(seed0: number, s: number): number {
  return s === 0 ? seed0 : childSeed(seed0, s);
}

/**
 * SGD learning curves over `seeds` runs at dimension p.N on a log α grid ending at alphaMax, plus the ODE
 * started from the first run's exact initial overlaps (one call per figure "ε_g vs α, ODE and SGD").
 */
export function sgdSim(p: SgdSimParams, alphaMax: number, nOut = 60, onProgress?: (fraction: number) => void, alphaMin = 0.01): SgdSimResult {
  const { K, M } = p;
  const seeds = Math.max(1, Math.round(p.seeds ?? 1));
  const { steps, alpha } = simSteps(p.N ?? DEFAULT_N, alphaMin, alphaMax, nOut);
  const egSeeds = new Float64Array(seeds * nOut);
  let first: Run | null = null;
  const seed0 = p.seed ?? DEFAULT_SEED;
  for (let s = 0; s < seeds; s++) {
    const run = sgdRun(p, runSeed(seed0, s), steps, onProgress ? (f) => onProgress((s + f) / (seeds + 0.1)) : undefined);
    egSeeds.set(run.eg, s * nOut);
    if (s === 0) first = run;
  }
  const stats = seedStats(egSeeds, seeds, nOut);
  const ode = sgdOde(p, alphaMax, nOut, undefined, { grid: alpha });
  onProgress?.(1);
  return { K, M, alpha, ...stats, eg_seeds: egSeeds, Q: first!.Q, R: first!.R, v: first!.v, eg_ode: ode.eg, ode };
}

/** The SGD runs so far, as the learning-curve figure streams them (ε_g clipped at EG_FLOOR for log axes). */
export interface SgdSimPartial extends SeedStats {
  /** the output points every seed has reached (all of them in the final result) */
  alpha: Float64Array;
  /** seeds × alpha.length */
  eg_seeds: Float64Array;
  /** the seeds in the statistics (all of them: the seeds advance together along α) */
  done: number;
  seeds: number;
  N: number;
}

/** SGD steps per seed in one chunk: about 2·10⁵ multiply-adds, a few ms (the worker checks for a cancel between chunks). */
const chunkSteps = (N: number, K: number, M: number) => Math.max(1, Math.floor(2e5 / (N * (2 * K + M))));

/**
 * The same runs and statistics as sgdSim, without the ODE, as a resumable computation (../resumable.ts):
 * all seeds advance together, a chunk of steps each in turn, and every yield offers the statistics over
 * the output points all seeds have reached, so the figure's curve and band grow along α. Each seed keeps
 * its own RNG stream and arithmetic: the final result is bit for bit that of the runs one after another.
 */
export function* sgdSimStream(
  p: SgdSimParams, alphaMax: number, nOut: number, alphaMin: number, onProgress?: (fraction: number) => void,
): Resumable<SgdSimPartial, SgdSimPartial> {
  const N = p.N ?? DEFAULT_N;
  const S = Math.max(1, Math.round(p.seeds ?? 1));
  const { steps, alpha } = simSteps(N, alphaMin, alphaMax, nOut);
  const seed0 = p.seed ?? DEFAULT_SEED;
  const runs = Array.from({ length: S }, (_, s) => sgdRunner(p, runSeed(seed0, s), steps));
  const partial = (): SgdSimPartial => {
    const n = Math.min(...runs.map((r) => r.recorded()));
    const egSeeds = new Float64Array(S * n);
    runs.forEach((r, s) => egSeeds.set(r.out.eg.subarray(0, n), s * n));
    const st = seedStats(egSeeds, S, n);
    return {
      alpha: alpha.slice(0, n), eg: clipEg(st.eg), eg_min: clipEg(st.eg_min), eg_max: clipEg(st.eg_max),
      eg_seeds: clipEg(egSeeds), done: S, seeds: S, N,
    };
  };
  yield* inLockstep(runs, chunkSteps(N, p.K, p.M), onProgress, partial);
  return partial();
}
