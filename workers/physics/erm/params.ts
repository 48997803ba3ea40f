import { defineSchema } from '../schema.ts';

/** ERM chapter parameters (keys: ../shared/PHYSICS.md §6). */
export const ermParams = defineSchema([
  {
    kind: 'enum', key: 'loss', label: 'Loss', tex: '\\ell(y, z)',
    options: [
      { value: 'square', label: 'square (ridge)' },
      { value: 'logistic', label: 'logistic' },
      { value: 'hinge', label: 'hinge (SVM)' },
    ],
    default: 'logistic',
  },
  {
    kind: 'number', key: 'lambda', label: 'Regularisation', tex: '\\lambda', min: 0, max: 100, logFloor: 1e-4, step: 1e-4, scale: 'log', default: 0.1,
    infinityToken: 'opt',
    help: '0: λ → 0⁺ (square: minimum-norm interpolator; hinge: max-margin); opt: the λ that minimises ε_g at this α',
  },
  { kind: 'number', key: 'alpha', label: 'Samples per dimension', tex: '\\alpha = n/d', min: 0.05, max: 1000, step: 0.01, scale: 'log', default: 2 },
  { kind: 'number', key: 'd', label: 'Dimension', tex: 'd', min: 20, max: 2000, step: 10, scale: 'log', default: 1000, integer: true, help: 'training cost ∝ α·d² per pass' },
  { kind: 'number', key: 'seed', label: 'Seed', tex: '\\text{seed}', min: 0, max: 1e9, step: 1, scale: 'lin', default: 1, integer: true },
  { kind: 'number', key: 'seeds', label: 'Seeds', tex: '\\#\\text{runs}', min: 1, max: 20, step: 1, scale: 'lin', default: 4, integer: true },
]);
