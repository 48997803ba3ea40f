import { useApp$ } from '../../app/context.ts';
import type { Act, SgdParams } from '../../../workers/physics/sgd/index.ts';
import type { ParamsOf } from '../../../workers/physics/schema.ts';
import type { chapter } from './meta.ts';

/** The model part of the chapter's values, as the SGD jobs take it. */
export function sgdModel({ K, M, act, eta, sigma, both, N, seed, init }: ParamsOf<typeof chapter.params>) {
  return { K, M, act, eta, sigma, both, N, seed, init };
}

/** The model of the current URL as the physics wants it (one object, stable by value for useJob). */
export function useSgdModel(): Required<Pick<SgdParams, 'K' | 'M' | 'act' | 'eta' | 'sigma' | 'N' | 'seed' | 'init'>> & { both: number } {
  const p = useApp$((s) => s.params);
  return {
    K: p.K as number,
    M: p.M as number,
    act: p.act as Act,
    eta: p.eta as number,
    sigma: p.sigma as number,
    both: p.both as number,
    N: p.N as number,
    seed: p.seed as number,
    init: p.init as number,
  };
}

/** ε_g labels shared by the figures */
export const EG_AXIS = 'generalisation error ε_g';

/** lowest ε_g on the log axes: below it the error is round-off or a converged run (the chart clamps to the axis) */
export const Y_FLOOR = 1e-7;
