import { defineSchema } from '../../../workers/physics/schema.ts';

/** How the GLM figures are drawn (part of the view, so in the URL; not physics, so not in the CLI). */
export const glmViewParams = defineSchema([
  {
    kind: 'enum', key: 'xscale', label: 'α axis', tex: '',
    options: [
      { value: 'log', label: 'logarithmic' },
      { value: 'lin', label: 'linear' },
    ],
    default: 'log',
  },
  {
    kind: 'enum', key: 'phase', label: 'Phase diagram', tex: '',
    options: [
      { value: 'binary-noise', label: 'α × ε, binary perceptron' },
      { value: 'sparse-rho', label: 'α × ρ, sparse linear' },
    ],
    default: 'binary-noise',
    help: 'which plane the phase diagram shows; clicking it moves the model there',
  },
]);
