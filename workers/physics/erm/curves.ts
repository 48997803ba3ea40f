/**
 * ERM theory along a grid (PHYSICS.md §6 `erm-curve`, `erm-optimal`): α grids solved by continuation
 * (each fixed point warm-starts the next, and λ*(α) hints the next bracket), and λ scans at fixed α.
 */
import type { ProgressFn } from '../manifest.ts';
import type { ErmState } from './fixedPoint.ts';
import type { LossKind } from './losses.ts';
import { LAMBDA_OPT, ermPointStateStream, type ErmPoint, type ErmPointState } from './point.ts';
import { drain, type Resumable } from '../resumable.ts';

export type ErmCurve = { [K in keyof ErmPoint]: Float64Array };

const FIELDS: readonly (keyof ErmPoint)[] = ['alpha', 'lambda', 'm', 'q', 'V', 'eg', 'train_loss', 'train_error'];

function emptyCurve(n: number): ErmCurve {
  return Object.fromEntries(FIELDS.map((k) => [k, new Float64Array(n)])) as ErmCurve;
}

/** The fixed point at every α of `alphas` (any order; solved in increasing α), λ a number, 0 or LAMBDA_OPT. */
export function ermCurve(loss: LossKind, lambda: number, alphas: Float64Array, onProgress?: ProgressFn): ErmCurve {
  return drain(ermCurveStream(loss, lambda, alphas, onProgress));
}

/** ermCurve pausing after every evaluation of a fixed-point map (a λ* point solves dozens of fixed points). */
export function* ermCurveStream(loss: LossKind, lambda: number, alphas: Float64Array, onProgress?: ProgressFn): Resumable<ErmCurve, never> {
  const n = alphas.length;
  const out = emptyCurve(n);
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => alphas[i] - alphas[j]);
  let state: ErmState | null = null;
  let prev: { state: ErmState; alpha: number } | null = null;
  let hint: number | undefined;
  let lastAlpha = NaN;
  for (const [done, i] of order.entries()) {
    const start: ErmState | null = lambda === LAMBDA_OPT ? state : secantStart(prev, state, lastAlpha, alphas[i]);
    const r: ErmPointState = yield* ermPointStateStream(loss, alphas[i], lambda, start, hint);
    prev = state && Number.isFinite(lastAlpha) ? { state, alpha: lastAlpha } : null;
    state = r.state;
    lastAlpha = alphas[i];
    if (lambda === LAMBDA_OPT && r.point.lambda > 0) hint = r.point.lambda;
    for (const k of FIELDS) out[k][i] = r.point[k];
    onProgress?.((done + 1) / n);
    // a closed form (square) does not pause inside: one pause per point
    yield;
  }
  return out;
}

/**
 * The start for the next α at fixed λ: the secant through the last two fixed points, linear in (ln α; ln m, ln s², ln V)
 * (the order parameters are smooth power laws in α piecewise), so the start is O(h²) off instead of O(h) and the
 * quasi-Newton solve takes fewer map evaluations. The last Jacobian rides along.
 */
function secantStart(prev: { state: ErmState; alpha: number } | null, last: ErmState | null, lastAlpha: number, alpha: number): ErmState | null {
  if (!last || !prev || !(prev.alpha > 0) || !(lastAlpha > prev.alpha)) return last;
  const t = Math.log(alpha / lastAlpha) / Math.log(lastAlpha / prev.alpha);
  const step = (a: number, b: number) => Math.exp(Math.log(b) + t * (Math.log(b) - Math.log(a)));
  return { m: step(prev.state.m, last.m), s2: step(prev.state.s2, last.s2), V: step(prev.state.V, last.V), jacobian: last.jacobian };
}

export interface ErmOptimalCurve {
  alpha: Float64Array;
  lambda: Float64Array;
  eg: Float64Array;
}

/** erm-optimal: λ*(α) and its ε_g. */
export function ermOptimalCurve(loss: LossKind, alphas: Float64Array, onProgress?: ProgressFn): ErmOptimalCurve {
  const c = ermCurve(loss, LAMBDA_OPT, alphas, onProgress);
  return { alpha: c.alpha, lambda: c.lambda, eg: c.eg };
}

/** ε_g (and the rest) over a λ grid at one α, continued from the largest λ down (the fixed point moves least there). */
export function ermLambdaCurve(loss: LossKind, alpha: number, lambdas: Float64Array, onProgress?: ProgressFn): ErmCurve {
  return drain(ermLambdaCurveStream(loss, alpha, lambdas, onProgress));
}

/** ermLambdaCurve pausing after every evaluation of a fixed-point map and after every point. */
export function* ermLambdaCurveStream(loss: LossKind, alpha: number, lambdas: Float64Array, onProgress?: ProgressFn): Resumable<ErmCurve, never> {
  const n = lambdas.length;
  const out = emptyCurve(n);
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => lambdas[j] - lambdas[i]);
  let state: ErmState | null = null;
  for (const [done, i] of order.entries()) {
    const r: ErmPointState = yield* ermPointStateStream(loss, alpha, lambdas[i], state);
    state = r.state;
    for (const k of FIELDS) out[k][i] = r.point[k];
    onProgress?.((done + 1) / n);
    yield;
  }
  return out;
}
