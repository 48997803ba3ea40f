/**
 * The committee machine at large K with α = α̃K (Aubin et al. 2018, arXiv:1806.05451, Sec. 4 and
 * App. E; PHYSICS.md §2). q_d + q_a → 1 and per hidden unit
 *   φ(q_d; α̃) = ½[q_d + ln(1 − q_d)] + α̃ Ψ_sign(Q),  Q = (2/π)(arcsin q_d + 1 − q_d),
 * where Ψ_sign is the sign perceptron's Ψ_out at overlap Q, with Ψ_sign'(Q) = G(Q)/2.
 * q_d = 0 is a stationary point for every α̃ (stable at this scale); the specialised branch
 * appears at the spinodal α̃_sp and becomes Bayes-optimal at α̃_IT. AMP leaves q_d = 0 only at
 * α ≈ K²/J, J = E_{u~N(0, 2/(π−2))}[u² φ(u)² / (Φ(u)Φ(−u))].
 */
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { brent } from '../numerics/roots.ts';
import { millsPhi } from '../numerics/special.ts';
import { newAverages } from './averages.ts';
import { signCommitteeAverages } from './signChannel.ts';

const avg = newAverages();

/** Effective perceptron overlap of the committee output at large K. */
export function effectiveOverlap(qd: number): number {
  return (2 / Math.PI) * (Math.asin(qd) + 1 - qd);
}

/** φ(q_d; α̃), the large-K free entropy per hidden unit. */
export function largeKFreeEntropy(qd: number, alphaTilde: number): number {
  signCommitteeAverages(1, effectiveOverlap(qd), 0, avg);
  return 0.5 * (qd + Math.log1p(-qd)) + alphaTilde * avg.psi;
}

/** Generalisation error arccos(Q)/π at large K; at q_d = 0 it is the plateau arccos(2/π)/π. */
export function largeKError(qd: number): number {
  return Math.acos(effectiveOverlap(qd)) / Math.PI;
}

/** The α̃ at which q_d ∈ (0, 1) is a stationary point of φ (from ∂φ/∂q_d = 0). */
export function largeKAlphaOfQd(qd: number): number {
  signCommitteeAverages(1, effectiveOverlap(qd), 0, avg);
  const dQ = (2 / Math.PI) * (1 / Math.sqrt(1 - qd * qd) - 1);
  return qd / (1 - qd) / (avg.m11 * dQ);
}

/** Minimum of α̃(q_d) by golden-section search (the spinodal), after a coarse bracket. */
export function largeKSpinodal(): { alpha: number; qd: number } {
  let best = 0.5;
  let bestA = Infinity;
  for (let i = 1; i < 100; i++) {
    const q = i / 100;
    const a = largeKAlphaOfQd(q);
    if (a < bestA) { bestA = a; best = q; }
  }
  let lo = Math.max(1e-3, best - 0.01);
  let hi = Math.min(1 - 1e-6, best + 0.01);
  const g = (Math.sqrt(5) - 1) / 2;
  while (hi - lo > 1e-10) {
    const m1 = hi - g * (hi - lo);
    const m2 = lo + g * (hi - lo);
    if (largeKAlphaOfQd(m1) < largeKAlphaOfQd(m2)) hi = m2;
    else lo = m1;
  }
  const qd = 0.5 * (lo + hi);
  return { alpha: largeKAlphaOfQd(qd), qd };
}

/** Specialised (upper-branch) stationary q_d at α̃ ≥ α̃_sp, or null below the spinodal. */
export function largeKSpecialisedQd(alphaTilde: number): number | null {
  const sp = largeKSpinodal();
  if (alphaTilde < sp.alpha) return null;
  return brent((q) => largeKAlphaOfQd(q) - alphaTilde, sp.qd, 1 - 1e-12, 1e-13).x;
}

/** J of PHYSICS.md §2, by the product-of-Gaussians trick: u² φ(u)·[φ/(ΦΦ̄)](u) averaged under N(0, s²). */
export function largeKJ(): number {
  const s2 = 2 / (Math.PI - 2);
  const v = s2 / (1 + s2); // = 2/π
  const { x, w } = gaussHermite(80);
  let e = 0;
  for (let i = 0; i < x.length; i++) {
    const u = Math.sqrt(v) * x[i];
    e += w[i] * u * u * (millsPhi(u) + millsPhi(-u));
  }
  return e / Math.sqrt(2 * Math.PI * (1 + s2));
}

export interface LargeKThresholds {
  alpha_it_over_K: number;
  alpha_spinodal_over_K: number;
  alpha_amp_over_K2: number;
}

/** α̃_IT (φ_spec = φ(0)), α̃_spinodal and α_AMP/K² = 1/J. */
export function largeKThresholds(): LargeKThresholds {
  const sp = largeKSpinodal();
  const gap = (a: number): number => {
    const q = brent((t) => largeKAlphaOfQd(t) - a, sp.qd, 1 - 1e-12, 1e-13).x;
    return largeKFreeEntropy(q, a) - largeKFreeEntropy(0, a);
  };
  let hi = sp.alpha * 1.5;
  while (gap(hi) < 0) hi *= 1.5;
  const it = brent(gap, sp.alpha * (1 + 1e-9), hi, 1e-10).x;
  return { alpha_it_over_K: it, alpha_spinodal_over_K: sp.alpha, alpha_amp_over_K2: 1 / largeKJ() };
}
