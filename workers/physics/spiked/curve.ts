/**
 * The spiked model's curve in Δ (PHYSICS.md §8 CLI): AMP (uninformed SE) and Bayes (the branch of smaller
 * mutual information) overlaps and errors, MSE_v = ρ_v − q_v, and the spectral overlaps (PCA: BBP; LAMP: lampTheory.ts,
 * which is PCA's for the i.i.d. priors and null for ReLU).
 */
import { logGrid } from '../numerics/logGrid.ts';
import type { ProgressFn } from '../manifest.ts';
import { drain, type Resumable } from '../resumable.ts';
import { lampTheory } from './lampTheory.ts';
import { OVERLAP_GRID } from './params.ts';
import { pcaOverlap } from './spectralTheory.ts';
import { seBranchesStream, spikeOf } from './stateEvolution.ts';
import type { SpikedParams, SpikedPoint } from './types.ts';

/**
 * converged[i] = 1 where both branches' SE solves converged at delta[i]; where not (0), the SE numbers there are the
 * last iterate, not a fixed point: the CLI names those Δ, the figure leaves a gap.
 */
export type SpikedCurve = { [K in Exclude<keyof SpikedPoint, 'overlap_lamp'>]: Float64Array } & {
  overlap_lamp: (number | null)[];
  converged: Uint8Array;
};

/** The curve as a resumable computation (pauses between two SE solves: the worker's curve job); spikedCurve drains it. */
export function* spikedCurveStream(p: SpikedParams, deltas: Float64Array, onProgress?: ProgressFn): Resumable<SpikedCurve> {
  const spike = spikeOf(p);
  const br = yield* seBranchesStream(spike, deltas, onProgress);
  const n = deltas.length;
  const c: SpikedCurve = {
    delta: Float64Array.from(deltas),
    q_amp: new Float64Array(n),
    q_bayes: new Float64Array(n),
    mse_amp: new Float64Array(n),
    mmse: new Float64Array(n),
    overlap_pca: new Float64Array(n),
    overlap_lamp: new Array<number | null>(n),
    converged: Uint8Array.from(br, (b) => (b.converged ? 1 : 0)),
  };
  for (let i = 0; i < n; i++) {
    c.q_amp[i] = br[i].unf.qv;
    c.q_bayes[i] = br[i].bayes.qv;
    c.mse_amp[i] = spike.rhoV - br[i].unf.qv;
    c.mmse[i] = spike.rhoV - br[i].bayes.qv;
    c.overlap_pca[i] = pcaOverlap(spike.rhoV, deltas[i]);
    c.overlap_lamp[i] = p.prior === 'generative' ? (lampTheory(p, deltas[i], false)?.overlap ?? null) : c.overlap_pca[i];
  }
  return c;
}

export function spikedCurve(p: SpikedParams, deltas: Float64Array, onProgress?: ProgressFn): SpikedCurve {
  return drain(spikedCurveStream(p, deltas, onProgress));
}

/** One Δ of the curve; converged: as SpikedCurve's. */
export function spikedPoint(p: SpikedParams, delta: number): SpikedPoint & { converged: boolean } {
  const c = spikedCurve(p, Float64Array.of(delta));
  return {
    delta, q_amp: c.q_amp[0], q_bayes: c.q_bayes[0], mse_amp: c.mse_amp[0], mmse: c.mmse[0],
    overlap_pca: c.overlap_pca[0], overlap_lamp: c.overlap_lamp[0], converged: c.converged[0] === 1,
  };
}


export interface SpikedOverlapCurve {
  delta: Float64Array;
  overlap_bayes: Float64Array;
  overlap_amp: Float64Array;
  overlap_pca: Float64Array;
  overlap_lamp: (number | null)[];
  converged: Uint8Array;
}

/**
 * The squared overlaps the chapter's curve draws: q/ρ_v of Bayes and AMP (SE), PCA and LAMP, on OVERLAP_GRID; the SE
 * overlaps are NaN (a gap) where SE did not converge.
 */
export function spikedOverlapCurve(p: SpikedParams, onProgress?: ProgressFn): SpikedOverlapCurve {
  const c = spikedCurve(p, logGrid(OVERLAP_GRID.deltaMin, OVERLAP_GRID.deltaMax, OVERLAP_GRID.n), onProgress);
  // ρ_v as the figure reads it off the curve (MSE + q), so that the two agree to the last bits
  const rhoV = c.mse_amp[0] + c.q_amp[0];
  return {
    delta: c.delta,
    overlap_bayes: c.q_bayes.map((q, i) => (c.converged[i] ? q / rhoV : NaN)),
    overlap_amp: c.q_amp.map((q, i) => (c.converged[i] ? q / rhoV : NaN)),
    overlap_pca: c.overlap_pca,
    overlap_lamp: c.overlap_lamp,
    converged: c.converged,
  };
}
