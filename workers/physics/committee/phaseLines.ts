/**
 * What the phase diagram (figure 3) draws next to α_AMP(K) (phaseDiagram.ts): the K → ∞ lines evaluated at
 * each K of the diagram, α_IT ≈ α̃_IT·K and α_AMP ≈ K²/J (Aubin et al. 2018, Sec. 4), and the
 * computational-to-statistical gap — the K where α_AMP(K) lies above the large-K IT line, with its two edges.
 * All in α itself: the gap is the same in the α/K and α/K² units (both sides divide by the same K^p).
 */
import type { CommitteePhase } from './phaseDiagram.ts';

/** The largest K of the chapter's diagram (K = 2 and the odd K up to it). */
export const PHASE_K_MAX = 51;

export interface PhaseLines {
  /** α̃_IT·K: the IT line of the K → ∞ limit at each K */
  alpha_it_large: Float64Array;
  /** K²/J: the AMP line of the K → ∞ limit at each K */
  alpha_amp_large: Float64Array;
  /** the gap, where α_AMP is known and above alpha_it_large: K, lower edge (IT) and upper edge (AMP); empty if fewer than 2 K */
  gap_K: Float64Array;
  gap_lo: Float64Array;
  gap_hi: Float64Array;
}

export type CommitteePhaseView = CommitteePhase & PhaseLines;

export function phaseLines(p: CommitteePhase): PhaseLines {
  const itOverK = p.large.alpha_it_over_K;
  const ampOverK2 = p.large.alpha_amp_over_K2;
  const alpha_it_large = Float64Array.from(p.K, (K) => itOverK * K);
  const alpha_amp_large = Float64Array.from(p.K, (K) => ampOverK2 * K * K);
  const idx = Array.from(p.K, (_, i) => i).filter((i) => Number.isFinite(p.alpha_amp[i]) && p.alpha_amp[i] > alpha_it_large[i]);
  const gap = idx.length < 2 ? [] : idx;
  return {
    alpha_it_large,
    alpha_amp_large,
    gap_K: Float64Array.from(gap, (i) => p.K[i]),
    gap_lo: Float64Array.from(gap, (i) => alpha_it_large[i]),
    gap_hi: Float64Array.from(gap, (i) => p.alpha_amp[i]),
  };
}

/** The diagram with its large-K lines and gap (every partial of committeePhase goes through here too). */
export function phaseView(p: CommitteePhase): CommitteePhaseView {
  return { ...p, ...phaseLines(p) };
}

/**
 * The diagram in the units figure 3 draws: every line divided by K^p — p = 2, α/K² (the AMP line tends to
 * the constant 1/J), or p = 1, α/K (the IT line tends to α̃_IT). One formula for the page and the CLI.
 */
export function phaseInUnits(v: CommitteePhaseView, pow: 1 | 2) {
  const per = (a: ArrayLike<number>) => Float64Array.from(v.K, (K, i) => a[i] / Math.pow(K, pow));
  return { amp: per(v.alpha_amp), amp_large: per(v.alpha_amp_large), it_large: per(v.alpha_it_large), it: per(v.alpha_it) };
}
