import { glmCurve, glmPoint, type GlmParams } from '../../workers/physics/glm/index.ts';
import { bench, type BenchRow } from './harness.ts';

const spherical: GlmParams = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 };
const alphas = new Float64Array(300).map((_, i) => 0.01 * Math.pow(1000, i / 299));

export async function benchGlm(): Promise<BenchRow[]> {
  return [
    await bench('GLM SE learning curve, 300 α, both branches + f_RS (spherical perceptron)', () => glmCurve(spherical, alphas), { target: '≤ 50 ms' }),
    await bench('GLM SE point (both branches + f_RS, α = 2)', () => glmPoint(spherical, 2), { runs: 100 }),
  ];
}
