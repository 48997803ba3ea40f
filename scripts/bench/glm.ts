import { glmAmp, glmCurve, glmPhase, glmPoint, glmThresholds, type GlmParams } from '../../workers/physics/glm/index.ts';
import { matTVec, matVec } from '../../workers/physics/numerics/linalg.ts';
import { childSeed, Rng } from '../../workers/physics/numerics/rng.ts';
import { bench, type BenchRow } from './harness.ts';

const spherical: GlmParams = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 };
const phaseRetrieval: GlmParams = { prior: 'gaussian', channel: 'abs', noise: 0, rho: 1 };
/** ReLU + noise at the smallest Δ of the schema (the most table pieces); every run builds its tables cold (new model). */
const relu: GlmParams = { prior: 'gaussian', channel: 'relu', noise: 1e-3, rho: 1 };
const reluBinary: GlmParams = { prior: 'binary', channel: 'relu', noise: 1e-3, rho: 1 };
const alphas = new Float64Array(300).map((_, i) => 0.01 * Math.pow(1000, i / 299));

/** GAMP at d = 4000, α = 2: per-iteration time = (T(21 iterations) − T(1 iteration))/20, which cancels the instance draw. */
const D = 4000;
const ALPHA = 2;
const gampRun = (iters: number) => () => glmAmp(spherical, { alpha: ALPHA, d: D, seed: 1, seeds: 1, iters, damping: 0 });

export async function benchGlm(): Promise<BenchRow[]> {
  const n = ALPHA * D;
  // the very X of gampRun's instance (glmAmp draws X first from Rng(childSeed(seed, 0))), streamed by the same matVec/matTVec
  const X = new Rng(childSeed(1, 0)).fillNormal(new Float32Array(n * D), 1 / Math.sqrt(D));
  const u = new Float64Array(n).fill(1);
  const v = new Float64Array(D).fill(1);
  const stream = await bench(`stream the n×d Float32 matrix twice (matVec + matTVec), d = ${D}, α = ${ALPHA}`, () => {
    matVec(X, n, D, v, u);
    matTVec(X, n, D, u, v);
  }, { runs: 10 });
  const g1 = await bench('GAMP d = 4000, α = 2, 1 iteration (instance draw + 1 step)', gampRun(1), { warmup: 1, runs: 3 });
  const g21 = await bench('GAMP d = 4000, α = 2, 21 iterations', gampRun(21), { warmup: 0, runs: 3 });
  const perIter = (g21.median - g1.median) / 20;
  return [
    await bench('GLM SE learning curve, 300 α, both branches + f_RS (spherical perceptron)', () => glmCurve(spherical, alphas), { target: '≤ 50 ms' }),
    await bench('GLM SE learning curve, 300 α, phase retrieval |z|', () => glmCurve(phaseRetrieval, alphas), { runs: 5, target: '≤ 300 ms' }),
    await bench('GLM SE learning curve, 300 α, ReLU Δ = 1e-3 (tables built cold)', () => glmCurve(relu, alphas), { warmup: 1, runs: 3, target: '≤ 500 ms' }),
    await bench('GLM thresholds, ±1 prior × ReLU Δ = 1e-3 (tables built cold)', () => glmThresholds(reluBinary), { warmup: 1, runs: 3, target: '≤ 200 ms' }),
    await bench('GLM SE point (both branches + f_RS, α = 2)', () => glmPoint(spherical, 2), { runs: 100 }),
    await bench('GLM phase diagram binary-noise, 40 ε (coarse + full)', () => glmPhase({ diagram: 'binary-noise' }), { runs: 5, target: '≤ 1 s (first picture)' }),
    await bench('GLM phase diagram sparse-rho, 40 ρ (coarse + full)', () => glmPhase({ diagram: 'sparse-rho' }), { runs: 5, target: '≤ 1 s (first picture)' }),
    stream,
    g1,
    g21,
    { name: 'GAMP per iteration (d = 4000, α = 2)', runs: 3, median: perIter, p10: perIter, p90: perIter, target: '≤ 2× stream', note: `ratio to streaming twice: ${(perIter / stream.median).toFixed(2)}` },
  ];
}
