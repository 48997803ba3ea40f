/**
 * ε_g against λ at one α (the chapter's third figure), with the optimal λ (optimalLambda.ts). Logistic
 * fixed points are continued from large λ (where the ridge start is close) down to small λ. Resumable (the worker's
 * job; ../resumable.ts): a pause after every λ and every logistic iteration step, in the refinement too.
 */
import type { ProgressFn } from '../manifest.ts';
import { drain, type Resumable } from '../resumable.ts';
import { fixedPointStream } from './fixedPoint.ts';
import type { HmmModel } from './model.ts';
import { refineMinimumStream, type LambdaOptimum } from './optimalLambda.ts';
import type { Overlaps } from './priorSide.ts';

export interface HmmLambdaSweep extends LambdaOptimum {
  alpha: number;
  lambda: Float64Array;
  eg: Float64Array;
  train_loss: Float64Array;
}

export function hmmLambdaSweep(model: Omit<HmmModel, 'lambda'>, alpha: number, lambdas: Float64Array, onProgress?: ProgressFn): HmmLambdaSweep {
  return drain(hmmLambdaSweepStream(model, alpha, lambdas, onProgress));
}

/** hmmLambdaSweep, resumable (no snapshots: the figure draws the finished sweep). */
export function* hmmLambdaSweepStream(model: Omit<HmmModel, 'lambda'>, alpha: number, lambdas: Float64Array, onProgress?: ProgressFn): Resumable<HmmLambdaSweep> {
  const n = lambdas.length;
  const eg = new Float64Array(n);
  const trainLoss = new Float64Array(n);
  const starts: (Overlaps | undefined)[] = new Array<Overlaps | undefined>(n);
  let prev: Overlaps | undefined;
  for (let k = n - 1; k >= 0; k--) {
    const f = yield* fixedPointStream({ ...model, lambda: lambdas[k] }, alpha, prev);
    eg[k] = f.converged ? f.eg : NaN;
    trainLoss[k] = f.converged ? f.trainLoss : NaN;
    prev = f.converged ? f : undefined;
    starts[k] = prev;
    // the refinement below costs about as much again as the grid
    onProgress?.((0.5 * (n - k)) / n);
    yield undefined;
  }
  const opt = yield* refineMinimumStream(lambdas, eg, function* (lambda, near) {
    return (yield* fixedPointStream({ ...model, lambda }, alpha, starts[near])).eg;
  });
  onProgress?.(1);
  return { alpha, lambda: Float64Array.from(lambdas), eg, train_loss: trainLoss, ...opt };
}
