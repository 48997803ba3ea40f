/**
 * What figures 1 and 2 mark on their α (or α̃) axis, decided from the thresholds (thresholds.ts, largeK.ts):
 * the transition lines that exist for this K, the hard phase α_IT < α < α_AMP, and the non-specialised phase
 * left of α_IT. K = 2 (sign and erf) is continuous, α_spec = α_IT = α_AMP: one line, no hard phase. K = 3 is
 * first order (three lines, hard phase 11.33 < α < 19.23). K = large: the spinodal and α̃_IT, and everything
 * right of α̃_IT is hard (α_AMP ∝ K², i.e. α̃ → ∞).
 */
import type { FiniteKThresholds } from './thresholds.ts';
import type { LargeKThresholds } from './largeK.ts';
import type { CurveGrid } from './curveGrid.ts';

/** Thresholds closer than this (relative) are one continuous transition. */
export const SAME_TRANSITION = 1e-6;

export interface TransitionLine {
  x: number;
  /** e.g. 'α_IT', or 'α_spec = α_IT = α_AMP' when they coincide */
  label: string;
  kind: 'spec' | 'it' | 'amp' | 'continuous' | 'spinodal';
}

export interface TransitionMarks {
  lines: TransitionLine[];
  /** α_IT < α < α_AMP clipped to the axis (large K: α̃_IT to the axis end), null if there is none */
  hard_phase: { x0: number; x1: number; label: string } | null;
  /** from the axis start to α_IT (not clipped at the axis end), null if α_IT is not known or left of the axis */
  non_specialised: { x0: number; x1: number } | null;
  /** α_spec (finite K) or α̃_IT (large K): where the specialisation sits, null if unknown */
  spec_x: number | null;
}

const isLarge = (t: FiniteKThresholds | LargeKThresholds): t is LargeKThresholds => 'alpha_it_over_K' in t;

/** Two thresholds within SAME_TRANSITION (relative to the second) are one transition. */
export function sameTransition(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) <= SAME_TRANSITION * b;
}

export function transitionMarks(t: FiniteKThresholds | LargeKThresholds, { min, max }: CurveGrid): TransitionMarks {
  const inAxis = (a: number | null | undefined): a is number => a != null && Number.isFinite(a) && a > min && a < max;
  const lines: TransitionLine[] = [];
  let hard: TransitionMarks['hard_phase'] = null;
  let specEnd: number | null;
  let specX: number | null;
  if (isLarge(t)) {
    const { alpha_it_over_K: it, alpha_spinodal_over_K: sp } = t;
    if (inAxis(sp)) lines.push({ x: sp, label: 'α̃_spinodal', kind: 'spinodal' });
    if (inAxis(it)) {
      lines.push({ x: it, label: 'α̃_IT', kind: 'it' });
      hard = { x0: it, x1: max, label: 'hard phase (α_AMP ∝ K²)' };
    }
    specEnd = it;
    specX = it;
  } else {
    const { alpha_spec: spec, alpha_it: it, alpha_amp: amp } = t;
    if (sameTransition(it, amp)) {
      if (inAxis(it)) lines.push({ x: it, label: sameTransition(spec, it) ? 'α_spec = α_IT = α_AMP' : 'α_IT = α_AMP', kind: 'continuous' });
    } else {
      if (inAxis(spec)) lines.push({ x: spec, label: 'α_spec', kind: 'spec' });
      if (inAxis(it)) lines.push({ x: it, label: 'α_IT', kind: 'it' });
      if (inAxis(amp)) lines.push({ x: amp, label: 'α_AMP', kind: 'amp' });
      if (it !== null && amp !== null && amp > it) hard = { x0: Math.max(it, min), x1: Math.min(amp, max), label: 'hard phase' };
    }
    specEnd = it;
    specX = spec;
  }
  return { lines, hard_phase: hard, non_specialised: specEnd !== null && specEnd > min ? { x0: min, x1: specEnd } : null, spec_x: specX };
}
