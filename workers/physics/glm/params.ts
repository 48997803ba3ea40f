import { defineSchema } from '../schema.ts';

/** GLM / perceptron chapter parameters (keys: ../shared/PHYSICS.md §5). */
export const glmParams = defineSchema([
  {
    kind: 'enum', key: 'prior', label: 'Teacher prior', tex: 'P_0',
    options: [
      { value: 'gaussian', label: 'Gaussian N(0,1)' },
      { value: 'binary', label: 'Binary ±1' },
      { value: 'sparse', label: 'Sparse Gauss-Bernoulli' },
    ],
    default: 'gaussian',
  },
  {
    kind: 'enum', key: 'channel', label: 'Channel', tex: 'P_{\\rm out}(y|z)',
    options: [
      { value: 'sign', label: 'sign (perceptron)' },
      { value: 'abs', label: '|z| (phase retrieval)' },
      { value: 'relu', label: 'ReLU + noise' },
      { value: 'linear', label: 'linear + noise' },
    ],
    default: 'sign',
  },
  { kind: 'number', key: 'alpha', label: 'Samples per dimension', tex: '\\alpha = n/d', min: 0.01, max: 10, step: 0.01, scale: 'log', default: 2 },
  {
    kind: 'number', key: 'noise', label: 'Noise', tex: '\\varepsilon \\text{ or } \\Delta', min: 0, max: 1, step: 0.001, scale: 'lin', default: 0,
    help: 'label-flip probability ε for sign (≤ 0.5); Gaussian noise variance Δ for linear and ReLU; unused for |z|',
  },
  { kind: 'number', key: 'rho', label: 'Density', tex: '\\rho', min: 0.01, max: 1, step: 0.01, scale: 'lin', default: 0.5, help: 'fraction of non-zero teacher weights (sparse prior)' },
  { kind: 'number', key: 'd', label: 'Dimension', tex: 'd', min: 100, max: 8000, step: 100, scale: 'log', default: 1000, integer: true, help: 'GAMP cost ∝ α·d² per iteration; beyond α·d² = 4·10⁷ the matrix is regenerated on the fly (slower, no memory limit)' },
  { kind: 'number', key: 'seed', label: 'Seed', tex: '\\text{seed}', min: 0, max: 1e9, step: 1, scale: 'lin', default: 1, integer: true },
  { kind: 'number', key: 'seeds', label: 'Seeds', tex: '\\#\\text{runs}', min: 1, max: 20, step: 1, scale: 'lin', default: 3, integer: true },
  { kind: 'number', key: 'iters', label: 'AMP iterations', tex: 't_{\\max}', min: 1, max: 500, step: 1, scale: 'lin', default: 60, integer: true },
  { kind: 'number', key: 'damping', label: 'Damping', tex: '\\gamma', min: 0, max: 0.95, step: 0.05, scale: 'lin', default: 0 },
]);
