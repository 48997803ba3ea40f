/**
 * The regularisation that minimises ε_g (PHYSICS.md §7: "the interpolation peak of ridge at α = 1 as
 * λ → 0, removed by the optimal λ"): the smallest ε_g on a log-λ grid, refined by golden section in ln λ
 * between the grid neighbours of the minimum (ε_g is smooth and, between them, unimodal in λ). A minimum on
 * the grid's edge is reported as such (`at_edge`): the optimum lies at or beyond the λ range.
 */
import { goldenMaxStream } from '../glm/fixedPointCurve.ts';
import type { Resumable } from '../resumable.ts';

export interface LambdaOptimum {
  lambda_opt: number;
  eg_opt: number;
  at_edge: boolean;
}

/** golden section to 1e-6 in ln λ */
const LN_LAMBDA_TOL = 1e-6;

/**
 * `egAt(λ, i)` evaluates ε_g at λ, given the index i of the grid point next to it (for warm starts); resumable, it
 * pauses where `egAt` does (a logistic solve between its steps, ../resumable.ts).
 */
export function* refineMinimumStream(lambdas: Float64Array, eg: Float64Array, egAt: (lambda: number, near: number) => Resumable<number>): Resumable<LambdaOptimum> {
  let best = -1;
  for (let i = 0; i < eg.length; i++) if (Number.isFinite(eg[i]) && (best < 0 || eg[i] < eg[best])) best = i;
  if (best < 0) return { lambda_opt: NaN, eg_opt: NaN, at_edge: true };
  if (best === 0 || best === eg.length - 1) return { lambda_opt: lambdas[best], eg_opt: eg[best], at_edge: true };
  const r = yield* goldenMaxStream(function* (t) {
    return -(yield* egAt(Math.exp(t), best));
  }, Math.log(lambdas[best - 1]), Math.log(lambdas[best + 1]), LN_LAMBDA_TOL);
  // the grid point itself when golden section ends no lower (flat or noisy minimum)
  return -r.f < eg[best] ? { lambda_opt: Math.exp(r.x), eg_opt: -r.f, at_edge: false } : { lambda_opt: lambdas[best], eg_opt: eg[best], at_edge: false };
}
