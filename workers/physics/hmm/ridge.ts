/**
 * The ridge fixed point of the hidden manifold model (Gerace et al., ICML 2020, arXiv:2002.09339, Sec. 3;
 * PHYSICS.md §7): the prior side (priorSide.ts) against the closed-form square-loss channel
 * (channelSquare.ts). ε_g = arccos(m/√q)/π (the teacher field has unit variance).
 */
import { brent } from '../numerics/roots.ts';
import { squareHats, squareTrainLoss, B_SIGN } from './channelSquare.ts';
import { priorOverlaps, type Hats, type Overlaps, type PriorModel } from './priorSide.ts';

export interface FixedPoint extends Overlaps, Hats {
  eg: number;
  trainLoss: number;
  /** false when an iteration (logistic) hit its step limit; the last iterate is returned */
  converged: boolean;
}

/** ε_g = P(sign(ω) ≠ sign(ν*)) = arccos(m/√q)/π, via atan2 so that m/√q → 1 keeps its digits. */
export function testError({ q, m }: Pick<Overlaps, 'q' | 'm'>): number {
  return Math.atan2(Math.sqrt(Math.max(0, q - m * m)), m) / Math.PI;
}

/**
 * Ridge: V̂ depends on V only and V on V̂ only, so V̂ is the root of V̂ = α/(1 + V(V̂)) on (0, α]
 * (the right side rises from ≈ αλ/(λ + κ1² + κ*²) to below α: one sign change); m follows, and q is
 * linear in itself, q = m̂² q_T + q̂(q) q_N, solved exactly. No iteration: the curve is Brent's tolerance
 * close to the fixed point everywhere, including the interpolation peak where iterating crawls.
 */
export function ridgeFixedPoint(prior: PriorModel, alpha: number): FixedPoint {
  const vOf = (Vhat: number) => priorOverlaps(prior, { Vhat, qhat: 0, mhat: 0 }).V;
  const h = (Vhat: number) => Vhat - alpha / (1 + vOf(Vhat));
  const Vhat = brent(h, alpha * 1e-12, alpha, alpha * 1e-15).x;
  const V = vOf(Vhat);
  const s = 1 / (1 + V);
  const mhat = alpha * B_SIGN * s;
  // q_T, m/m̂: the teacher part (q̂ = 0, m̂ = 1); q_N: the noise part (q̂ = 1, m̂ = 0)
  const teacher = priorOverlaps(prior, { Vhat, qhat: 0, mhat: 1 });
  const qNoise = priorOverlaps(prior, { Vhat, qhat: 1, mhat: 0 }).q;
  const m = mhat * teacher.m;
  // q = m̂² q_T + α s² (1 + q − 2bm) q_N  ⇒  q (1 − α s² q_N) = m̂² q_T + α s² (1 − 2bm) q_N
  const q = (mhat * mhat * teacher.q + alpha * s * s * (1 - 2 * B_SIGN * m) * qNoise) / (1 - alpha * s * s * qNoise);
  const o = { V, q, m };
  return { ...o, ...squareHats(alpha, o), eg: testError(o), trainLoss: squareTrainLoss(o), converged: true };
}
