import { defineSchema } from '../schema.ts';

/**
 * Rough-landscapes chapter parameters (keys: ../shared/PHYSICS.md §5): the spiked matrix-tensor model
 * (dp, invd2, N, T, m0 and the run controls) and phase retrieval (alpha, d, width). N is capped at 300
 * because the order-3 tensor costs N³/6 floats (18 MB at 300); phase retrieval has its own dimension d.
 */
export const landscapesParams = defineSchema([
  { kind: 'number', key: 'dp', label: 'Tensor noise', tex: '\\Delta_p', min: 0.1, max: 10, step: 0.01, scale: 'log', default: 1, help: 'noise variance of the order-3 (p = 3) tensor channel' },
  { kind: 'number', key: 'invd2', label: 'Matrix signal-to-noise', tex: '1/\\Delta_2', min: 0.1, max: 5, step: 0.01, scale: 'lin', default: 2.5, help: 'inverse noise variance of the matrix channel; GF succeeds above (1 + √(1 + 8/Δp))/2' },
  { kind: 'number', key: 'N', label: 'Dimension', tex: 'N', min: 20, max: 300, step: 10, scale: 'lin', default: 200, integer: true, help: 'finite-N runs of the spiked matrix-tensor model' },
  { kind: 'number', key: 'T', label: 'Temperature', tex: 'T', min: 0, max: 2, step: 0.01, scale: 'lin', default: 0, help: '0 = gradient flow; > 0 = Langevin dynamics' },
  { kind: 'number', key: 'm0', label: 'Initial overlap (DMFT)', tex: 'm_0', min: 1e-15, max: 0.5, step: 0.001, scale: 'log', default: 0.07, help: 'a random start at size N has m0 ≈ 1/√N (0.07 at N = 200)' },
  { kind: 'number', key: 'tmax', label: 'Time horizon', tex: 't_{\\max}', min: 0, max: 300, step: 1, scale: 'lin', default: 100, help: 'DMFT: at most 2000 steps; beyond that the step becomes tmax/2000 (0.15 at tmax = 300)' },
  { kind: 'number', key: 'h', label: 'Time step', tex: 'h', min: 0.01, max: 0.2, step: 0.01, scale: 'lin', default: 0.1, help: 'time step (DMFT: second-order predictor-corrector; GF: Euler); keep h·μ below ~1' },
  { kind: 'number', key: 'seed', label: 'Seed', tex: '\\text{seed}', min: 0, max: 1e9, step: 1, scale: 'lin', default: 1, integer: true },
  { kind: 'number', key: 'seeds', label: 'Runs', tex: '\\#\\text{runs}', min: 1, max: 20, step: 1, scale: 'lin', default: 4, integer: true },
  { kind: 'number', key: 'alpha', label: 'Samples per dimension', tex: '\\alpha = M/d', min: 0.5, max: 20, step: 0.1, scale: 'log', default: 4, help: 'phase retrieval; IT needs α = 1, AMP α ≈ 1.13' },
  { kind: 'number', key: 'd', label: 'Dimension (phase retrieval)', tex: 'd', min: 20, max: 1000, step: 10, scale: 'log', default: 200, integer: true },
  { kind: 'number', key: 'width', label: 'Student width', tex: 'm/d', min: 0.25, max: 4, step: 0.25, scale: 'lin', default: 1, help: 'hidden units per input dimension of the over-parameterised student (m ≥ d: α > 2 suffices)' },
]);
