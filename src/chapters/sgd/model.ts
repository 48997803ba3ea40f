import type { ParamsOf } from '../../../workers/physics/schema.ts';
import type { SgdCurveRequest } from '../../../workers/physics/sgd/manifest.ts';
import type { CliCall } from '../../cite/cli.ts';
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

/** The command printing the ODE solve of Figures 1 and 2 on the page's grid (sgd-learning-curve). */
export function curveCli(p: SgdChapterParams, series: CliCall['series']): CliCall {
  return { command: 'sgd-learning-curve', args: { ...sgdModel(p), alpha: p.alpha }, series };
}
