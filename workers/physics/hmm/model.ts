/** The hidden manifold model as the physics sees it (PHYSICS.md §7), and its prior-side constants. */
import type { ParamsOf } from '../schema.ts';
import { kappas, type Activation } from './activations.ts';
import type { hmmParams } from './params.ts';
import type { PriorModel } from './priorSide.ts';

export type HmmLoss = ParamsOf<typeof hmmParams>['loss'];

export interface HmmModel {
  act: Activation;
  loss: HmmLoss;
  lambda: number;
  /** γ = d/p */
  gamma: number;
}

export function priorModel({ act, lambda, gamma }: Pick<HmmModel, 'act' | 'lambda' | 'gamma'>): PriorModel {
  const k = kappas(act);
  return { gamma, lambda, kappa1: k.kappa1, kappaStar: k.kappa_star };
}
