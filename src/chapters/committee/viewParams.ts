import { defineSchema } from '../../../workers/physics/schema.ts';

/** How the committee figures are drawn (part of the view, so in the URL; not physics, so not in the CLI). */
export const committeeViewParams = defineSchema([
  {
    kind: 'enum', key: 'pscale', label: 'Phase-diagram axis', tex: '',
    options: [
      { value: 'k2', label: 'α/K² (algorithmic scaling)' },
      { value: 'k', label: 'α/K (information-theoretic scaling)' },
    ],
    default: 'k2',
    help: 'α/K² tends to a constant on the AMP line, α/K on the IT line',
  },
]);
