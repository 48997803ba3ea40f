/**
 * The ODE learning curve as Figures 1 and 2 show it, from one solve: ε_g (clipped for log axes), Q, R, v,
 * where the integration stopped, and the plateau marks (plateauExit.ts). Both figures read the same result,
 * so the ODE is solved once per parameter change.
 */
import { drain, type Resumable } from '../resumable.ts';
import { plateauMarksStream, type SgdPlateauMarks } from './plateauExit.ts';
import { sgdOdeStream, type SgdOdeOptions } from './sgdOde.ts';
import { isBoth, type SgdParams } from './setup.ts';
import { EG_FLOOR } from './defaults.ts';

export { EG_FLOOR };

/**
 * ReLU near perfect alignment makes the ODE non-Lipschitz and the adaptive step collapses (sgdOde.ts): a
 * small step budget ends the integration within ~1 s instead of ~10 s; the remaining points are NaN.
 */
export const RELU_MAX_STEPS = 4000;

/** The integrator options of the page's curves: the ReLU step budget, plus `extra`. */
export function curveOdeOptions(p: Pick<SgdParams, 'act'>, extra: SgdOdeOptions = {}): SgdOdeOptions {
  return p.act === 'relu' ? { maxSteps: RELU_MAX_STEPS, ...extra } : extra;
}

/** ε_g for log axes: finite values below EG_FLOOR raised to it, non-finite ones (not reached) kept. */
export function clipEg(eg: Float64Array): Float64Array {
  return eg.map((e) => (Number.isFinite(e) ? Math.max(e, EG_FLOOR) : e));
}

/** The last α with a finite ε_g (0 if none), or null if every point is finite. */
export function stoppedAt(alpha: Float64Array, eg: Float64Array): number | null {
  let last = -1;
  for (let j = 0; j < eg.length; j++) if (Number.isFinite(eg[j])) last = j;
  return last === eg.length - 1 ? null : last >= 0 ? alpha[last] : 0;
}

export interface SgdCurveResult {
  K: number;
  M: number;
  /** log grid from alphaMin to alphaMax */
  alpha: Float64Array;
  /** ε_g, clipped at EG_FLOOR */
  eg: Float64Array;
  /** ε_g at α = 0 */
  eg0: number;
  /** nOut × K × K, nOut × K × M, nOut × K (sgdOde layout) */
  Q: Float64Array;
  R: Float64Array;
  v: Float64Array;
  /** whether v trains (otherwise v = v* = 1 throughout) */
  v_trained: boolean;
  ok: boolean;
  /** last α reached when the integration stopped early (ReLU step budget), else null */
  stopped_at: number | null;
  plateau: SgdPlateauMarks | null;
}

/** The learning curve of Figures 1–2: one ODE solve from the seeded initial overlaps, plus the plateau marks. */
export function sgdCurve(p: SgdParams, alphaMax: number, nOut: number, alphaMin: number, onProgress?: (fraction: number) => void): SgdCurveResult {
  return drain(sgdCurveStream(p, alphaMax, nOut, alphaMin, onProgress));
}

/**
 * sgdCurve as a resumable computation (the worker's job): the solve's and the plateau marks' pauses, a few ms apart,
 * so a newer request cancels it cooperatively; nothing offered (the figures draw no partial theory). sgdCurve drains it.
 */
export function* sgdCurveStream(p: SgdParams, alphaMax: number, nOut: number, alphaMin: number, onProgress?: (fraction: number) => void): Resumable<SgdCurveResult> {
  const ode = yield* sgdOdeStream(p, alphaMax, nOut, onProgress, curveOdeOptions(p, { alphaMin }));
  return {
    K: ode.K,
    M: ode.M,
    alpha: ode.alpha,
    eg: clipEg(ode.eg),
    eg0: ode.eg0,
    Q: ode.Q,
    R: ode.R,
    v: ode.v,
    v_trained: isBoth(p),
    ok: ode.ok,
    stopped_at: stoppedAt(ode.alpha, ode.eg),
    plateau: yield* plateauMarksStream(p, alphaMax),
  };
}
