/**
 * AMP over seeded instances next to state evolution from the same start (the chapter's AMP figure, CLI spiked-amp):
 * the mean and standard deviation over seeds of AMP's MSE per iteration (amp.ts), resumable (../resumable.ts). SE
 * comes first (theory, offered step by step), then the instances, then the seeds' iterations in lockstep
 * (../resumable.ts inLockstep), so the curve grows iteration by iteration, all seeds together. Each seed keeps its own
 * instance, stream and arithmetic and the sums run in seed order: bit for bit the seeds one after another.
 */
import type { ProgressFn } from '../manifest.ts';
import { childSeed, Rng } from '../numerics/rng.ts';
import { drain, inLockstep, mapResumable, offering, type Resumable } from '../resumable.ts';
import { ampRunner, ampStartState, startOverlap, type AmpRunner } from './amp.ts';
import { drawInstanceStream } from './instance.ts';
import { seTrajectoryStream, spikeOf } from './stateEvolution.ts';
import type { SpikedParams } from './types.ts';

export interface SpikedAmp {
  iter: Float64Array;
  /** mean over seeds of |v̂ᵗ − v*|²/p */
  mse: Float64Array;
  /** state evolution from the same start: ρ_v − q_vᵗ */
  mse_se: Float64Array;
  /** standard deviation over seeds (0 for one seed) */
  mse_std: Float64Array;
}

export interface AmpOptions {
  delta: number;
  p: number;
  seed: number;
  seeds: number;
  iters: number;
  /** entries of M held at once, at most (default AMP_MAX_ENTRIES) */
  maxStoredEntries?: number;
}

/**
 * spikedAmp while it runs: `mse` and `mse_std` over the first `seeds_done` seeds hold the iterations 0..mse.length − 1
 * they have all reached (none before the first iteration: SE alone); `iter` and `mse_se` the SE iterates so far (whole
 * once AMP runs); `over` at the end.
 */
export interface SpikedAmpRuns extends SpikedAmp {
  seeds_done: number;
  over: boolean;
}

/**
 * Entries of M = Y/√p held at once (8 bytes each, 160 MB): more seeds than fit run one after another, one instance
 * at a time, and the snapshots are then the seeds over so far (while the first runs, its iterations so far).
 */
export const AMP_MAX_ENTRIES = 2e7;

/** AMP over seeds childSeed(seed, s) next to SE from the same start. */
export function spikedAmp(params: SpikedParams, o: AmpOptions, onProgress?: ProgressFn): SpikedAmp {
  const { seeds_done: _done, over: _over, ...r } = drain(spikedAmpStream(params, o, onProgress));
  return r;
}

/** spikedAmp, resumable (see the header); progress: instances drawn and iterations taken, of seeds·(iters + 1). */
export function* spikedAmpStream(params: SpikedParams, o: AmpOptions, onProgress?: ProgressFn): Resumable<SpikedAmpRuns, SpikedAmpRuns> {
  const spike = spikeOf(params);
  const S = o.seeds;
  const total = S * (o.iters + 1);
  const q0 = startOverlap(params, o.delta);
  // SE is the figure's theory: offered as it runs, and whole while the instances are drawn
  const se = mapResumable(seTrajectoryStream(spike, o.delta, ampStartState(params, q0), o.iters), (q) => q, (q) => seedStats([], 0, q, spike.rhoV, false));
  const q = yield* se;
  const stats = (mses: Float64Array[], k: number, over = false) => seedStats(mses, k, q, spike.rhoV, over);
  const seAlone = () => stats([], 0);
  yield seAlone;
  /** the runs holding an instance (disposed by a cancel) */
  const live: AmpRunner[] = [];
  function* start(s: number): Resumable<AmpRunner, SpikedAmpRuns> {
    const sd = childSeed(o.seed, s);
    const inst = yield* offering(drawInstanceStream(params, o.delta, o.p, sd), seAlone);
    const run = ampRunner(params, inst, o.delta, o.iters, q0, new Rng(childSeed(sd, 1)));
    live.push(run);
    return run;
  }
  let mses: Float64Array[] = [];
  try {
    if (S * o.p * o.p <= (o.maxStoredEntries ?? AMP_MAX_ENTRIES)) {
      for (let s = 0; s < S; s++) {
        yield* start(s);
        onProgress?.((s + 1) / total);
      }
      const sofar = () => stats(live.map((r) => r.mse), Math.min(...live.map((r) => r.taken())) + 1);
      yield* inLockstep(live, 1, onProgress && ((f) => onProgress((S + f * S * o.iters) / total)), sofar);
      mses = live.map((r) => r.mse);
    } else {
      let done = 0;
      for (let s = 0; s < S; s++) {
        const run = yield* start(s);
        onProgress?.(++done / total);
        const sofar = () => (mses.length ? stats(mses, o.iters + 1) : stats([run.mse], run.taken() + 1));
        while (!run.advance(1)) {
          onProgress?.(++done / total);
          yield sofar;
        }
        onProgress?.(++done / total);
        live.pop();
        mses.push(run.mse);
      }
    }
  } finally {
    for (const r of live) r.dispose();
  }
  return stats(mses, o.iters + 1, true);
}

/** Mean and standard deviation over seeds (summed in seed order) of iterations 0..k − 1, next to SE ρ_v − q_vᵗ. */
function seedStats(mses: Float64Array[], k: number, q: Float64Array, rhoV: number, over: boolean): SpikedAmpRuns {
  const n = q.length;
  const S = mses.length;
  const res: SpikedAmpRuns = {
    iter: Float64Array.from({ length: n }, (_, t) => t), mse: new Float64Array(k), mse_se: new Float64Array(n), mse_std: new Float64Array(k),
    seeds_done: S, over,
  };
  for (let t = 0; t < k; t++) {
    let sum = 0;
    let sum2 = 0;
    for (const m of mses) {
      sum += m[t];
      sum2 += m[t] * m[t];
    }
    res.mse[t] = sum / S;
    res.mse_std[t] = Math.sqrt(Math.max(sum2 / S - res.mse[t] * res.mse[t], 0));
  }
  for (let t = 0; t < n; t++) res.mse_se[t] = rhoV - q[t];
  return res;
}
