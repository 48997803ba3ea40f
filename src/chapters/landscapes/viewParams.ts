import { defineSchema } from '../../../workers/physics/schema.ts';

/** How the rough-landscapes figures are drawn (part of the view, so in the URL; not physics, so not in the CLI). */
export const landscapesViewParams = defineSchema([
  {
    kind: 'enum', key: 'dyn', label: 'Dynamics shows', tex: '',
    options: [
      { value: 'm', label: 'overlap m(t)' },
      { value: 'mu', label: 'Lagrange multiplier μ(t)' },
      { value: 'e', label: 'energy e(t)' },
    ],
    default: 'm',
    help: 'which quantity the dynamics figure plots (finite-N runs and DMFT)',
  },
  {
    kind: 'enum', key: 'tscale', label: 'Time axis', tex: '',
    options: [
      { value: 'log', label: 'logarithmic' },
      { value: 'lin', label: 'linear' },
    ],
    default: 'log',
  },
  {
    kind: 'number', key: 'thess', label: 'Hessian at time', tex: 't_H', min: 0, max: 100, step: 0.1, scale: 'lin', default: 0.5,
    help: 'the run (seed index 0) stops here and its Hessian is diagonalised; the BBP prediction assumes m ≈ 0, so stop before the escape',
  },
]);
