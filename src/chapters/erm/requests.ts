import type { ParamsOf } from '../../../workers/physics/schema.ts';
import type { ErmSimRequest, GridSpec } from '../../../workers/physics/erm/manifest.ts';
import { chapter } from './meta.ts';

/** The chapter's values, typed by its schema. */
export type ErmView = ParamsOf<typeof chapter.params>;

/**
 * The α grid of the learning-curve and rate figures (log spaced, built in physics). It stops at 50: the
 * optimally regularised logistic curve needs a 1-D minimisation per point, and beyond α ≈ 50 its λ* falls
 * below 1e-5 where each fixed point is slow (the CLI goes to any α).
 */
export const CURVE_GRID: GridSpec = { alphaMin: 0.2, alphaMax: 50, n: 24 };

/** The finite-size dots: these α at the chosen loss and λ (α·d² ≤ 1.6·10⁷ for every d of the schema). */
const SIM_ALPHAS = [0.5, 1, 2, 4];

export function simRequest(p: ErmView): Omit<ErmSimRequest, 'alpha'> & { alphas: number[] } {
  return {
    loss: p.loss, lambda: p.lambda, d: p.d, seed: p.seed, seeds: p.seeds,
    alphas: SIM_ALPHAS,
  };
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
