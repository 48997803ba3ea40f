/**
 * Spiked-model jobs for the worker pool: thin adapters from a request (schema keys, PHYSICS.md §8) to one
 * physics call.
 */
import { logGrid } from '../numerics/logGrid.ts';
import type { ProgressFn } from '../manifest.ts';
import {
  spikedAmpStream, spikedCurveStream, spikedFiniteStream, spikedPhaseStream, spikedSpectrumStream, spikedThresholdsStream,
  type AmpOptions, type FiniteOptions, type SpikedParams,
} from './index.ts';

/** A Δ grid, log-spaced: {deltaMin, deltaMax, n} */
export interface DeltaGrid {
  deltaMin: number;
  deltaMax: number;
  n: number;
}

function model({ prior, act, alpha, rho }: SpikedParams): SpikedParams {
  return { prior, act, alpha, rho };
}

export const jobs = {
  /** SE curve (both branches, spectral overlaps) on a log Δ grid; resumable: a newer request cancels it between two solves */
  spikedCurve(req: SpikedParams & DeltaGrid, onProgress?: ProgressFn) {
    return spikedCurveStream(model(req), logGrid(req.deltaMin, req.deltaMax, req.n), onProgress);
  },
  /** Δ_PCA, Δ_alg, Δ_IT; resumable, a pause every SE step of the branch comparisons and every Δ_IT evaluation */
  spikedThresholds(req: SpikedParams, onProgress?: ProgressFn) {
    return spikedThresholdsStream(model(req), onProgress);
  },
  /** AMP, PCA and LAMP overlaps on seeded instances at the Δ of a log grid; resumable, the grid filling seed by seed */
  spikedFinite(req: SpikedParams & DeltaGrid & FiniteOptions, onProgress?: ProgressFn) {
    return spikedFiniteStream(model(req), logGrid(req.deltaMin, req.deltaMax, req.n), req, onProgress);
  },
  /** AMP per iteration over seeds next to SE; resumable, the seeds' iterations in lockstep */
  spikedAmp(req: SpikedParams & AmpOptions, onProgress?: ProgressFn) {
    return spikedAmpStream(model(req), req, onProgress);
  },
  /** the spectra of one instance; resumable, a preview at p/4 first (the same model, smaller) */
  spikedSpectrum(req: SpikedParams & { delta: number; p: number; seed: number }, onProgress?: ProgressFn) {
    return spikedSpectrumStream(model(req), req.delta, req.p, req.seed, onProgress);
  },
  /** the sparse (ρ, Δ) and generative (α, Δ) phase diagrams; the request is empty; resumable, as spikedThresholds at each ρ */
  spikedPhase(_req: Record<string, never>, onProgress?: ProgressFn) {
    return spikedPhaseStream(onProgress);
  },
};
