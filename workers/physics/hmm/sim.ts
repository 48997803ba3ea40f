/**
 * Real training on finite instances (issue #16): per seed, draw F and θ0, n = αp training samples,
 * train the same estimator on the σ(FC) features and on their Gaussian equivalent (data.ts, same latent
 * samples), and measure the test error. The σ(FC) student is tested on N_TEST fresh samples; the
 * Gaussian-equivalent student's test error is exact for its own (Gaussian) test distribution,
 * arccos(m/√q)/π with m = κ1 (Fᵀw)·θ0/(√(pd)|θ0|) and q = κ1²|Fᵀw|²/(pd) + κ*²|w|²/p: no test-set
 * noise on that side. The solvers are the ERM chapter's (erm/train.ts: one solver per loss, in one place).
 */
import { childSeed, Rng } from '../numerics/rng.ts';
import { trainLogistic, type TrainResult } from '../erm/train.ts';
import type { ProgressFn } from '../manifest.ts';
import { kappas } from './activations.ts';
import { exactRidge } from './exactRidge.ts';
import { classificationError, drawInstance, drawSamples, type HmmInstance } from './data.ts';
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

/** Ridge by its exact solve (exactRidge.ts), logistic by the ERM chapter's Newton-CG. */
const trainers = { square: exactRidge, logistic: trainLogistic } as const;

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

/** Seed s draws everything from Rng(childSeed(seed, s)): instance, training set, test set. */
export function hmmSim(model: HmmModel, { alpha, p, seed, seeds }: SimOptions, onProgress?: ProgressFn): HmmSim {
  const { d, n } = sizes(model.gamma, alpha, p);
  const { kappa1, kappa_star } = kappas(model.act);
  const train = trainers[model.loss];
  const eg = new Float64Array(seeds);
  const egGauss = new Float64Array(seeds);
  for (let s = 0; s < seeds; s++) {
    const rng = new Rng(childSeed(seed, s));
    const inst = drawInstance(rng, p, d);
    // four stages per seed: training data, the two fits, test data
    const stage = (k: number) => (f: number) => onProgress?.((s + (k + f) / 4) / seeds);
    const data = drawSamples(inst, model.act, n, rng, stage(0));
    const fit = (X: Float64Array, k: number): TrainResult => train(X, n, p, data.y, model.lambda, { tol: TRAIN_TOL, onProgress: stage(k) });
    const w = fit(data.X, 1).w;
    const wGauss = fit(data.Xgauss, 2).w;
    const test = drawSamples(inst, model.act, N_TEST, rng, stage(3));
    eg[s] = classificationError(test.X, test.y, N_TEST, p, w);
    egGauss[s] = gaussianEquivalentError(inst, kappa1, kappa_star, wGauss);
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
  /** how many α of the grid are done (the rest are NaN) */
  done: number;
}

/** hmmSim at each α of a grid (the learning curve's finite-size points), the points so far after each α. */
export function hmmSimCurve(
  model: HmmModel,
  alphas: Float64Array,
  { p, seed, seeds }: Omit<SimOptions, 'alpha'>,
  onProgress?: ProgressFn,
  onPartial?: (partial: HmmSimCurve) => void,
): HmmSimCurve {
  const k = alphas.length;
  const out: HmmSimCurve = {
    alpha: Float64Array.from(alphas),
    eg_mean: new Float64Array(k).fill(NaN), eg_std: new Float64Array(k).fill(NaN),
    eg_gauss_mean: new Float64Array(k).fill(NaN), eg_gauss_std: new Float64Array(k).fill(NaN),
    done: 0,
  };
  const copy = (): HmmSimCurve => ({
    alpha: out.alpha.slice(), eg_mean: out.eg_mean.slice(), eg_std: out.eg_std.slice(),
    eg_gauss_mean: out.eg_gauss_mean.slice(), eg_gauss_std: out.eg_gauss_std.slice(), done: out.done,
  });
  for (let i = 0; i < k; i++) {
    const r = hmmSim(model, { alpha: alphas[i], p, seed, seeds }, (f) => onProgress?.((i + f) / k));
    out.eg_mean[i] = r.eg_mean;
    out.eg_std[i] = r.eg_std;
    out.eg_gauss_mean[i] = r.eg_gauss_mean;
    out.eg_gauss_std[i] = r.eg_gauss_std;
    out.done = i + 1;
    if (i + 1 < k) onPartial?.(copy());
  }
  return out;
}
