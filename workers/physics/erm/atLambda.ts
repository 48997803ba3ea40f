/**
 * The ERM fixed point at one finite λ ≥ 0 with the chapter's λ → 0⁺ conventions (point.ts): square by its
 * closed form (ridge.ts), λ = 0 for hinge and logistic by the max-margin limit (maxMargin.ts), otherwise the
 * fixed-point solve (fixedPoint.ts), warm-started when a neighbour's state is given. Its own file because both
 * point.ts and optimalLambda.ts call it.
 */
import type { ErmSolution, ErmState } from './fixedPoint.ts';
import { ermSolveStream } from './fixedPoint.ts';
import type { LossKind } from './losses.ts';
import { maxMarginSolveStream } from './maxMargin.ts';
import { ridgeClosedForm } from './ridge.ts';
import { drain, type Resumable } from '../resumable.ts';

/** The fixed point at a given finite λ ≥ 0, warm-started from `start` when given. */
export function ermAtLambda(loss: LossKind, alpha: number, lambda: number, start?: ErmState | null): ErmSolution {
  return drain(ermAtLambdaStream(loss, alpha, lambda, start));
}

/** ermAtLambda pausing after every evaluation of the fixed-point map (the closed forms in one go). */
export function* ermAtLambdaStream(loss: LossKind, alpha: number, lambda: number, start?: ErmState | null): Resumable<ErmSolution, never> {
  if (loss === 'square') return ridgeClosedForm(alpha, lambda);
  if (lambda === 0) {
    const mm = yield* maxMarginSolveStream(alpha);
    if (loss === 'hinge') return mm;
    return { ...mm, m: Infinity, s2: Infinity, q: Infinity, V: Infinity };
  }
  if (start) {
    const warm = yield* ermSolveStream(loss, alpha, lambda, { start, maxIter: 20 });
    if (warm.converged) return warm;
  }
  // no start, or a warm start too far away for Newton: from the cold start with damped steps first
  return yield* ermSolveStream(loss, alpha, lambda);
}
