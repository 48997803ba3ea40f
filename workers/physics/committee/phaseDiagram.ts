/**
 * Phase diagram of the sign committee machine in (α/K², K) (Aubin et al. 2018, arXiv:1806.05451, Fig. 3):
 * the AMP threshold α_AMP(K) (λ = 1 on the non-specialised plane, exact 1-D integrals for odd K, oddPlane.ts;
 * K = 2 from the 2-D SE) for K ≤ K_max, and the large-K constants α̃_IT, α̃_spinodal and α_AMP/K² → 1/J.
 * The IT line at finite K is known here at K = 2 (continuous transition, α_IT = α_AMP) and as K → ∞.
 */
import { newtonSE } from './newtonSE.ts';
import { largeKThresholds, type LargeKThresholds } from './largeK.ts';
import { planeStability, solveSE } from './stateEvolution.ts';

export interface CommitteePhase {
  /** α̃_IT, α̃_spinodal (α/K) and 1/J (α_AMP/K²) of the K → ∞ limit */
  large: LargeKThresholds;
  /** K = 2 then the odd K = 3, 5, …, K_max */
  K: Float64Array;
  alpha_amp: Float64Array;
  alpha_amp_over_K2: Float64Array;
  /** α_IT where known at finite K (K = 2), NaN elsewhere */
  alpha_it: Float64Array;
}

/** λ(α) − 1 at the plane's fixed point; `qa` carries the warm start between calls. */
function gap(K: number, alpha: number, qa: { v: number }): number {
  const p = newtonSE(K, alpha, { qd: 0, qa: qa.v }) ?? solveSE(K, alpha, { qd: 0, qa: qa.v });
  qa.v = p.qa;
  return planeStability(K, alpha, p.qa) - 1;
}

/**
 * α_AMP(K): secant on ln α from a guess (the previous K's α/K² scales it), λ being smooth and increasing
 * in α; tolerance 1e-9 relative.
 */
export function ampThresholdFrom(K: number, guess: number): number {
  const qa = { v: 0.9 };
  let x0 = Math.log(guess);
  let x1 = Math.log(guess * 1.02);
  let g0 = gap(K, Math.exp(x0), qa);
  let g1 = gap(K, Math.exp(x1), qa);
  for (let it = 0; it < 60 && Math.abs(x1 - x0) > 1e-10; it++) {
    let x2 = x1 - (g1 * (x1 - x0)) / (g1 - g0);
    if (!Number.isFinite(x2)) break;
    x2 = Math.min(x1 + 0.5, Math.max(x1 - 0.5, x2));
    x0 = x1;
    g0 = g1;
    x1 = x2;
    g1 = gap(K, Math.exp(x1), qa);
  }
  return Math.exp(x1);
}

/**
 * The diagram for K = 2, 3, 5, …, kMax (odd), plus the large-K constants. `onPartial` receives the arrays
 * filled so far (NaN where not yet computed) after each K, so the figure can draw progressively.
 */
export function committeePhase(kMax = 51, onPartial?: (p: CommitteePhase) => void, onProgress?: (f: number) => void): CommitteePhase {
  const Ks = [2];
  for (let k = 3; k <= kMax; k += 2) Ks.push(k);
  const n = Ks.length;
  const large = largeKThresholds();
  const out: CommitteePhase = {
    large,
    K: Float64Array.from(Ks),
    alpha_amp: new Float64Array(n).fill(NaN),
    alpha_amp_over_K2: new Float64Array(n).fill(NaN),
    alpha_it: new Float64Array(n).fill(NaN),
  };
  let ratio = 0.6; // α_AMP/K² at K = 2 ≈ 0.51, rising to 1/J ≈ 3.27
  for (let i = 0; i < n; i++) {
    const K = Ks[i];
    const a = ampThresholdFrom(K, ratio * K * K);
    out.alpha_amp[i] = a;
    out.alpha_amp_over_K2[i] = a / (K * K);
    if (K === 2) out.alpha_it[i] = a;
    ratio = K === 2 ? 2.1 : a / (K * K);
    onPartial?.(out);
    onProgress?.((i + 1) / n);
  }
  return out;
}
