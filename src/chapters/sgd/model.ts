import type { ParamsOf } from '../../../workers/physics/schema.ts';
import type { SgdCurveRequest } from '../../../workers/physics/sgd/manifest.ts';
import type { CliCall } from '../../cite/cli.ts';
import { extent } from '../../charts/scales.ts';
import type { Num, Series } from '../../charts/types.ts';
import type { chapter } from './meta.ts';
import { ALPHA_MIN } from './viewParams.ts';

export type SgdChapterParams = ParamsOf<typeof chapter.params>;

/** The model part of the chapter's values, in the form the SGD jobs take. */
export function sgdModel({ K, M, act, eta, sigma, both, N, seed, init }: SgdChapterParams) {
  return { K, M, act, eta, sigma, both, N, seed, init };
}

/** Points of the ODE curve (Figures 1 and 2 draw the same solve). */
const CURVE_POINTS = 160;

/** The one ODE request of Figures 1 and 2 (the same request, so the same shared run: useSharedJob). */
export function curveRequest(p: SgdChapterParams): SgdCurveRequest {
  return { ...sgdModel(p), alpha: p.alpha, alphaMin: ALPHA_MIN, nOut: CURVE_POINTS };
}

/** ε_g labels shared by the figures */
export const EG_AXIS = 'generalisation error ε_g';

/** lowest ε_g on the log axes: below it the error is round-off or a converged run (the chart clamps to the axis) */
export const Y_FLOOR = 1e-7;

/** top of the ε_g axes: above it the ODE has diverged (η past its stable limit; a learning student stays below 1) */
export const Y_CAP = 1e3;

/**
 * The ε_g axis of a figure drawing these arrays: their log extent, floored at Y_FLOOR and capped at Y_CAP — a
 * diverging curve (ε_g ~ 10²⁰⁰ for a linear network past its η limit) runs off the top rather than squeezing
 * every learning curve onto the axis.
 */
export function egDomain(ys: Num[]): [number, number] {
  const [lo, hi] = extent(ys, 'log');
  return [Math.max(Y_FLOOR, lo), Math.min(Math.max(hi, 1.5 * Y_FLOOR), Y_CAP)];
}

/**
 * A series as the ε_g axes draw it (the CSV keeps the computed numbers): an error below Y_FLOOR (perfect learning;
 * a partial result is not yet clipped and may be exactly 0) sits on the axis, as the captions say; a curve that
 * passes Y_CAP is drawn up to the top edge and cut there — the chart would otherwise clamp it into a flat line along
 * the top, which reads as a saturating error instead of a diverging one.
 */
export function egDrawn<S extends Series>(s: S): S {
  let above = false;
  const y = Float64Array.from(s.y, (v) => {
    const off = above && v > Y_CAP;
    above = v > Y_CAP;
    return off ? NaN : Math.max(v, Y_FLOOR);
  });
  return { ...s, y };
}

/** Whether any value runs off the top of egDomain (the captions then say so). */
export const divergesPastCap = (ys: Num[]) => ys.some((y) => Array.from(y).some((v) => v > Y_CAP));

/** The command printing the ODE solve of Figures 1 and 2 on the page's grid (sgd-learning-curve). */
export function curveCli(p: SgdChapterParams, series: CliCall['series']): CliCall {
  return { command: 'sgd-learning-curve', args: { ...sgdModel(p), alpha: p.alpha }, series };
}
