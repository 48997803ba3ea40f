/**
 * One point of the ERM theory at (loss, λ, α) in the CLI's shape (PHYSICS.md §6 `erm-point`), with the
 * λ conventions of the chapter: λ = 0 is the limit λ → 0⁺ and λ = LAMBDA_OPT (+∞ in the schema, `opt`
 * in URL and CLI) the optimally regularised learner.
 *   square:   closed form (ridge.ts), including λ → 0⁺ (the minimum-norm interpolator, peak at α = 1);
 *   hinge:    λ → 0⁺ is the max-margin classifier (maxMargin.ts);
 *   logistic: λ → 0⁺ has no minimiser (the data are separable: |ŵ| → ∞) but its direction tends to the
 *             max-margin one (Rosset, Zhu, Hastie, JMLR 2004), so ε_g is the max-margin's and m, q, V
 *             are +∞ with zero training loss and error.
 */
import type { ErmSolution, ErmState } from './fixedPoint.ts';
import type { LossKind } from './losses.ts';
import { ermAtLambdaStream } from './atLambda.ts';
import { optimalLambdaStream } from './optimalLambda.ts';
import { drain, type Resumable } from '../resumable.ts';

/** λ = +∞ in the schema stands for "the optimal λ" (the slider's last stop, `opt`). */
export const LAMBDA_OPT = Infinity;

export interface ErmPoint {
  alpha: number;
  /** λ used (λ* when optimal) */
  lambda: number;
  m: number;
  q: number;
  V: number;
  eg: number;
  train_loss: number;
  train_error: number;
}

export interface ErmPointState {
  point: ErmPoint;
  /** the fixed point, to warm-start a neighbour (null for closed forms and limits) */
  state: ErmState | null;
}

export function toPoint(alpha: number, lambda: number, s: ErmSolution): ErmPoint {
  return { alpha, lambda, m: s.m, q: s.q, V: s.V, eg: s.eg, train_loss: s.train_loss, train_error: s.train_error };
}

/**
 * erm-point: one α at λ (a number, 0 for λ → 0⁺, or LAMBDA_OPT). `hint`: a nearby λ* for the optimum. Pauses after every
 * evaluation of a fixed-point map (a curve's job reads its cancel there).
 */
export function* ermPointStateStream(loss: LossKind, alpha: number, lambda: number, start?: ErmState | null, hint?: number): Resumable<ErmPointState, never> {
  if (lambda === LAMBDA_OPT) {
    const opt = yield* optimalLambdaStream(loss, alpha, hint, start);
    return { point: toPoint(alpha, opt.lambda, opt.solution), state: finiteState(opt.solution) };
  }
  const sol = yield* ermAtLambdaStream(loss, alpha, lambda, start);
  return { point: toPoint(alpha, lambda, sol), state: finiteState(sol) };
}

export function ermPoint(loss: LossKind, alpha: number, lambda: number): ErmPoint {
  return drain(ermPointStateStream(loss, alpha, lambda)).point;
}

function finiteState(s: ErmSolution): ErmState | null {
  return Number.isFinite(s.m) && Number.isFinite(s.s2) && Number.isFinite(s.V) && s.s2 > 0 ? { m: s.m, s2: s.s2, V: s.V, jacobian: s.jacobian } : null;
}
