/**
 * The three convex losses of the ERM chapter and their proximal operators (Aubin, Lu, Krzakala,
 * Zdeborová, NeurIPS 2020, arXiv:2006.06560, Sec. 2 and App. C; PHYSICS.md §6):
 *   prox(y, ω, V) = argmin_x ℓ(y, x) + (x − ω)²/(2V),
 * the Moreau envelope's minimiser. The replica fixed point only sees a loss through prox and its
 * ω-derivative (f = (prox − ω)/V and ∂_ω f = (∂_ω prox − 1)/V), so these are the whole interface.
 * Labels are ±1 for logistic and hinge; the square loss takes any real y.
 */
import { sigmoid } from '../numerics/special.ts';
import { softplus } from '../glm/softplus.ts';

export type LossKind = 'square' | 'logistic' | 'hinge';

export interface Loss {
  /** ℓ(y, z) */
  value(y: number, z: number): number;
  /** argmin_x ℓ(y, x) + (x − ω)²/(2V) */
  prox(y: number, omega: number, V: number): number;
  /** ∂prox/∂ω (for V̂) */
  dprox(y: number, omega: number, V: number): number;
}

/** ℓ = ½(y − z)²: prox = (ω + V y)/(1 + V), a linear map of ω. */
const square: Loss = {
  value: (y, z) => 0.5 * (y - z) * (y - z),
  prox: (y, omega, V) => (omega + V * y) / (1 + V),
  dprox: (_y, _omega, V) => 1 / (1 + V),
};

/**
 * ℓ = ln(1 + e^{−yz}). The prox solves x − ω − V y σ(−y x) = 0, a strictly increasing function of x
 * whose root lies between ω and ω + V y (the pull V y σ(−yx) has the sign of y and is at most |V y|).
 * Newton from the better end, kept inside the shrinking bracket, with bisection when a step leaves it
 * or would not halve the last step (Numerical Recipes §9.4, rtsafe): at large V the Newton iterates can
 * otherwise ping-pong between the two flat ends of σ while the bracket shrinks only slowly (V = 37.12,
 * ω = −2.82545 stopped after 200 steps at x = 8.16, the root being 1.92). Quadratic convergence near
 * the root, never divergence, for every V > 0.
 */
function logisticProx(y: number, omega: number, V: number): number {
  let lo = Math.min(omega, omega + V * y);
  let hi = Math.max(omega, omega + V * y);
  if (hi - lo <= 0) return omega;
  // Start from the small-V expansion x ≈ ω + V y σ(−yω) (inside the bracket since 0 < σ < 1).
  let x = omega + V * y * sigmoid(-y * omega);
  let lastStep = hi - lo;
  for (let it = 0; it < 200; it++) {
    const s = sigmoid(-y * x);
    const h = x - omega - V * y * s;
    if (h === 0) return x;
    if (h > 0) hi = x;
    else lo = x;
    const dh = 1 + V * y * y * s * (1 - s);
    let next = x - h / dh;
    if (!(next > lo && next < hi) || Math.abs(2 * h) > Math.abs(lastStep * dh)) next = 0.5 * (lo + hi);
    lastStep = next - x;
    if (Math.abs(next - x) <= 1e-16 * (1 + Math.abs(x)) || hi - lo <= 1e-16 * (1 + Math.abs(x))) return next;
    x = next;
  }
  return x;
}

const logistic: Loss = {
  value: (y, z) => softplus(-y * z),
  prox: logisticProx,
  // Implicit differentiation of x − ω − V y σ(−yx) = 0: ∂x/∂ω = 1/(1 + V y² σ(yx)σ(−yx)).
  dprox: (y, omega, V) => {
    const x = logisticProx(y, omega, V);
    const s = sigmoid(-y * x);
    return 1 / (1 + V * y * y * s * (1 - s));
  },
};

/**
 * ℓ = max(0, 1 − yz), y = ±1. With u = yω: u ≥ 1 → the loss is flat, x = ω; u ≤ 1 − V → the linear
 * part pulls fully, x = ω + V y; in between the kink holds x at the margin, y x = 1.
 */
const hinge: Loss = {
  value: (y, z) => Math.max(0, 1 - y * z),
  prox: (y, omega, V) => {
    const u = y * omega;
    if (u >= 1) return omega;
    if (u <= 1 - V) return omega + V * y;
    return y;
  },
  dprox: (y, omega, V) => {
    const u = y * omega;
    return u >= 1 || u <= 1 - V ? 1 : 0;
  },
};

export const losses: Record<LossKind, Loss> = { square, logistic, hinge };

export const LOSS_KINDS: readonly LossKind[] = ['square', 'logistic', 'hinge'];
