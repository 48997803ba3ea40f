/**
 * Double descent (Belkin et al., PNAS 2019; for random features Mei & Montanari, CPAM 2022,
 * arXiv:1908.05355; Gerace et al. 2020, Fig. 3): ridge ε_g against the model size p/n at fixed data —
 * n samples of a d-dimensional latent, d/n fixed — so that along the curve α = n/p = 1/ψ and
 * γ = d/p = (d/n)/ψ both move. At λ → 0 the minimum-norm interpolator's error peaks at p = n (ψ = 1);
 * the optimal λ at each ψ (optimalLambda.ts) removes the peak. Resumable (the worker's job; ../resumable.ts): a
 * pause after every ψ (3 + 25 ridge solves and a golden section, a fraction of a millisecond).
 */
import type { ProgressFn } from '../manifest.ts';
import { drain, type Resumable } from '../resumable.ts';
import { logGrid } from '../numerics/logGrid.ts';
import type { Activation } from './activations.ts';
import { priorModel } from './model.ts';
import { refineMinimumStream } from './optimalLambda.ts';
import { ridgeFixedPoint } from './ridge.ts';

/** The fixed λ curves of the figure, and the λ grid the optimum is searched on. */
export const DD_LAMBDAS: readonly number[] = [1e-4, 1e-2, 1];
const OPT_GRID = logGrid(1e-4, 100, 25);

export interface HmmDoubleDescent {
  /** ψ = p/n */
  psi: Float64Array;
  d_over_n: number;
  lambdas: Float64Array;
  /** ε_g for lambdas[j] at psi[i], row-major: eg[j·psi.length + i] */
  eg: Float64Array;
  lambda_opt: Float64Array;
  eg_opt: Float64Array;
}

export function ridgeError(act: Activation, gamma: number, lambda: number, alpha: number): number {
  return ridgeFixedPoint(priorModel({ act, gamma, lambda }), alpha).eg;
}

/** ridgeError as a resumable computation with no pause (closed form), for refineMinimumStream. */
export function* ridgeErrorStream(act: Activation, gamma: number, lambda: number, alpha: number): Resumable<number> {
  return ridgeError(act, gamma, lambda, alpha);
}

export function hmmDoubleDescent(act: Activation, dOverN: number, psi: Float64Array, onProgress?: ProgressFn): HmmDoubleDescent {
  return drain(hmmDoubleDescentStream(act, dOverN, psi, onProgress));
}

/** hmmDoubleDescent, resumable (no snapshots: the figure draws the finished curves). */
export function* hmmDoubleDescentStream(act: Activation, dOverN: number, psi: Float64Array, onProgress?: ProgressFn): Resumable<HmmDoubleDescent> {
  const np = psi.length;
  const eg = new Float64Array(DD_LAMBDAS.length * np);
  const lambdaOpt = new Float64Array(np);
  const egOpt = new Float64Array(np);
  const grid = new Float64Array(OPT_GRID.length);
  for (let i = 0; i < np; i++) {
    const alpha = 1 / psi[i];
    const gamma = dOverN / psi[i];
    DD_LAMBDAS.forEach((lambda, j) => (eg[j * np + i] = ridgeError(act, gamma, lambda, alpha)));
    for (let k = 0; k < OPT_GRID.length; k++) grid[k] = ridgeError(act, gamma, OPT_GRID[k], alpha);
    const opt = yield* refineMinimumStream(OPT_GRID, grid, (lambda) => ridgeErrorStream(act, gamma, lambda, alpha));
    lambdaOpt[i] = opt.lambda_opt;
    egOpt[i] = opt.eg_opt;
    onProgress?.((i + 1) / np);
    if (i + 1 < np) yield undefined;
  }
  return { psi: Float64Array.from(psi), d_over_n: dOverN, lambdas: Float64Array.from(DD_LAMBDAS), eg, lambda_opt: lambdaOpt, eg_opt: egOpt };
}
