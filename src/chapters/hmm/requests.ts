import { pickSchema, type ParamsOf } from '../../../workers/physics/schema.ts';
import type { HmmModel, HmmSimCurveRequest, LogGridSpec } from '../../../workers/physics/hmm/manifest.ts';
import { chapter } from './meta.ts';

/** The chapter's values, typed by its schema. */
export type HmmView = ParamsOf<typeof chapter.params>;

export const [alphaSpec, lambdaSpec] = pickSchema(chapter.params, ['alpha', 'lambda']);

/** The model part of the view (what the fixed point depends on). */
export function hmmModel(p: HmmView): HmmModel {
  return { act: p.act, loss: p.loss, lambda: p.lambda, gamma: p.gamma };
}

/** The learning curve's α grid: the α slider's range, 120 log-spaced points. */
export const ALPHA_GRID: LogGridSpec = { min: alphaSpec.min, max: alphaSpec.max, n: 120 };
/** The λ figure's grid: the λ slider's range, 61 log-spaced points (the CLI's hmm-lambda grid). */
export const LAMBDA_GRID: LogGridSpec = { min: lambdaSpec.min, max: lambdaSpec.max, n: 61 };
/** Double descent: p/n from 0.1 to 10, 121 log-spaced points (the CLI's hmm-double-descent grid). */
export const PSI_GRID: LogGridSpec = { min: 0.1, max: 10, n: 121 };
/** Where the learning curve gets finite-size points (a geometric ladder across the α axis). */
export const SIM_ALPHAS = [0.25, 0.5, 1, 2, 4, 8];

export function simCurveRequest(p: HmmView): HmmSimCurveRequest {
  return { ...hmmModel(p), alphas: SIM_ALPHAS, p: p.p, seed: p.seed, seeds: p.seeds };
}
