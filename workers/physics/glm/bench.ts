import { logGrid } from '../numerics/logGrid.ts';
import { glmCurve, glmPhase, glmPoint, glmThresholds, type GlmParams } from './index.ts';
import type { BenchKit, BenchRow } from '../manifest.ts';

const spherical: GlmParams = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 };
const phaseRetrieval: GlmParams = { prior: 'gaussian', channel: 'abs', noise: 0, rho: 1 };
/** ReLU + noise at the smallest Δ of the schema (the most table pieces); every run builds its tables cold (new model). */
const relu: GlmParams = { prior: 'gaussian', channel: 'relu', noise: 1e-3, rho: 1 };
const reluBinary: GlmParams = { prior: 'binary', channel: 'relu', noise: 1e-3, rho: 1 };
const alphas = logGrid(0.01, 10, 300);

export async function benchGlm({ bench }: BenchKit): Promise<BenchRow[]> {
  return [
    await bench('GLM SE learning curve, 300 α, both branches + f_RS (spherical perceptron)', () => glmCurve(spherical, alphas), { target: '≤ 50 ms' }),
    await bench('GLM SE learning curve, 300 α, phase retrieval |z|', () => glmCurve(phaseRetrieval, alphas), { runs: 10, target: '≤ 100 ms' }),
    await bench('GLM SE learning curve, 300 α, ReLU Δ = 1e-3 (tables built cold)', () => glmCurve(relu, alphas), { warmup: 1, runs: 3, target: '≤ 500 ms' }),
    await bench('GLM thresholds, ±1 prior × ReLU Δ = 1e-3 (tables built cold)', () => glmThresholds(reluBinary), { warmup: 1, runs: 3, target: '≤ 200 ms' }),
    await bench('GLM SE point (both branches + f_RS, α = 2)', () => glmPoint(spherical, 2), { runs: 100 }),
    await bench('GLM phase diagram binary-noise, 40 ε (coarse + full)', () => glmPhase({ diagram: 'binary-noise' }), { runs: 5, target: '≤ 1 s (first picture)' }),
    await bench('GLM phase diagram sparse-rho, 40 ρ (coarse + full)', () => glmPhase({ diagram: 'sparse-rho' }), { runs: 5, target: '≤ 1 s (first picture)' }),
    // GAMP against the machine's streaming rate (a C read of the same bytes): npm run bench kernels
  ];
}
