/**
 * Hidden-manifold jobs for the worker pool: thin adapters from a request (schema keys, PHYSICS.md §7) to
 * one physics call. Grids are built here from their specs with numerics' logGrid; no loops, no rules.
 */
import { logGrid } from '../numerics/logGrid.ts';
import type { ProgressFn } from '../manifest.ts';
import {
  hmmCurveStream, hmmDoubleDescentStream, hmmLambdaSweepStream, hmmPhaseDiagramStream, hmmPoint, hmmSim, hmmSimCurveStream, kappas,
  separability, type Activation, type HmmModel,
} from './index.ts';

/** A log-spaced grid of n points from min to max. */
export interface LogGridSpec {
  min: number;
  max: number;
  n: number;
}

export type HmmSimRequest = HmmModel & { alpha: number; p: number; seed: number; seeds: number };
export type HmmSimCurveRequest = HmmModel & { alphas: number[]; p: number; seed: number; seeds: number };

export const jobs = {
  /** the learning curve ε_g(α) on a log α grid (curve.ts); resumable: a newer request cancels it between two steps */
  hmmCurve(req: HmmModel & { grid: LogGridSpec }, onProgress?: ProgressFn) {
    const { grid, ...model } = req;
    return hmmCurveStream(model, logGrid(grid.min, grid.max, grid.n), onProgress);
  },
  hmmPoint(req: HmmModel & { alpha: number }) {
    const { alpha, ...model } = req;
    return hmmPoint(model, alpha);
  },
  hmmKappas(req: { act: Activation }) {
    return kappas(req.act);
  },
  /** ε_g against λ at one α, with the optimal λ (lambdaSweep.ts); resumable */
  hmmLambdaSweep(req: Omit<HmmModel, 'lambda'> & { alpha: number; grid: LogGridSpec }, onProgress?: ProgressFn) {
    const { alpha, grid, ...model } = req;
    return hmmLambdaSweepStream(model, alpha, logGrid(grid.min, grid.max, grid.n), onProgress);
  },
  /** ridge ε_g against p/n at fixed d/n for a few λ and the optimal λ (doubleDescent.ts); resumable */
  hmmDoubleDescent(req: { act: Activation; dOverN: number; grid: LogGridSpec }, onProgress?: ProgressFn) {
    return hmmDoubleDescentStream(req.act, req.dOverN, logGrid(req.grid.min, req.grid.max, req.grid.n), onProgress);
  },
  /** the lecture's (α, λ) plane (phaseDiagram.ts); resumable */
  hmmPhaseDiagram(_req: Record<string, never>, onProgress?: ProgressFn) {
    return hmmPhaseDiagramStream(onProgress);
  },
  /** the separability threshold α_sep(γ, σ) (separability.ts) */
  hmmSeparability(req: { act: Activation; gamma: number }) {
    return separability(req.act, req.gamma);
  },
  /** real training at one α over seeds, σ(FC) and Gaussian-equivalent data (sim.ts) */
  hmmSim(req: HmmSimRequest, onProgress?: ProgressFn) {
    const { alpha, p, seed, seeds, ...model } = req;
    return hmmSim(model, { alpha, p, seed, seeds }, onProgress);
  },
  /** hmmSim along an α list; resumable, seed 0 at every α first, each point the mean of its seeds so far (sim.ts) */
  hmmSimCurve(req: HmmSimCurveRequest, onProgress?: ProgressFn) {
    const { alphas, p, seed, seeds, ...model } = req;
    return hmmSimCurveStream(model, Float64Array.from(alphas), { p, seed, seeds }, onProgress);
  },
};
