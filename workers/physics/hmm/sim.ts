/**
 * Real training on finite instances (issue #16): per seed, draw F and θ0, n = αp training samples,
 * train the same estimator on the σ(FC) features and on their Gaussian equivalent (data.ts, same latent
 * samples), and measure the test error. The σ(FC) student is tested on N_TEST fresh samples; the
 * Gaussian-equivalent student's test error is exact for its own (Gaussian) test distribution,
 * arccos(m/√q)/π with m = κ1 (Fᵀw)·θ0/(√(pd)|θ0|) and q = κ1²|Fᵀw|²/(pd) + κ*²|w|²/p: no test-set
 * noise on that side. The solvers are the ERM chapter's (erm/train.ts: one solver per loss, in one place).
 */
import { childSeed, Rng } from '../numerics/rng.ts';
import { drain, offering, type Resumable } from '../resumable.ts';
import { coarseToFine } from '../spiked/finite.ts';
import { trainLogisticStream, type Trainer, type TrainResult } from '../erm/train.ts';
import type { ProgressFn } from '../manifest.ts';
import { kappas } from './activations.ts';
import { exactRidgeStream } from './exactRidge.ts';
import { classificationError, drawInstance, drawSamplesStream, type HmmInstance } from './data.ts';
import type { HmmModel } from './model.ts';
import { testError } from './ridge.ts';

/** Fresh test samples per seed for the σ(FC) student: the binomial error of ε̂ is ≤ 0.011. */
export const N_TEST = 2000;

export interface SimOptions {
  alpha: number;
  p: number;
  seed: number;
  seeds: number;
}

export interface HmmSim {
  alpha: number;
  gamma: number;
  lambda: number;
  p: number;
  n_runs: number;
  eg_mean: number;
  eg_std: number;
  eg_gauss_mean: number;
  eg_gauss_std: number;
  /** per seed: σ(FC) and Gaussian-equivalent test errors */
  eg_runs: Float64Array;
  eg_gauss_runs: Float64Array;
}

/**
 * Ridge by its exact solve (exactRidge.ts, pausing between the Gram's panels), logistic by the ERM chapter's Newton-CG
 * (pausing between its conjugate-gradient steps).
 */
const trainers: Record<HmmModel['loss'], (...a: Parameters<Trainer>) => Resumable<TrainResult>> = {
  square: exactRidgeStream,
  logistic: trainLogisticStream,
};

/**
 * Relative gradient tolerance of the logistic solver: 1e-8 moves w by ~1e-8·cond(Hessian), far below the test
 * error's sampling noise (the exact ridge solve has no tolerance).
 */
const TRAIN_TOL = 1e-8;

/** The latent dimension and sample count of a run: d = round(γp), n = round(αp), both at least 1. */
export function sizes(gamma: number, alpha: number, p: number): { d: number; n: number } {
  return { d: Math.max(1, Math.round(gamma * p)), n: Math.max(1, Math.round(alpha * p)) };
}

/** The exact population test error of w on Gaussian-equivalent data (see the header). */
export function gaussianEquivalentError(inst: HmmInstance, kappa1: number, kappaStar: number, w: Float64Array): number {
  const { p, d, F, theta } = inst;
  let ft = 0;
  let ff = 0;
  let tt = 0;
  const fw = new Float64Array(d);
  for (let i = 0; i < p; i++) {
    const wi = w[i];
    const row = i * d;
    for (let k = 0; k < d; k++) fw[k] += F[row + k] * wi;
  }
  for (let k = 0; k < d; k++) {
    ft += fw[k] * theta[k];
    ff += fw[k] * fw[k];
    tt += theta[k] * theta[k];
  }
  let ww = 0;
  for (let i = 0; i < p; i++) ww += w[i] * w[i];
  const m = (kappa1 * ft) / Math.sqrt(p * d * tt);
  const q = (kappa1 * kappa1 * ff) / (p * d) + (kappaStar * kappaStar * ww) / p;
  return testError({ m, q });
}

function meanStd(x: Float64Array): [number, number] {
  let s = 0;
  for (const v of x) s += v;
  const mean = s / x.length;
  let v2 = 0;
  for (const v of x) v2 += (v - mean) * (v - mean);
  // sample standard deviation (n − 1), 0 for one run
  return [mean, x.length > 1 ? Math.sqrt(v2 / (x.length - 1)) : 0];
}

/**
 * One run: seed s at α draws everything from Rng(childSeed(seed, s)) — instance, training set, test set — so a run does
 * not depend on which runs came before it. Returns the σ(FC) and Gaussian-equivalent test errors. Resumable: a pause
 * after every block of samples drawn, every panel of the ridge Gram, and after each fit (a logistic fit itself does not
 * pause: erm/train.ts's solvers are plain functions); `onProgress` sees the fraction of this run.
 */
function* simRun(model: HmmModel, alpha: number, p: number, seed: number, s: number, onProgress?: ProgressFn): Resumable<[number, number]> {
  const { d, n } = sizes(model.gamma, alpha, p);
  const { kappa1, kappa_star } = kappas(model.act);
  const train = trainers[model.loss];
  const rng = new Rng(childSeed(seed, s));
  const inst = drawInstance(rng, p, d);
  // four stages per seed: training data, the two fits, test data
  const stage = (k: number) => (f: number) => onProgress?.((k + f) / 4);
  const data = yield* drawSamplesStream(inst, model.act, n, rng, stage(0));
  const fit = (X: Float64Array, k: number) => train(X, n, p, data.y, model.lambda, { tol: TRAIN_TOL, onProgress: stage(k) });
  const w = (yield* fit(data.X, 1)).w;
  yield undefined;
  const wGauss = (yield* fit(data.Xgauss, 2)).w;
  yield undefined;
  const test = yield* drawSamplesStream(inst, model.act, N_TEST, rng, stage(3));
  return [classificationError(test.X, test.y, N_TEST, p, w), gaussianEquivalentError(inst, kappa1, kappa_star, wGauss)];
}

/** Real training at one α over seeds s = 0 … seeds − 1 (simRun). */
export function hmmSim(model: HmmModel, { alpha, p, seed, seeds }: SimOptions, onProgress?: ProgressFn): HmmSim {
  const eg = new Float64Array(seeds);
  const egGauss = new Float64Array(seeds);
  for (let s = 0; s < seeds; s++) {
    [eg[s], egGauss[s]] = drain(simRun(model, alpha, p, seed, s, (f) => onProgress?.((s + f) / seeds)));
    onProgress?.((s + 1) / seeds);
  }
  const [egMean, egStd] = meanStd(eg);
  const [gMean, gStd] = meanStd(egGauss);
  return {
    alpha, gamma: model.gamma, lambda: model.lambda, p, n_runs: seeds,
    eg_mean: egMean, eg_std: egStd, eg_gauss_mean: gMean, eg_gauss_std: gStd, eg_runs: eg, eg_gauss_runs: egGauss,
  };
}

export interface HmmSimCurve {
  alpha: Float64Array;
  eg_mean: Float64Array;
  eg_std: Float64Array;
  eg_gauss_mean: Float64Array;
  eg_gauss_std: Float64Array;
  /** how many α of the grid have a point (the rest are NaN) */
  done: number;
}

/**
 * hmmSimCurve while it runs: each α's point is the mean and standard deviation over its first `seeds_done` seeds
 * (NaN before its first); `over` at the end (every α, every seed).
 */
export interface HmmSimCurveRuns extends HmmSimCurve {
  seeds_done: Float64Array;
  over: boolean;
}

/** hmmSim at each α of a grid (the learning curve's finite-size points): hmmSimCurveStream run to its end. */
export function hmmSimCurve(model: HmmModel, alphas: Float64Array, o: Omit<SimOptions, 'alpha'>, onProgress?: ProgressFn): HmmSimCurve {
  const { seeds_done: _done, over: _over, ...r } = drain(hmmSimCurveStream(model, alphas, o, onProgress));
  return r;
}

/**
 * hmmSimCurve, resumable and coarse to fine: seed 0 at every α first (every other α, then the rest: spiked/finite.ts's
 * order), then seed 1, and so on, so the whole curve shows after one run per α and its means firm up seed by seed.
 * A run does not depend on the order (simRun) and each point's mean is taken over its seeds in seed order: bit for
 * bit hmmSim at each α. Snapshots: the points so far, once a run is over.
 */
export function* hmmSimCurveStream(
  model: HmmModel,
  alphas: Float64Array,
  { p, seed, seeds }: Omit<SimOptions, 'alpha'>,
  onProgress?: ProgressFn,
): Resumable<HmmSimCurveRuns, HmmSimCurveRuns> {
  const k = alphas.length;
  // per α, its seeds' errors in seed order
  const eg = new Float64Array(k * seeds);
  const egGauss = new Float64Array(k * seeds);
  const done = new Float64Array(k);
  let runs = 0;
  const sofar = (over: boolean) => (): HmmSimCurveRuns => {
    const out: HmmSimCurveRuns = {
      alpha: Float64Array.from(alphas),
      eg_mean: new Float64Array(k).fill(NaN), eg_std: new Float64Array(k).fill(NaN),
      eg_gauss_mean: new Float64Array(k).fill(NaN), eg_gauss_std: new Float64Array(k).fill(NaN),
      done: 0, seeds_done: done.slice(), over,
    };
    for (let i = 0; i < k; i++) {
      if (done[i] === 0) continue;
      const of = (x: Float64Array) => x.subarray(i * seeds, i * seeds + done[i]);
      [out.eg_mean[i], out.eg_std[i]] = meanStd(of(eg));
      [out.eg_gauss_mean[i], out.eg_gauss_std[i]] = meanStd(of(egGauss));
      out.done++;
    }
    return out;
  };
  // nothing to draw before the first run is over (`runs` changes only between two runs)
  const offer = () => (runs > 0 ? sofar(false) : undefined);
  for (let s = 0; s < seeds; s++) {
    for (const i of coarseToFine(k)) {
      const run = simRun(model, alphas[i], p, seed, s, (f) => onProgress?.((runs + f) / (k * seeds)));
      [eg[i * seeds + s], egGauss[i * seeds + s]] = yield* offering(run, offer());
      done[i]++;
      runs++;
      onProgress?.(runs / (k * seeds));
      if (runs < k * seeds) yield sofar(false);
    }
  }
  return sofar(true)();
}
