import { defineSchema } from '../schema.ts';
import { DEFAULT_INIT, DEFAULT_N, DEFAULT_SEED, MAX_K } from './defaults.ts';

/** The floor the physics clips ε_g at (curve.ts): the chapter states it in its CSV exports. */
export { EG_FLOOR } from './defaults.ts';

/** Two-layer online-SGD chapter parameters (keys: ../shared/PHYSICS.md §5). */
export const sgdParams = defineSchema([
  { kind: 'number', key: 'K', label: 'Student hidden units', tex: 'K', min: 1, max: MAX_K, step: 1, scale: 'lin', default: 2, integer: true },
  { kind: 'number', key: 'M', label: 'Teacher hidden units', tex: 'M', min: 1, max: 10, step: 1, scale: 'lin', default: 2, integer: true },
  {
    kind: 'enum', key: 'act', label: 'Activation', tex: 'g',
    options: [
      { value: 'erf', label: 'erf(x/√2)' },
      { value: 'relu', label: 'ReLU' },
      { value: 'linear', label: 'linear' },
    ],
    default: 'erf',
  },
  {
    kind: 'number', key: 'eta', label: 'Learning rate', tex: '\\eta', min: 0.01, max: 5, step: 0.01, scale: 'log', default: 0.5,
    help: 'first-layer step η/√N (and second layer η/N); large η with large K diverges',
  },
  { kind: 'number', key: 'sigma', label: 'Label noise', tex: '\\sigma', min: 0, max: 1, step: 0.01, scale: 'lin', default: 0, help: 'teacher output noise std; Δ = σ² in the (κ, δ) diagram' },
  { kind: 'number', key: 'both', label: 'Train second layer', tex: 'v \\text{ trained}', min: 0, max: 1, step: 1, scale: 'lin', default: 0, integer: true, help: '0: v = v* = 1 fixed; 1: v trained from a small init' },
  { kind: 'number', key: 'N', label: 'Input dimension', tex: 'N', min: 100, max: 10000, step: 100, scale: 'log', default: DEFAULT_N, integer: true, help: 'SGD cost ∝ α·N²' },
  { kind: 'number', key: 'seed', label: 'Seed', tex: '\\text{seed}', min: 0, max: 1e9, step: 1, scale: 'lin', default: DEFAULT_SEED, integer: true },
  { kind: 'number', key: 'seeds', label: 'SGD runs', tex: '\\#\\text{runs}', min: 1, max: 20, step: 1, scale: 'lin', default: 3, integer: true },
  { kind: 'number', key: 'init', label: 'Initial weight scale', tex: 'w_{ki}(0) \\sim \\mathcal N(0, s^2)', min: 1e-4, max: 1, step: 1e-4, scale: 'log', default: DEFAULT_INIT },
  { kind: 'number', key: 'alpha', label: 'Training time', tex: '\\alpha = \\text{steps}/N', min: 1, max: 1e5, step: 1, scale: 'log', default: 1000 },
  {
    kind: 'enum', key: 'start', label: 'Initial overlaps', tex: 'Q(0), R(0)',
    options: [
      { value: 'seeded', label: 'drawn weights (seed, N, init)' },
      { value: 'reference', label: 'PHYSICS.md §3 reference start (K = M = 2, v fixed)' },
    ],
    default: 'seeded',
    cliOnly: true,
    help: 'CLI only (sgd-ode, sgd-curve): where the ODE starts',
  },
  {
    kind: 'enum', key: 'norm', label: 'Second-layer normalisation', tex: 'v, v^*',
    options: [
      { value: 'unit', label: 'v = v* = 1 (Saad & Solla, Goldt et al.)' },
      { value: 'veiga', label: 'v = 1/K, v* = 1/M, η = γ0·K (Veiga et al.)' },
    ],
    default: 'unit',
    cliOnly: true,
    help: 'CLI only (sgd-ode, sgd-sim, sgd-curve): Veiga et al.\'s (1/K)Σg student and (1/M)Σg teacher, --eta read as γ0, Δ = σ²; first layer only',
  },
  { kind: 'number', key: 'kappa', label: 'Width exponent', tex: '\\kappa \\;(p \\sim d^{\\kappa})', min: -1, max: 1, step: 0.05, scale: 'lin', default: 0 },
  { kind: 'number', key: 'delta', label: 'Learning-rate exponent', tex: '\\delta \\;(\\gamma = \\gamma_0/d^{\\delta})', min: -1, max: 1, step: 0.05, scale: 'lin', default: 0 },
]);
