/**
 * The thresholds the phase-retrieval figures mark (PHYSICS.md §1, §4): information-theoretic and AMP
 * thresholds of noiseless real phase retrieval with a Gaussian prior — the state-evolution values the
 * GLM chapter computes for the |z| channel — and the over-parameterised student's α = 2.
 */
import { glmThresholds } from '../glm/index.ts';
import { ALPHA_OVERPARAM } from './overparam.ts';

export interface PrThresholds {
  /** information-theoretic, α = 1 (Bayes-optimal, noiseless |z| channel) */
  alpha_it: number;
  /** AMP's algorithmic threshold ≈ 1.128 */
  alpha_amp: number;
  /** over-parameterised quadratic student (width m ≥ d): gradient flow reaches the teacher iff α > 2 */
  alpha_overparam: number;
}

/** The §5 output of `pr-thresholds`. */
export function prThresholds(): PrThresholds {
  // the same state-evolution thresholds the GLM chapter draws for phase retrieval (Gaussian prior, y = |z|)
  const t = glmThresholds({ prior: 'gaussian', channel: 'abs', noise: 0, rho: 1 });
  return { alpha_it: t.alpha_it ?? NaN, alpha_amp: t.alpha_alg ?? NaN, alpha_overparam: ALPHA_OVERPARAM };
}
