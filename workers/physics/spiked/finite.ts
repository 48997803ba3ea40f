/**
 * Finite-size points of the overlap curve: on seeded instances at each Δ, AMP's final estimate and the
 * PCA and LAMP top eigenvectors, as squared cosines with v* (mean and standard deviation over seeds
 * childSeed(seed, s)). NaN where LAMP is not defined (charts skip it).
 * Resumable (../resumable.ts), coarse to fine: seed 0 at every Δ first (every other Δ, then the rest), then seed 1,
 * and so on, so the whole curve shows after one seed per point and its means firm up seed by seed. Each (Δ, seed)
 * run draws its own instance and stream (the seed does not depend on the order), and each point's mean is taken
 * over its seeds in seed order: bit for bit the plain loop over Δ, then seeds.
 */
import { childSeed, Rng } from '../numerics/rng.ts';
import type { ProgressFn } from '../manifest.ts';
import { drain, offering, type Resumable } from '../resumable.ts';
import { ampRunner, startOverlap } from './amp.ts';
import { cos2, drawInstanceStream } from './instance.ts';
import { lampVectorStream, pcaVectorStream } from './spectral.ts';
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

/**
 * spikedFinite while it runs: the points with at least one seed over (ascending Δ), each the mean and standard
 * deviation over its first `seeds_done` seeds; `over` at the end (every point, every seed).
 */
export interface SpikedFiniteRuns extends SpikedFinite {
  seeds_done: Float64Array;
  over: boolean;
}

export interface FiniteOptions {
  p: number;
  seed: number;
  seeds: number;
  iters: number;
}

export function spikedFinite(params: SpikedParams, deltas: Float64Array, o: FiniteOptions, onProgress?: ProgressFn): SpikedFinite {
  const { seeds_done: _done, over: _over, ...r } = drain(spikedFiniteStream(params, deltas, o, onProgress));
  return r;
}

/** The grid's indices coarse to fine: every other one (0, 2, 4, …), then the rest. */
export function coarseToFine(n: number): number[] {
  const even = Array.from({ length: Math.ceil(n / 2) }, (_, i) => 2 * i);
  return [...even, ...Array.from({ length: Math.floor(n / 2) }, (_, i) => 2 * i + 1)];
}

/** spikedFinite, resumable (see the header): a pause every AMP iteration, Lanczos step and chunk of an instance. */
export function* spikedFiniteStream(params: SpikedParams, deltas: Float64Array, o: FiniteOptions, onProgress?: ProgressFn): Resumable<SpikedFiniteRuns, SpikedFiniteRuns> {
  const n = deltas.length;
  const S = o.seeds;
  // per point, its seeds' overlaps in seed order
  const vals = { amp: new Float64Array(n * S), pca: new Float64Array(n * S), lamp: new Float64Array(n * S) };
  const done = new Float64Array(n);
  const q0 = new Map<number, number>();
  let runs = 0;
  // the points so far, once a run is over (nothing to draw before; `runs` changes only between two runs)
  const sofar = () => finitePoints(deltas, vals, done, S, false);
  const offer = () => (runs > 0 ? sofar : undefined);
  for (let s = 0; s < S; s++) {
    const sd = childSeed(o.seed, s);
    for (const d of coarseToFine(n)) {
      const inst = yield* offering(drawInstanceStream(params, deltas[d], o.p, sd), offer());
      const rng = new Rng(childSeed(sd, 1));
      if (!q0.has(d)) q0.set(d, startOverlap(params, deltas[d]));
      const amp = ampRunner(params, inst, deltas[d], o.iters, q0.get(d)!, rng);
      try {
        while (!amp.advance(1)) yield offer();
      } finally {
        amp.dispose();
      }
      // progress within a run too (one takes seconds at p = 2000): AMP, PCA, LAMP a third each
      const within = (f: number) => onProgress?.((runs + f) / (n * S));
      vals.amp[d * S + s] = cos2(amp.vhat, inst.v);
      within(1 / 3);
      vals.pca[d * S + s] = cos2((yield* offering(pcaVectorStream(inst, rng), offer())).vector, inst.v);
      within(2 / 3);
      const lv = yield* offering(lampVectorStream(params, inst, rng), offer());
      vals.lamp[d * S + s] = lv ? cos2(lv, inst.v) : NaN;
      done[d]++;
      // counted outside the optional call: `onProgress?.(++runs …)` skips the increment when no one listens (CLI, tests)
      runs++;
      onProgress?.(runs / (n * S));
      if (runs < n * S) yield sofar;
    }
  }
  return finitePoints(deltas, vals, done, S, true);
}

/** The points with a seed over, each over its seeds so far (all S at the end). */
function finitePoints(deltas: Float64Array, vals: { amp: Float64Array; pca: Float64Array; lamp: Float64Array }, done: Float64Array, S: number, over: boolean): SpikedFiniteRuns {
  const idx = deltas.reduce<number[]>((a, _, d) => (done[d] > 0 ? [...a, d] : a), []);
  const m = idx.length;
  const r: SpikedFiniteRuns = {
    delta: Float64Array.from(idx, (d) => deltas[d]), amp_mean: new Float64Array(m), amp_std: new Float64Array(m),
    pca_mean: new Float64Array(m), pca_std: new Float64Array(m), lamp_mean: new Float64Array(m), lamp_std: new Float64Array(m),
    seeds_done: Float64Array.from(idx, (d) => done[d]), over,
  };
  idx.forEach((d, i) => {
    const of = (x: Float64Array) => x.subarray(d * S, d * S + done[d]);
    [r.amp_mean[i], r.amp_std[i]] = meanStd(of(vals.amp));
    [r.pca_mean[i], r.pca_std[i]] = meanStd(of(vals.pca));
    [r.lamp_mean[i], r.lamp_std[i]] = meanStd(of(vals.lamp));
  });
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
