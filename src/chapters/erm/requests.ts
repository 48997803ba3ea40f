import type { ParamsOf } from '../../../workers/physics/schema.ts';
import type { ErmSimRequest } from '../../../workers/physics/erm/manifest.ts';
import { SIM_ALPHAS } from '../../../workers/physics/erm/params.ts';
import { chapter } from './meta.ts';

/** The chapter's values, typed by its schema. */
export type ErmView = ParamsOf<typeof chapter.params>;

/** The figures' grids live in physics, shared with the CLI commands that print them (workers/physics/erm/params.ts). */
export { CURVE_GRID, LAMBDA_GRID, PEAK_GRID, RATES_GRID } from '../../../workers/physics/erm/params.ts';

export function simRequest(p: ErmView): Omit<ErmSimRequest, 'alpha'> & { alphas: number[] } {
  return {
    loss: p.loss, lambda: p.lambda, d: p.d, seed: p.seed, seeds: p.seeds,
    alphas: [...SIM_ALPHAS],
  };
}

/** λ as the CLI reads it: a number, or `opt`. */
export function lambdaArg(lambda: number): number | string {
  return lambda === Infinity ? 'opt' : lambda;
}

/** How λ reads in a label. */
export function lambdaText(lambda: number): string {
  if (lambda === Infinity) return 'λ*';
  if (lambda === 0) return 'λ → 0⁺';
  return `λ = ${lambda}`;
}

export const LOSS_LABEL = { square: 'ridge (square)', logistic: 'logistic', hinge: 'hinge (SVM)' } as const;
/** palette index per learner, the same in every figure */
export const COLOR = { bayes: 0, square: 1, logistic: 2, hinge: 3 } as const;
