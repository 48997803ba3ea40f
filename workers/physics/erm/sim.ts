/**
 * Real training on random teacher-student instances (PHYSICS.md §6 `erm-sim`): per seed s, the stream
 * Rng(childSeed(seed, s)) draws w* ~ N(0, I_d), then X (n×d, entries N(0, 1/d)), then a test set;
 * y = sign(X w*) (sign(0) = +1). The trained ŵ gives m = (ŵ·w*)/d, q = |ŵ|²/d and the exact error of
 * sign(x·ŵ) on fresh Gaussian inputs, ε_g = arccos(cos∠(ŵ, w*))/π (no test-set noise), and also the
 * error on TEST_SAMPLES fresh samples. λ = LAMBDA_OPT trains at the theory's λ*(α); λ = 0 is the
 * minimum-norm interpolator (square) or the hard-margin SVM (hinge, and logistic, whose λ → 0⁺
 * direction it is — m and q then diverge and are reported as NaN).
 */
import type { ProgressFn } from '../manifest.ts';
import { matVec } from '../numerics/linalg.ts';
import { childSeed, Rng } from '../numerics/rng.ts';
import { losses, type LossKind } from './losses.ts';
import { optimalLambda } from './optimalLambda.ts';
import { LAMBDA_OPT } from './point.ts';
import { trainHingeStream, trainLogisticStream, trainRidgeStream, type TrainResult } from './train.ts';
import { drain, type Resumable } from '../resumable.ts';

export const TEST_SAMPLES = 2000;
/** the largest design n·d a run allocates (Float64: 160 MB) */
export const SIM_MAX_ENTRIES = 2e7;

export interface ErmSimRequest {
  loss: LossKind;
  lambda: number;
  alpha: number;
  d: number;
  seed: number;
  seeds: number;
}

export interface ErmSim {
  alpha: number;
  /** λ trained at (λ* when optimal) */
  lambda: number;
  d: number;
  n_runs: number;
  eg_mean: number;
  /** sample standard deviation over runs (0 for one run) */
  eg_std: number;
  m_mean: number;
  q_mean: number;
  train_loss_mean: number;
  /** error on TEST_SAMPLES fresh samples, mean over runs */
  eg_test_mean: number;
  eg_runs: Float64Array;
  iterations: Float64Array;
  certificates: Float64Array;
  converged: boolean;
}

const mean = (x: Float64Array): number => x.reduce((s, v) => s + v, 0) / x.length;

/** Normals drawn between two pauses (~1 ms); even, so no Box-Muller pair straddles two fills: the numbers of one fill. */
const DRAW_CHUNK = 1 << 16;

/** rng.fillNormal(out, scale), pausing between chunks of DRAW_CHUNK entries. */
function* fillNormalStream(rng: Rng, out: Float64Array, scale: number): Resumable<Float64Array, never> {
  for (let i = 0; i < out.length; i += DRAW_CHUNK) {
    rng.fillNormal(out.subarray(i, i + DRAW_CHUNK), scale);
    yield;
  }
  return out;
}

function train(loss: LossKind, X: Float64Array, n: number, d: number, y: Float64Array, lambda: number, onProgress?: ProgressFn): Resumable<TrainResult, never> {
  if (loss === 'square') return trainRidgeStream(X, n, d, y, lambda, { onProgress });
  if (loss === 'logistic' && lambda > 0) return trainLogisticStream(X, n, d, y, lambda, { onProgress });
  return trainHingeStream(X, n, d, y, lambda, { onProgress });
}

/** One seeded run: what ermSim averages over seeds. */
export interface SimRun {
  eg: number;
  egTest: number;
  m: number;
  q: number;
  trainLoss: number;
  iterations: number;
  certificate: number;
  converged: boolean;
}

/** n = αd samples, checked against SIM_MAX_ENTRIES. */
export function simSamples(alpha: number, d: number): number {
  const n = Math.max(1, Math.round(alpha * d));
  if (n * d > SIM_MAX_ENTRIES) throw new RangeError(`ermSim: n·d = ${n * d} exceeds ${SIM_MAX_ENTRIES}`);
  return n;
}

/** Run s of `seed` on n samples in dimension d: draw the instance, train at λ (pausing between the solver's iterations), measure. */
export function* simRunStream(loss: LossKind, lambda: number, n: number, d: number, seed: number, s: number, onProgress?: ProgressFn): Resumable<SimRun, never> {
  const rng = new Rng(childSeed(seed, s));
  const wStar = rng.fillNormal(new Float64Array(d)) as Float64Array;
  const X = yield* fillNormalStream(rng, new Float64Array(n * d), 1 / Math.sqrt(d));
  const y = matVec(X, n, d, wStar, new Float64Array(n)).map((z) => (z >= 0 ? 1 : -1));
  const r = yield* train(loss, X, n, d, y, lambda, onProgress);
  let ww = 0;
  let wStarW = 0;
  let ss = 0;
  for (let i = 0; i < d; i++) {
    ww += r.w[i] * r.w[i];
    wStarW += r.w[i] * wStar[i];
    ss += wStar[i] * wStar[i];
  }
  const logisticZero = loss === 'logistic' && lambda === 0;
  const z = matVec(X, n, d, r.w, new Float64Array(n));
  let loss_ = 0;
  const value = losses[loss].value;
  for (let mu = 0; mu < n; mu++) loss_ += value(y[mu], z[mu]);
  // fresh test set from the same stream, after the training data
  const Xt = yield* fillNormalStream(rng, new Float64Array(TEST_SAMPLES * d), 1 / Math.sqrt(d));
  const zt = matVec(Xt, TEST_SAMPLES, d, r.w, new Float64Array(TEST_SAMPLES));
  const zs = matVec(Xt, TEST_SAMPLES, d, wStar, new Float64Array(TEST_SAMPLES));
  let wrong = 0;
  for (let t = 0; t < TEST_SAMPLES; t++) if ((zt[t] >= 0) !== (zs[t] >= 0)) wrong++;
  return {
    eg: Math.acos(Math.max(-1, Math.min(1, wStarW / Math.sqrt(ww * ss)))) / Math.PI,
    m: logisticZero ? NaN : wStarW / d,
    q: logisticZero ? NaN : ww / d,
    trainLoss: logisticZero ? 0 : loss_ / n,
    egTest: wrong / TEST_SAMPLES,
    iterations: r.iterations,
    certificate: r.certificate,
    converged: r.converged,
  };
}

/** Mean and sample standard deviation (0 for one run) of the runs' ε_g. */
export function egStats(eg: Float64Array): { mean: number; std: number } {
  const egMean = mean(eg);
  let v = 0;
  for (const e of eg) v += (e - egMean) * (e - egMean);
  return { mean: egMean, std: eg.length > 1 ? Math.sqrt(v / (eg.length - 1)) : 0 };
}

export function ermSim(req: ErmSimRequest, onProgress?: ProgressFn): ErmSim {
  const { loss, alpha, d, seed, seeds } = req;
  const lambda = req.lambda === LAMBDA_OPT ? optimalLambda(loss, alpha).lambda : req.lambda;
  const n = simSamples(alpha, d);
  const eg = new Float64Array(seeds);
  const egTest = new Float64Array(seeds);
  const ms = new Float64Array(seeds);
  const qs = new Float64Array(seeds);
  const tl = new Float64Array(seeds);
  const iterations = new Float64Array(seeds);
  const certificates = new Float64Array(seeds);
  let converged = true;
  for (let s = 0; s < seeds; s++) {
    const r = drain(simRunStream(loss, lambda, n, d, seed, s, onProgress && ((f) => onProgress((s + f) / seeds))));
    eg[s] = r.eg;
    ms[s] = r.m;
    qs[s] = r.q;
    tl[s] = r.trainLoss;
    egTest[s] = r.egTest;
    iterations[s] = r.iterations;
    certificates[s] = r.certificate;
    converged &&= r.converged;
  }
  const st = egStats(eg);
  return {
    alpha, lambda, d, n_runs: seeds,
    eg_mean: st.mean, eg_std: st.std,
    m_mean: mean(ms), q_mean: mean(qs), train_loss_mean: mean(tl), eg_test_mean: mean(egTest),
    eg_runs: eg, iterations, certificates, converged,
  };
}
