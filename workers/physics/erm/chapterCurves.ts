/**
 * What the ERM chapter's figures draw, each one physics call (jobs.ts adapts requests to these):
 * the reference learning curves (Bayes-optimal from the GLM model folder, max-margin, optimally
 * regularised ridge and logistic), the λ scans at one α and the ridge interpolation peak (the finite-size dots:
 * simCurve.ts).
 */
import { glmCurve } from '../glm/curve.ts';
import type { ProgressFn } from '../manifest.ts';
import { logGrid } from '../numerics/logGrid.ts';
import { drain, mapResumable, type Resumable } from '../resumable.ts';
import { ermCurveStream, ermLambdaCurveStream } from './curves.ts';
import { optimalLambdaStream } from './optimalLambda.ts';
import { LAMBDA_OPT } from './point.ts';
import { ridgeClosedForm } from './ridge.ts';

/** The teacher of PHYSICS.md §6 as a GLM: Gaussian prior, noiseless sign channel. */
const SPHERICAL = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 } as const;

export interface GridSpec {
  alphaMin: number;
  alphaMax: number;
  n: number;
}

export interface ErmReference {
  alpha: Float64Array;
  eg_bayes: Float64Array;
  eg_maxmargin: Float64Array;
  eg_ridge_opt: Float64Array;
  lambda_ridge_opt: Float64Array;
  eg_logistic_opt: Float64Array;
  lambda_logistic_opt: Float64Array;
}

/**
 * The curves that do not depend on the controls, on a log α grid; the optimally regularised logistic curve only
 * at α ≤ `logisticAlphaMax` (NaN beyond: the chart leaves it out, the CLI prints null) when that is given.
 */
export function ermReference(g: GridSpec & { logisticAlphaMax?: number }, onProgress?: ProgressFn): ErmReference {
  return drain(ermReferenceStream(g, onProgress));
}

/**
 * ermReference pausing after every evaluation of a fixed-point map (the Bayes curve, a few ms, in one go). No
 * snapshots: the figure draws the reference curves whole.
 */
export function* ermReferenceStream(g: GridSpec & { logisticAlphaMax?: number }, onProgress?: ProgressFn): Resumable<ErmReference, never> {
  const alpha = logGrid(g.alphaMin, g.alphaMax, g.n);
  // weights: the logistic optimum costs about ten times the rest together
  const bayes = glmCurve(SPHERICAL, alpha);
  onProgress?.(0.05);
  yield;
  const mm = yield* ermCurveStream('hinge', 0, alpha);
  const ridge = yield* ermCurveStream('square', LAMBDA_OPT, alpha);
  onProgress?.(0.1);
  const k = g.logisticAlphaMax === undefined ? alpha.length : alpha.findLastIndex((a) => a <= g.logisticAlphaMax! * (1 + 1e-12)) + 1; // a grid point on the bound counts
  const logistic = yield* ermCurveStream('logistic', LAMBDA_OPT, alpha.subarray(0, k), onProgress && ((f) => onProgress(0.1 + 0.9 * f)));
  const padded = (v: Float64Array) => {
    const out = new Float64Array(alpha.length).fill(NaN);
    out.set(v);
    return out;
  };
  return {
    alpha,
    eg_bayes: bayes.eg_bayes,
    eg_maxmargin: mm.eg,
    eg_ridge_opt: ridge.eg,
    lambda_ridge_opt: ridge.lambda,
    eg_logistic_opt: padded(logistic.eg),
    lambda_logistic_opt: padded(logistic.lambda),
  };
}

export interface ErmRates {
  alpha: Float64Array;
  rate_bayes: Float64Array;
  rate_maxmargin: Float64Array;
  rate_logistic_opt: Float64Array;
  rate_ridge_opt: Float64Array;
}

/** α·ε_g of the reference learners (the large-α rates figure). */
export function ermRates(g: GridSpec & { logisticAlphaMax?: number }, onProgress?: ProgressFn): ErmRates {
  return drain(ermRatesStream(g, onProgress));
}

/** ermRates with the pauses of ermReferenceStream. */
export function ermRatesStream(g: GridSpec & { logisticAlphaMax?: number }, onProgress?: ProgressFn): Resumable<ErmRates, never> {
  return mapResumable(ermReferenceStream(g, onProgress), (r) => {
    const times = (y: Float64Array) => y.map((v, i) => v * r.alpha[i]);
    return {
      alpha: r.alpha,
      rate_bayes: times(r.eg_bayes),
      rate_maxmargin: times(r.eg_maxmargin),
      rate_logistic_opt: times(r.eg_logistic_opt),
      rate_ridge_opt: times(r.eg_ridge_opt),
    };
  }, (p) => p);
}

export interface ErmLossCurves {
  alpha: Float64Array;
  lambda: number;
  eg_square: Float64Array;
  eg_logistic: Float64Array;
  eg_hinge: Float64Array;
}

/** ε_g(α) of the three losses at one λ (a number or 0; LAMBDA_OPT is the reference's business). */
export function ermLossCurves(g: GridSpec & { lambda: number }, onProgress?: ProgressFn): ErmLossCurves {
  return drain(ermLossCurvesStream(g, onProgress));
}

/** ermLossCurves pausing after every evaluation of a fixed-point map and every point. */
export function* ermLossCurvesStream(g: GridSpec & { lambda: number }, onProgress?: ProgressFn): Resumable<ErmLossCurves, never> {
  const alpha = logGrid(g.alphaMin, g.alphaMax, g.n);
  const part = (k: number) => onProgress && ((f: number) => onProgress((k + f) / 3));
  return {
    alpha,
    lambda: g.lambda,
    eg_square: (yield* ermCurveStream('square', g.lambda, alpha, part(0))).eg,
    eg_logistic: (yield* ermCurveStream('logistic', g.lambda, alpha, part(1))).eg,
    eg_hinge: (yield* ermCurveStream('hinge', g.lambda, alpha, part(2))).eg,
  };
}

export interface ErmLambdaScan {
  alpha: number;
  lambda: Float64Array;
  eg_square: Float64Array;
  eg_logistic: Float64Array;
  eg_hinge: Float64Array;
  lambda_opt_square: number;
  eg_opt_square: number;
  lambda_opt_logistic: number;
  eg_opt_logistic: number;
  /** the λ → 0⁺ limits: minimum-norm ridge, max-margin (hinge and the logistic direction) */
  eg_zero_square: number;
  eg_zero_hinge: number;
}

export interface LambdaScanRequest {
  alpha: number;
  lambdaMin: number;
  lambdaMax: number;
  n: number;
}

export function ermLambdaScan(req: LambdaScanRequest, onProgress?: ProgressFn): ErmLambdaScan {
  return drain(ermLambdaScanStream(req, onProgress));
}

/** ermLambdaScan pausing after every evaluation of a fixed-point map and every point (α = 1000: seconds in all). */
export function* ermLambdaScanStream(req: LambdaScanRequest, onProgress?: ProgressFn): Resumable<ErmLambdaScan, never> {
  const lambda = logGrid(req.lambdaMin, req.lambdaMax, req.n);
  const part = (k: number) => onProgress && ((f: number) => onProgress((k + f) / 4));
  const sq = yield* ermLambdaCurveStream('square', req.alpha, lambda, part(0));
  const lg = yield* ermLambdaCurveStream('logistic', req.alpha, lambda, part(1));
  const hg = yield* ermLambdaCurveStream('hinge', req.alpha, lambda, part(2));
  const os = yield* optimalLambdaStream('square', req.alpha);
  const ol = yield* optimalLambdaStream('logistic', req.alpha);
  onProgress?.(1);
  return {
    alpha: req.alpha, lambda,
    eg_square: sq.eg, eg_logistic: lg.eg, eg_hinge: hg.eg,
    lambda_opt_square: os.lambda, eg_opt_square: os.solution.eg,
    lambda_opt_logistic: ol.lambda, eg_opt_logistic: ol.solution.eg,
    eg_zero_square: ridgeClosedForm(req.alpha, 0).eg,
    eg_zero_hinge: (yield* ermCurveStream('hinge', 0, Float64Array.of(req.alpha))).eg[0],
  };
}

/** The λ values of the ridge-peak figure: λ → 0⁺, three small λ, and λ* = π/2 − 1 (computed, not assumed). */
export const PEAK_LAMBDAS = [0, 1e-3, 1e-2, 1e-1] as const;

export interface ErmRidgePeak {
  alpha: Float64Array;
  /** PEAK_LAMBDAS then λ* */
  lambdas: Float64Array;
  /** eg[k] over alpha for lambdas[k] */
  eg: Float64Array[];
  /** test mean-square error E(y − x·ŵ)² = 1 − 2bm + q (b = √(2/π)) for lambdas[k] */
  test_mse: Float64Array[];
}

export function ermRidgePeak(g: GridSpec): ErmRidgePeak {
  return drain(ermRidgePeakStream(g));
}

/** ermRidgePeak pausing after every closed form (~30 µs each with its training statistics; 1205 on the figure's grid) and inside the λ* search. */
export function* ermRidgePeakStream(g: GridSpec): Resumable<ErmRidgePeak, never> {
  const alpha = logGrid(g.alphaMin, g.alphaMax, g.n);
  const lambdaStar = (yield* optimalLambdaStream('square', 1)).lambda;
  const lambdas = Float64Array.from([...PEAK_LAMBDAS, lambdaStar]);
  const b = Math.sqrt(2 / Math.PI);
  const eg: Float64Array[] = [];
  const mse: Float64Array[] = [];
  for (const l of lambdas) {
    const e = new Float64Array(alpha.length);
    const t = new Float64Array(alpha.length);
    for (const [i, a] of alpha.entries()) {
      const s = ridgeClosedForm(a, l);
      e[i] = s.eg;
      t[i] = 1 - 2 * b * s.m + s.q;
      yield;
    }
    eg.push(e);
    mse.push(t);
  }
  return { alpha, lambdas, eg, test_mse: mse };
}
