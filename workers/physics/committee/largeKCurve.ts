/**
 * Learning curve of the sign committee machine in the large-K limit with α = α̃K (Aubin et al. 2018,
 * arXiv:1806.05451, Sec. 4, Fig. 2 right; PHYSICS.md §2). Per hidden unit the free entropy is φ(q_d; α̃)
 * (largeK.ts), and q_d + q_a → 1 on both branches:
 *   non-specialised q_d = 0: stationary for every α̃, error arccos(2/π)/π (the plateau);
 *   specialised: the upper root of α̃(q_d) = α̃, from the spinodal α̃_sp on.
 * Bayes-optimal = the branch of larger φ (specialised from α̃_IT ≈ 7.68). AMP from an uninformed start
 * stays on q_d = 0 at every finite α̃: it leaves the plane only at α ≈ K²/J (α̃ ∝ K → ∞).
 */
import { brent } from '../numerics/roots.ts';
import { drain, type Resumable } from '../resumable.ts';
import { largeKAlphaOfQd, largeKError, largeKFreeEntropy, largeKSpinodal } from './largeK.ts';

export interface LargeKCurve {
  /** α̃ = α/K */
  alpha_over_K: Float64Array;
  qd_amp: Float64Array;
  qa_amp: Float64Array;
  qd_bayes: Float64Array;
  qa_bayes: Float64Array;
  eg_amp: Float64Array;
  eg_bayes: Float64Array;
  /** free entropy per hidden unit φ on each branch */
  f_amp: Float64Array;
  f_bayes: Float64Array;
  /** the specialised branch's q_d (NaN below the spinodal), Bayes-optimal or not */
  qd_spec: Float64Array;
}

/** The large-K curves along an α̃ grid (closed forms + one root per point above the spinodal). */
export function largeKCurve(alphaOverK: Float64Array): LargeKCurve {
  return drain(largeKCurveStream(alphaOverK));
}

/** largeKCurve as a resumable computation, pausing after each point. */
export function* largeKCurveStream(alphaOverK: Float64Array): Resumable<LargeKCurve, never> {
  const n = alphaOverK.length;
  const col = () => new Float64Array(n);
  const c: LargeKCurve = {
    alpha_over_K: Float64Array.from(alphaOverK),
    qd_amp: col(), qa_amp: col(), qd_bayes: col(), qa_bayes: col(),
    eg_amp: col(), eg_bayes: col(), f_amp: col(), f_bayes: col(), qd_spec: col(),
  };
  const sp = largeKSpinodal();
  const plateau = largeKError(0);
  for (let i = 0; i < n; i++) {
    const a = alphaOverK[i];
    const f0 = largeKFreeEntropy(0, a);
    const qs = a >= sp.alpha ? brent((q) => largeKAlphaOfQd(q) - a, sp.qd, 1 - 1e-12, 1e-13).x : NaN;
    const fs = Number.isNaN(qs) ? -Infinity : largeKFreeEntropy(qs, a);
    const bayesSpec = fs > f0;
    c.qd_amp[i] = 0;
    c.qa_amp[i] = 1;
    c.eg_amp[i] = plateau;
    c.f_amp[i] = f0;
    c.qd_spec[i] = qs;
    c.qd_bayes[i] = bayesSpec ? qs : 0;
    c.qa_bayes[i] = 1 - c.qd_bayes[i];
    c.eg_bayes[i] = bayesSpec ? largeKError(qs) : plateau;
    c.f_bayes[i] = Math.max(f0, fs);
    yield;
  }
  return c;
}
