import { alphaGrid, committeeAmp, committeeCurve, committeePhase, committeePoint, committeeThresholds, curveGridSpec } from './index.ts';
import type { BenchKit, BenchRow } from '../manifest.ts';

/** The K = 2 learning curve of the chapter: 200 log-spaced α on [0.1, 60] (curveGrid.ts). */
const alphas2 = alphaGrid(curveGridSpec(2));

export async function benchCommittee({ bench }: BenchKit): Promise<BenchRow[]> {
  return [
    await bench('committee K = 2 SE learning curve, 200 α (both branches)', () => committeeCurve({ K: 2 }, alphas2), { warmup: 1, runs: 5, target: '≤ 300 ms' }),
    await bench('committee K = 3 SE point, α = 15 (hard phase: plane + specialised branch)', () => committeePoint({ K: 3, alpha: 15 }), { warmup: 1, runs: 5, target: '≤ 20 ms' }),
    await bench('committee K = 3 thresholds (α_AMP by Brent on λ)', () => committeeThresholds(3), { warmup: 0, runs: 3 }),
    await bench('committee phase diagram, α_AMP for K = 2, 3, 5, …, 51 + large-K constants', () => committeePhase(51), { warmup: 0, runs: 3, target: '≤ 2 s' }),
    await bench('committee AMP K = 2, d = 1000, α = 3, 1 seed × 20 iterations', () => committeeAmp({ alpha: 3, d: 1000, seed: 1, seeds: 1, iters: 20 }), { warmup: 0, runs: 3 }),
  ];
}
