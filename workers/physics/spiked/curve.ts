/**
 * The spiked model's curve in Δ (PHYSICS.md §8 CLI): AMP (uninformed SE) and Bayes (the branch of smaller
 * mutual information) overlaps and errors, MSE_v = ρ_v − q_v, and the spectral overlaps (PCA: BBP; LAMP: lampTheory.ts,
 * which is PCA's for the i.i.d. priors and null for ReLU).
 */
import type { ProgressFn } from '../manifest.ts';
import { lampTheory } from './lampTheory.ts';
import { pcaOverlap } from './spectralTheory.ts';
import { seBranches, spikeOf } from './stateEvolution.ts';
import type { SpikedParams, SpikedPoint } from './types.ts';

export type SpikedCurve = { [K in Exclude<keyof SpikedPoint, 'overlap_lamp'>]: Float64Array } & { overlap_lamp: (number | null)[] };

export function spikedCurve(p: SpikedParams, deltas: Float64Array, onProgress?: ProgressFn): SpikedCurve {
  const spike = spikeOf(p);
  const br = seBranches(spike, deltas, onProgress);
  const n = deltas.length;
  const c: SpikedCurve = {
    delta: Float64Array.from(deltas),
    q_amp: new Float64Array(n),
    q_bayes: new Float64Array(n),
    mse_amp: new Float64Array(n),
    mmse: new Float64Array(n),
    overlap_pca: new Float64Array(n),
    overlap_lamp: new Array<number | null>(n),
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

export function spikedPoint(p: SpikedParams, delta: number): SpikedPoint {
  const c = spikedCurve(p, Float64Array.of(delta));
  return {
    delta, q_amp: c.q_amp[0], q_bayes: c.q_bayes[0], mse_amp: c.mse_amp[0], mmse: c.mmse[0],
    overlap_pca: c.overlap_pca[0], overlap_lamp: c.overlap_lamp[0],
  };
}
