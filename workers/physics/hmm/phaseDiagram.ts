/**
 * The lecture's phase diagram (PHYSICS.md §7: σ = erf, sign labels, square loss, d/p = 0.1): ε_g of ridge
 * over the (α, λ) plane, with the optimal λ*(α) (optimalLambda.ts) and its ε_g. The plane is fixed; the
 * chapter marks the reader's point on it. Resumable (the worker's job; ../resumable.ts): a pause after every α column
 * (49 ridge solves and a golden section, a fraction of a millisecond).
 */
import type { ProgressFn } from '../manifest.ts';
import { drain, type Resumable } from '../resumable.ts';
import { logGrid } from '../numerics/logGrid.ts';
import { ridgeError, ridgeErrorStream } from './doubleDescent.ts';
import { refineMinimumStream } from './optimalLambda.ts';

export const PHASE_MODEL = { act: 'erf', loss: 'square', gamma: 0.1 } as const;
export const PHASE_ALPHA: readonly [number, number] = [0.1, 10];
export const PHASE_LAMBDA: readonly [number, number] = [1e-4, 100];
const N_ALPHA = 49;
const N_LAMBDA = 49;

export interface HmmPhaseDiagram {
  alpha: Float64Array;
  lambda: Float64Array;
  /** ε_g at (alpha[i], lambda[j]), row-major by λ: eg[j·alpha.length + i] */
  eg: Float64Array;
  lambda_opt: Float64Array;
  eg_opt: Float64Array;
  /** 1 where the optimum is at the λ range's edge (at or beyond it) */
  at_edge: Uint8Array;
}

export function hmmPhaseDiagram(onProgress?: ProgressFn): HmmPhaseDiagram {
  return drain(hmmPhaseDiagramStream(onProgress));
}

/** hmmPhaseDiagram, resumable (no snapshots: the figure draws the finished plane). */
export function* hmmPhaseDiagramStream(onProgress?: ProgressFn): Resumable<HmmPhaseDiagram> {
  const { act, gamma } = PHASE_MODEL;
  const alpha = logGrid(PHASE_ALPHA[0], PHASE_ALPHA[1], N_ALPHA);
  const lambda = logGrid(PHASE_LAMBDA[0], PHASE_LAMBDA[1], N_LAMBDA);
  const eg = new Float64Array(N_ALPHA * N_LAMBDA);
  const lambdaOpt = new Float64Array(N_ALPHA);
  const egOpt = new Float64Array(N_ALPHA);
  const atEdge = new Uint8Array(N_ALPHA);
  const column = new Float64Array(N_LAMBDA);
  for (let i = 0; i < N_ALPHA; i++) {
    for (let j = 0; j < N_LAMBDA; j++) column[j] = eg[j * N_ALPHA + i] = ridgeError(act, gamma, lambda[j], alpha[i]);
    const opt = yield* refineMinimumStream(lambda, column, (l) => ridgeErrorStream(act, gamma, l, alpha[i]));
    lambdaOpt[i] = opt.lambda_opt;
    egOpt[i] = opt.eg_opt;
    atEdge[i] = opt.at_edge ? 1 : 0;
    onProgress?.((i + 1) / N_ALPHA);
    if (i + 1 < N_ALPHA) yield undefined;
  }
  return { alpha, lambda, eg, lambda_opt: lambdaOpt, eg_opt: egOpt, at_edge: atEdge };
}
