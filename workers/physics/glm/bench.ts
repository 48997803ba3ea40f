import { logGrid } from '../numerics/logGrid.ts';
import { glmAmp, glmCurve, glmPhase, glmPoint, glmThresholds, type GlmParams } from './index.ts';
import { matTVec, matVec } from '../numerics/linalg.ts';
import { childSeed, Rng } from '../numerics/rng.ts';
import type { BenchKit, BenchRow } from '../manifest.ts';

const spherical: GlmParams = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 };
const phaseRetrieval: GlmParams = { prior: 'gaussian', channel: 'abs', noise: 0, rho: 1 };
/** ReLU + noise at the smallest Δ of the schema (the most table pieces); every run builds its tables cold (new model). */
const relu: GlmParams = { prior: 'gaussian', channel: 'relu', noise: 1e-3, rho: 1 };
const reluBinary: GlmParams = { prior: 'binary', channel: 'relu', noise: 1e-3, rho: 1 };
const alphas = logGrid(0.01, 10, 300);

/**
 * GAMP at d = 4000, α = 2 against the memory bound. One GAMP iteration = (T(21 iterations) − T(1))/20, which
 * cancels the instance draw; the bound = one matVec + one matTVec over the very same X (glmAmp draws X first
 * from Rng(childSeed(seed, 0)), so the values are identical). The two are measured alternately, ROUNDS times in
 * one process, and the ratio is taken per round, so load from other processes hits both alike; medians reported.
 */
const D = 4000;
const ALPHA = 2;
const ROUNDS = 5;
const gampRun = (iters: number) => glmAmp(spherical, { alpha: ALPHA, d: D, seed: 1, seeds: 1, iters, damping: 0 });
const median = (x: number[]): number => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
function benchGampVsStream(now: () => number): BenchRow[] {
  const timed = (fn: () => unknown): number => {
    const t0 = now();
    fn();
    return now() - t0;
  };
  const n = ALPHA * D;
  const X = new Rng(childSeed(1, 0)).fillNormal(new Float32Array(n * D), 1 / Math.sqrt(D));
  const u = new Float64Array(n).fill(1);
  const v = new Float64Array(D).fill(1);
  const streamTwice = () => {
    matVec(X, n, D, v, u);
    matTVec(X, n, D, u, v);
  };
  streamTwice();
  gampRun(2);
  const stream: number[] = [];
  const iter: number[] = [];
  const ratio: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const s = median([timed(streamTwice), timed(streamTwice), timed(streamTwice)]);
    const g1 = timed(() => gampRun(1));
    const g21 = timed(() => gampRun(21));
    const it = (g21 - g1) / 20;
    const s2 = median([timed(streamTwice), timed(streamTwice), timed(streamTwice)]);
    stream.push(0.5 * (s + s2));
    iter.push(it);
    ratio.push(it / (0.5 * (s + s2)));
  }
  const row = (name: string, x: number[], extra: Partial<BenchRow> = {}): BenchRow => ({
    name,
    runs: x.length,
    median: median(x),
    p10: Math.min(...x),
    p90: Math.max(...x),
    ...extra,
  });
  return [
    row(`stream the n×d Float32 X twice (matVec + matTVec), d = ${D}, α = ${ALPHA}`, stream),
    row(`GAMP per iteration, same X (d = ${D}, α = ${ALPHA}), alternating with the row above`, iter, {
      target: '≤ 2× stream',
      note: `ratio to streaming twice: median ${median(ratio).toFixed(2)} (rounds: ${ratio.map((x) => x.toFixed(2)).join(', ')})`,
    }),
  ];
}

export async function benchGlm({ bench, now }: BenchKit): Promise<BenchRow[]> {
  return [
    await bench('GLM SE learning curve, 300 α, both branches + f_RS (spherical perceptron)', () => glmCurve(spherical, alphas), { target: '≤ 50 ms' }),
    await bench('GLM SE learning curve, 300 α, phase retrieval |z|', () => glmCurve(phaseRetrieval, alphas), { runs: 10, target: '≤ 100 ms' }),
    await bench('GLM SE learning curve, 300 α, ReLU Δ = 1e-3 (tables built cold)', () => glmCurve(relu, alphas), { warmup: 1, runs: 3, target: '≤ 500 ms' }),
    await bench('GLM thresholds, ±1 prior × ReLU Δ = 1e-3 (tables built cold)', () => glmThresholds(reluBinary), { warmup: 1, runs: 3, target: '≤ 200 ms' }),
    await bench('GLM SE point (both branches + f_RS, α = 2)', () => glmPoint(spherical, 2), { runs: 100 }),
    await bench('GLM phase diagram binary-noise, 40 ε (coarse + full)', () => glmPhase({ diagram: 'binary-noise' }), { runs: 5, target: '≤ 1 s (first picture)' }),
    await bench('GLM phase diagram sparse-rho, 40 ρ (coarse + full)', () => glmPhase({ diagram: 'sparse-rho' }), { runs: 5, target: '≤ 1 s (first picture)' }),
    ...benchGampVsStream(now),
  ];
}
