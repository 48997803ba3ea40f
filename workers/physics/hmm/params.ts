import { defineSchema } from '../schema.ts';

/** Hidden-manifold / random-features chapter parameters (keys: ../shared/PHYSICS.md §7). */
export const hmmParams = defineSchema([
  {
    kind: 'enum', key: 'act', label: 'Feature activation', tex: '\\sigma',
    options: [
      { value: 'erf', label: 'erf' },
      { value: 'sign', label: 'sign' },
      { value: 'relu', label: 'ReLU' },
      { value: 'tanh', label: 'tanh' },
    ],
    default: 'erf',
    help: 'features x = σ(Fc/√d), centred',
  },
  {
    kind: 'enum', key: 'loss', label: 'Loss', tex: '\\ell',
    options: [
      { value: 'square', label: 'square (ridge)' },
      { value: 'logistic', label: 'logistic' },
    ],
    default: 'square',
  },
  {
    kind: 'number', key: 'lambda', label: 'Regularisation', tex: '\\lambda', min: 1e-4, max: 100, step: 1e-4, scale: 'log', default: 0.01,
    help: 'ridge penalty (λ/2)|w|²',
  },
  { kind: 'number', key: 'alpha', label: 'Samples per feature', tex: '\\alpha = n/p', min: 0.05, max: 10, step: 0.01, scale: 'log', default: 2 },
  { kind: 'number', key: 'gamma', label: 'Latent dimension per feature', tex: '\\gamma = d/p', min: 0.05, max: 5, step: 0.01, scale: 'log', default: 0.5 },
  { kind: 'number', key: 'p', label: 'Features', tex: 'p', min: 50, max: 1000, step: 10, scale: 'log', default: 200, integer: true, help: 'finite-size runs: cost ∝ n·p² per ridge solve' },
  { kind: 'number', key: 'seed', label: 'Seed', tex: '\\text{seed}', min: 0, max: 1e9, step: 1, scale: 'lin', default: 1, integer: true },
  { kind: 'number', key: 'seeds', label: 'Seeds', tex: '\\#\\text{runs}', min: 1, max: 20, step: 1, scale: 'lin', default: 4, integer: true },
]);
