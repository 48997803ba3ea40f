/**
 * Finite-size points of the overlap curve: on seeded instances at each Δ, AMP's final estimate and the
 * PCA and LAMP top eigenvectors, as squared cosines with v* (mean and standard deviation over seeds
 * childSeed(seed, s)). NaN where LAMP is not defined (charts skip it).
 */
import { childSeed, Rng } from '../numerics/rng.ts';
import type { ProgressFn } from '../manifest.ts';
import { runAmp } from './amp.ts';
import { cos2, drawInstance } from './instance.ts';
import { lampVector, pcaVector } from './spectral.ts';
import type { SpikedParams } from './types.ts';

export interface SpikedFinite {
  delta: Float64Array;
  amp_mean: Float64Array;
  amp_std: Float64Array;
  pca_mean: Float64Array;
  pca_std: Float64Array;
  lamp_mean: Float64Array;
  lamp_std: Float64Array;
}

export interface FiniteOptions {
  p: number;
  seed: number;
  seeds: number;
  iters: number;
}

export function spikedFinite(params: SpikedParams, deltas: Float64Array, o: FiniteOptions, onProgress?: ProgressFn): SpikedFinite {
  const n = deltas.length;
  const r: SpikedFinite = {
    delta: Float64Array.from(deltas), amp_mean: new Float64Array(n), amp_std: new Float64Array(n),
    pca_mean: new Float64Array(n), pca_std: new Float64Array(n), lamp_mean: new Float64Array(n), lamp_std: new Float64Array(n),
  };
  const vals = { amp: new Float64Array(o.seeds), pca: new Float64Array(o.seeds), lamp: new Float64Array(o.seeds) };
  for (let d = 0; d < n; d++) {
    for (let s = 0; s < o.seeds; s++) {
      const sd = childSeed(o.seed, s);
      const inst = drawInstance(params, deltas[d], o.p, sd);
      const rng = new Rng(childSeed(sd, 1));
      vals.amp[s] = cos2(runAmp(params, inst, deltas[d], o.iters, rng).vhat, inst.v);
      vals.pca[s] = cos2(pcaVector(inst, rng).vector, inst.v);
      const lv = lampVector(params, inst, rng);
      vals.lamp[s] = lv ? cos2(lv, inst.v) : NaN;
      onProgress?.((d * o.seeds + s + 1) / (n * o.seeds));
    }
    [r.amp_mean[d], r.amp_std[d]] = meanStd(vals.amp);
    [r.pca_mean[d], r.pca_std[d]] = meanStd(vals.pca);
    [r.lamp_mean[d], r.lamp_std[d]] = meanStd(vals.lamp);
  }
  return r;
}

function meanStd(x: Float64Array): [number, number] {
  let s = 0;
  let s2 = 0;
  for (const v of x) {
    s += v;
    s2 += v * v;
  }
  const m = s / x.length;
  return [m, Math.sqrt(Math.max(s2 / x.length - m * m, 0))];
}
