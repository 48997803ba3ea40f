/**
 * Over-parameterisation (Goldt et al. 2019, arXiv:1906.08632, §4 and Fig. 3): the ODE's ε_g at a fixed α
 * (and at α/10) against the student width K for a fixed teacher M, training the first layer only or both
 * layers. With the first layer only, the surplus units keep drifting (ε_g still falls at α = 10⁵ for K ≥ 4:
 * the α/10 → α gap); both layers reach an asymptotic error that grows with K.
 */
import { clipEg, curveOdeOptions } from './curve.ts';
import { MAX_K } from './defaults.ts';
import { sgdOde } from './sgdOde.ts';
import { drain, type Resumable } from '../resumable.ts';
import type { SgdParams } from './setup.ts';

/** The widths of Figure 3: K = 1 … max(8, M + 3), at most the schema's largest K. */
export function studentWidths(M: number): number[] {
  return Array.from({ length: Math.min(MAX_K, Math.max(8, M + 3)) }, (_, i) => i + 1);
}

/** The earlier time of the comparison is α / EARLY_DIVISOR. */
export const EARLY_DIVISOR = 10;

export interface SgdFinalVsKResult {
  K: Float64Array;
  alpha: number;
  /** α/10, the earlier time */
  alpha_early: number;
  eg_first: Float64Array;
  eg_both: Float64Array;
  eg_first_early: Float64Array;
  eg_both_early: Float64Array;
  /** widths done so far (the first `done` entries are filled, the rest NaN) */
  done: number;
  /** points among those done where the integration stopped before α (ReLU step budget): NaN, not drawn */
  missing: number;
}

/**
 * ε_g of the ODE at α/10 and α for each width (default studentWidths(p.M)), first layer only and both
 * layers, from the seeded initial overlaps of each K, as a resumable computation: it pauses after every ODE
 * solve (≤ ~150 ms at K = 8, α = 10⁴), so a superseded sweep stops at once instead of holding the theory
 * worker for its whole ~0.5 s. Each pause offers the result so far (the first `done` widths filled, the rest
 * NaN; unclipped); the returned result is clipped at EG_FLOOR.
 */
export function* sgdFinalVsKStream(
  p: Omit<SgdParams, 'K' | 'both'>, alpha: number, Ks: ArrayLike<number> = studentWidths(p.M), onProgress?: (fraction: number) => void,
): Resumable<SgdFinalVsKResult, SgdFinalVsKResult> {
  const n = Ks.length;
  const out: SgdFinalVsKResult = {
    K: Float64Array.from(Ks),
    alpha,
    alpha_early: alpha / EARLY_DIVISOR,
    eg_first: new Float64Array(n).fill(NaN),
    eg_both: new Float64Array(n).fill(NaN),
    eg_first_early: new Float64Array(n).fill(NaN),
    eg_both_early: new Float64Array(n).fill(NaN),
    done: 0,
    missing: 0,
  };
  const snapshot = () => structuredClone(out);
  yield snapshot;
  const grid = Float64Array.of(out.alpha_early, alpha);
  for (let j = 0; j < n; j++) {
    for (const both of [0, 1]) {
      const q = { ...p, K: Ks[j], both };
      const r = sgdOde(q, alpha, 2, undefined, curveOdeOptions(q, { grid }));
      (both ? out.eg_both_early : out.eg_first_early)[j] = r.eg[0];
      (both ? out.eg_both : out.eg_first)[j] = r.eg[1];
      if (!Number.isFinite(r.eg[1])) out.missing++;
      onProgress?.((2 * j + both + 1) / (2 * n));
      if (both === 0) yield undefined;
    }
    out.done = j + 1;
    if (j < n - 1) yield snapshot;
  }
  return { ...out, eg_first: clipEg(out.eg_first), eg_both: clipEg(out.eg_both), eg_first_early: clipEg(out.eg_first_early), eg_both_early: clipEg(out.eg_both_early) };
}

/** sgdFinalVsKStream run to its end; onPartial sees the result before the first width and after each width but the last. */
export function sgdFinalVsK(
  p: Omit<SgdParams, 'K' | 'both'>, alpha: number, Ks?: ArrayLike<number>,
  onProgress?: (fraction: number) => void, onPartial?: (partial: SgdFinalVsKResult) => void,
): SgdFinalVsKResult {
  return drain(sgdFinalVsKStream(p, alpha, Ks, onProgress), onPartial);
}
