/**
 * The output channel of ridge regression on sign labels, in closed form (PHYSICS.md §7; Gerace et al.,
 * ICML 2020, arXiv:2002.09339, App. C; GCMProject ridge_regression.py `_update_hatoverlaps` with the
 * sign teacher's E[y²] = 1 and E[y ν*] = b). The square loss's prox is linear, prox = (ω + Vy)/(1 + V),
 * so f = (y − ω)/(1 + V) and every average over the teacher-student fields is a second moment:
 *   V̂ = α/(1 + V),  q̂ = α(1 + q − 2bm)/(1 + V)²,  m̂ = αb/(1 + V),  b = E|ν*| = √(2/π).
 * The training loss (1/n)Σ ½(y − ŷ)² at the fixed point is ½(1 + q − 2bm)/(1 + V)²: the training residual
 * is the cavity residual shrunk by 1/(1 + V).
 */
import type { Hats, Overlaps } from './priorSide.ts';

export const B_SIGN = Math.sqrt(2 / Math.PI);

export function squareHats(alpha: number, { V, q, m }: Overlaps): Hats {
  const s = 1 / (1 + V);
  return { Vhat: alpha * s, qhat: alpha * (1 + q - 2 * B_SIGN * m) * s * s, mhat: alpha * B_SIGN * s };
}

export function squareTrainLoss({ V, q, m }: Overlaps): number {
  return (0.5 * (1 + q - 2 * B_SIGN * m)) / ((1 + V) * (1 + V));
}
