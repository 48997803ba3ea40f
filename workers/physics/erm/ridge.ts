/**
 * Ridge regression on sign labels in closed form (Aubin, Lu, Krzakala, Zdeborová 2020,
 * arXiv:2006.06560, its ridge case; PHYSICS.md §6): with the square loss the prox is linear, f =
 * (y − ω)/(1 + V), and the fixed point of fixedPoint.ts reduces to
 *   V̂ = α/(1 + V),  m̂ = α b/(1 + V),  q̂ = α(1 + q − 2bm)/(1 + V)²,  b = E|z| = √(2/π),
 * so λV² + (λ + α − 1)V − 1 = 0, m = αbV/(1 + V), and with k = αV²/(1 + V)²,
 *   s² = q − m² = k(1 − 2bm + m²)/(1 − k).
 * λ → 0⁺ (the minimum-norm interpolator for α < 1, least squares for α > 1):
 *   α < 1: V ~ (1 − α)/λ → ∞, m = αb, s² = α(1 − 2αb² + α²b²)/(1 − α);
 *   α > 1: V = 1/(α − 1),   m = b,  s² = (1 − b²)/(α − 1);
 * both diverge at α = 1 (the interpolation peak): s² = ∞, ε_g = ½.
 */
import { ermTrainStats, type ErmSolution } from './fixedPoint.ts';

const B = Math.sqrt(2 / Math.PI);

export function ridgeClosedForm(alpha: number, lambda: number): ErmSolution {
  let m: number;
  let s2: number;
  let V: number;
  if (lambda > 0) {
    const bq = lambda + alpha - 1;
    // the positive root of λV² + (λ + α − 1)V − 1 = 0, in the form that does not cancel
    V = bq > 0 ? 2 / (bq + Math.sqrt(bq * bq + 4 * lambda)) : (-bq + Math.sqrt(bq * bq + 4 * lambda)) / (2 * lambda);
    const r = V / (1 + V);
    m = alpha * B * r;
    const k = alpha * r * r;
    s2 = (k * (1 - 2 * B * m + m * m)) / (1 - k);
  } else if (alpha < 1) {
    V = Infinity;
    m = alpha * B;
    s2 = (alpha * (1 - 2 * alpha * B * B + alpha * alpha * B * B)) / (1 - alpha);
  } else if (alpha > 1) {
    V = 1 / (alpha - 1);
    m = B;
    s2 = (1 - B * B) / (alpha - 1);
  } else {
    V = Infinity;
    m = B;
    s2 = Infinity;
  }
  const q = m * m + s2;
  const eg = Number.isFinite(s2) ? Math.atan2(Math.sqrt(s2), m) / Math.PI : 0.5;
  // V = ∞: the interpolator fits every label (λ → 0⁺, α < 1) or the peak has no finite state (α = 1)
  const train = Number.isFinite(V) ? ermTrainStats('square', { m, s2, V }) : { train_loss: 0, train_error: alpha < 1 ? 0 : NaN };
  return { m, s2, V, q, eg, ...train, iterations: 0, converged: true };
}
