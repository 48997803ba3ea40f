import { defineSchema } from '../schema.ts';

/** Spiked matrix chapter parameters (keys: ../shared/PHYSICS.md §8). */
export const spikedParams = defineSchema([
  {
    kind: 'enum', key: 'prior', label: 'Spike prior', tex: 'P_v',
    options: [
      { value: 'gaussian', label: 'Gaussian N(0,1)' },
      { value: 'rademacher', label: 'Rademacher ±1' },
      { value: 'sparse', label: 'Sparse Gauss-Bernoulli' },
      { value: 'sparse-rademacher', label: 'Sparse Rademacher' },
      { value: 'generative', label: 'Generative v = φ(Wz/√k)' },
    ],
    default: 'generative',
  },
  {
    kind: 'enum', key: 'act', label: 'Generative activation', tex: '\\varphi',
    options: [
      { value: 'linear', label: 'linear' },
      { value: 'sign', label: 'sign' },
      { value: 'relu', label: 'ReLU' },
    ],
    default: 'linear',
    help: 'the activation of the one-layer generative prior (unused by the i.i.d. priors)',
  },
  { kind: 'number', key: 'alpha', label: 'Signal per latent dimension', tex: '\\alpha = p/k', min: 0.1, max: 10, step: 0.01, scale: 'log', default: 1, help: 'generative prior only' },
  { kind: 'number', key: 'rho', label: 'Density', tex: '\\rho', min: 0.01, max: 1, step: 0.01, scale: 'lin', default: 0.05, help: 'fraction of non-zero entries (sparse priors)' },
  { kind: 'number', key: 'delta', label: 'Noise variance', tex: '\\Delta', min: 0.01, max: 10, step: 0.01, scale: 'log', default: 0.5 },
  { kind: 'number', key: 'p', label: 'Dimension', tex: 'p', min: 50, max: 2000, step: 50, scale: 'log', default: 500, integer: true, help: 'AMP and spectral runs; one AMP iteration streams the p×p matrix Y once' },
  { kind: 'number', key: 'seed', label: 'Seed', tex: '\\text{seed}', min: 0, max: 1e9, step: 1, scale: 'lin', default: 1, integer: true },
  { kind: 'number', key: 'seeds', label: 'Seeds', tex: '\\#\\text{runs}', min: 1, max: 20, step: 1, scale: 'lin', default: 3, integer: true },
  { kind: 'number', key: 'iters', label: 'AMP iterations', tex: 't_{\\max}', min: 1, max: 300, step: 1, scale: 'lin', default: 40, integer: true },
]);

/**
 * The overlap figure's grids, shared by the chapter and the CLI that prints its numbers (`spiked-overlap-curve`,
 * `spiked-finite`): 80 log-spaced Δ over the Δ slider's range, and 7 log-spaced Δ for the finite-size points.
 */
export const OVERLAP_GRID = { deltaMin: 0.05, deltaMax: 10, n: 80 } as const;
export const FINITE_GRID = { deltaMin: 0.1, deltaMax: 5, n: 7 } as const;
