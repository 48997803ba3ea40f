import { useMemo } from 'react';
import { useParam } from '../../view/context.ts';
import { useJob } from '../../compute/usePool.ts';
import type { FiniteKThresholds, LargeKThresholds } from '../../../workers/physics/committee/index.ts';
import { gridSpec, logGrid, type CurveGrid } from './grids.ts';

/** What figures 1 and 2 draw, for finite K (x = α) and K = large (x = α̃ = α/K) alike. */
export interface CurveView {
  x: Float64Array;
  qd_amp: Float64Array;
  qa_amp: Float64Array;
  qd_bayes: Float64Array;
  qa_bayes: Float64Array;
  eg_amp: Float64Array;
  eg_bayes: Float64Array;
  /** large K: the specialised branch's q_d (also where it is only metastable) */
  qd_spec?: Float64Array;
}

export interface CommitteeCurveState {
  K: number;
  /** 'erf': the K = 2 regression committee (noise Δ), 'sign': the majority vote */
  act: 'sign' | 'erf';
  noise: number;
  large: boolean;
  grid: CurveGrid;
  curve: CurveView | null;
  finite: FiniteKThresholds | null;
  largeK: LargeKThresholds | null;
  progress: number | null;
  error: string | null;
}

/**
 * The learning-curve job of the chosen K and activation (SE for K = 1, 2, 3, erf regression for K = 2; closed
 * forms at K = large) and its thresholds. Each figure calls it on its own lanes (`lane/…`), so the figures stay independent.
 */
export function useCommitteeCurve(lane: string): CommitteeCurveState {
  const K = useParam<number>('K');
  const act: 'sign' | 'erf' = useParam<string>('act') === 'erf' ? 'erf' : 'sign';
  const noise = useParam<number>('noise');
  const erf = act === 'erf';
  // the erf regression committee is implemented for K = 2 only: other K get a notice instead of a curve
  const unsupported = erf && K !== 2;
  const large = K === Infinity && !erf;
  const grid = gridSpec(K, act);
  const alphas = useMemo(() => logGrid(gridSpec(K, act)), [K, act]);
  const channel = erf ? { act, noise } : { act };
  const fin = useJob(`${lane}/curve`, 'committeeCurve', large || unsupported ? null : { K, alphas, ...channel });
  const lk = useJob(`${lane}/curve-large`, 'committeeLargeKCurve', large ? { alphas } : null, { cancel: 'drop' });
  const thr = useJob(`${lane}/thresholds`, 'committeeThresholds', unsupported ? null : { K, ...channel });
  let curve: CurveView | null = null;
  if (large && lk.data) curve = { ...lk.data, x: lk.data.alpha_over_K };
  // the last result stays shown while the next K computes: use it only if it is this K's grid
  if (!large && !unsupported && fin.data && fin.data.alpha.length === alphas.length && fin.data.alpha[0] === alphas[0]) curve = { ...fin.data, x: fin.data.alpha };
  const t = thr.data;
  const isLarge = (v: typeof t): v is LargeKThresholds => v !== null && 'alpha_it_over_K' in v;
  return {
    K,
    act,
    noise,
    large,
    grid,
    curve,
    finite: t && !isLarge(t) && !large && !unsupported ? t : null,
    largeK: isLarge(t) && large ? t : null,
    progress: large ? lk.progress : fin.progress,
    error: unsupported
      ? `the erf regression committee is implemented for K = 2 only (K = ${K === Infinity ? 'large' : K} selected): set K = 2 or the sign activation`
      : (large ? lk.error : fin.error) ?? thr.error,
  };
}
