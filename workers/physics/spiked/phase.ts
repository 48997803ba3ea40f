/**
 * The two phase diagrams of the chapter (arXiv:1905.12385 Fig. 1 and Sec. 3): the Gauss-Bernoulli prior in
 * (ρ, Δ) (the sparse Rademacher prior's SE is ~10× slower and its diagram alike), with Δ_alg and Δ_IT at each ρ (the hard phase between them), and the generative priors in
 * (α, Δ), with the weak-recovery line Δ_c(α) of each zero-mean φ (= Δ_alg = Δ_IT: no hard phase).
 * Both come from thresholds.ts, one root-finding per grid point.
 */
import { logGrid } from '../numerics/logGrid.ts';
import type { ProgressFn } from '../manifest.ts';
import { drain, type Resumable } from '../resumable.ts';
import { spikedThresholdsStream, weakRecoveryDelta } from './thresholds.ts';

export interface SpikedPhase {
  rho: Float64Array;
  delta_alg: Float64Array;
  delta_it: Float64Array;
  alpha: Float64Array;
  delta_c_linear: Float64Array;
  delta_c_sign: Float64Array;
}

export const PHASE_RHO = { min: 0.01, max: 0.5, n: 16 } as const;
export const PHASE_ALPHA = { min: 0.1, max: 10, n: 40 } as const;

export function spikedPhase(onProgress?: ProgressFn): SpikedPhase {
  return drain(spikedPhaseStream(onProgress));
}

/**
 * spikedPhase as a resumable computation (the worker's job): a pause after every α of the generative lines and within
 * every ρ's threshold search (spikedThresholdsStream), nothing offered (the figure draws no partial theory).
 */
export function* spikedPhaseStream(onProgress?: ProgressFn): Resumable<SpikedPhase> {
  const rho = logGrid(PHASE_RHO.min, PHASE_RHO.max, PHASE_RHO.n);
  const alpha = logGrid(PHASE_ALPHA.min, PHASE_ALPHA.max, PHASE_ALPHA.n);
  const r: SpikedPhase = {
    rho, alpha,
    delta_alg: new Float64Array(rho.length), delta_it: new Float64Array(rho.length),
    delta_c_linear: new Float64Array(alpha.length), delta_c_sign: new Float64Array(alpha.length),
  };
  for (let i = 0; i < alpha.length; i++) {
    r.delta_c_linear[i] = weakRecoveryDelta({ prior: 'generative', act: 'linear', alpha: alpha[i], rho: 1 });
    r.delta_c_sign[i] = weakRecoveryDelta({ prior: 'generative', act: 'sign', alpha: alpha[i], rho: 1 });
    yield undefined;
  }
  for (let i = 0; i < rho.length; i++) {
    const t = yield* spikedThresholdsStream({ prior: 'sparse', act: 'linear', alpha: 1, rho: rho[i] });
    r.delta_alg[i] = t.delta_alg ?? NaN;
    r.delta_it[i] = t.delta_it ?? NaN;
    onProgress?.((i + 1) / rho.length);
  }
  return r;
}
