/**
 * What every ERM solver of train.ts (and svmInteriorPoint.ts) takes and returns, in a file of its own so the
 * solvers can share it without importing one another in a cycle.
 */
import { drain, type Resumable } from '../resumable.ts';

export interface TrainOptions {
  /** stopping tolerance (see each solver for what it bounds) */
  tol?: number;
  /** iteration cap (CG iterations, Newton steps, or DCD epochs) */
  maxIter?: number;
  onProgress?: (fraction: number) => void;
  /** warm start (ridge and logistic; the hinge solver starts from its dual) */
  w0?: Float64Array;
}

/** ERM on a dense design: X row-major n×d, labels y, penalty λ. */
export type Trainer = (X: Float64Array, n: number, d: number, y: Float64Array, lambda: number, opts?: TrainOptions) => TrainResult;

/** A trainer that pauses between its iterations (CG steps, Newton steps, DCD epochs, interior-point iterations). */
export type TrainerStream = (X: Float64Array, n: number, d: number, y: Float64Array, lambda: number, opts?: TrainOptions) => Resumable<TrainResult, never>;

/** The trainer that runs a TrainerStream to its end. */
export const drained = (train: TrainerStream): Trainer => (X, n, d, y, lambda, opts) => drain(train(X, n, d, y, lambda, opts));

export interface TrainResult {
  w: Float64Array;
  iterations: number;
  /** gradient norm (ridge/logistic) or relative duality gap (hinge) at exit */
  certificate: number;
  converged: boolean;
}
