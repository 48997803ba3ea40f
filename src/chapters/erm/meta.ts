import { defineChapter } from '../types.ts';
import { defineSchema, withDefaults } from '../../../workers/physics/schema.ts';
import { ermParams } from '../../../workers/physics/erm/params.ts';

export const chapter = defineChapter({
  id: 'erm',
  order: 5,
  title: 'Trained models vs Bayes',
  summary: 'Ridge, logistic and max-margin against the Bayes-optimal error: optimally regularised logistic is nearly Bayes',
  // browser-sized training runs: d = 200 (the CLI's default is 1000)
  params: defineSchema(withDefaults(ermParams, { d: 200 })),
  figures: [
    { id: 'curves', title: 'Learning curves' },
    { id: 'lambda', title: 'Error against regularisation' },
    { id: 'peak', title: 'The ridge interpolation peak' },
    { id: 'rates', title: 'Large-α rates' },
  ],
  // Each preset sets every model key, so it lands on the same view whatever came before.
  presets: [
    { label: 'logistic ≈ Bayes', values: { loss: 'logistic', lambda: Infinity, alpha: 2, d: 200, seed: 1, seeds: 4 } },
    { label: 'the ridge peak', values: { loss: 'square', lambda: 0, alpha: 1, d: 200, seed: 1, seeds: 4 } },
    { label: 'max-margin vs Bayes', values: { loss: 'hinge', lambda: 0, alpha: 5, d: 200, seed: 1, seeds: 4 } },
  ],
  simulationKeys: ['d', 'seed', 'seeds'],
});
