/**
 * The ERM fixed point at one finite λ ≥ 0 with the chapter's λ → 0⁺ conventions (point.ts): square by its
 * closed form (ridge.ts), λ = 0 for hinge and logistic by the max-margin limit (maxMargin.ts), otherwise the
 * fixed-point solve (fixedPoint.ts), warm-started when a neighbour's state is given. Its own file because both
 * point.ts and optimalLambda.ts call it.
 */
import type { ErmSolution, ErmState } from './fixedPoint.ts';
import { ermSolve } from './fixedPoint.ts';
import type { LossKind } from './losses.ts';
import { maxMarginSolve } from './maxMargin.ts';
import { ridgeClosedForm } from './ridge.ts';

/** The fixed point at a given finite λ ≥ 0, warm-started from `start` when given. */
export function ermAtLambda(loss: LossKind, alpha: number, lambda: number, start?: ErmState | null): ErmSolution {
  if (loss === 'square') return ridgeClosedForm(alpha, lambda);
  if (lambda === 0) {
    const mm = maxMarginSolve(alpha);
    if (loss === 'hinge') return mm;
    return { ...mm, m: Infinity, s2: Infinity, q: Infinity, V: Infinity };
  }
  if (start) {
    const warm = ermSolve(loss, alpha, lambda, { start, maxIter: 20 });
    if (warm.converged) return warm;
  }
  // no start, or a warm start too far away for Newton: from the cold start with damped steps first
  return ermSolve(loss, alpha, lambda);
}
