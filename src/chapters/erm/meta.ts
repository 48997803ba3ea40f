import { defineChapter, stepsAlong } from '../types.ts';
import { defineSchema, withDefaults } from '../../../workers/physics/schema.ts';
import { ermParams } from '../../../workers/physics/erm/params.ts';

// browser-sized training runs: d = 200 (the CLI's default is 1000)
const params = defineSchema(withDefaults(ermParams, { d: 200 }));

export const chapter = defineChapter({
  id: 'erm',
  order: 5,
  title: 'Trained models vs Bayes',
  summary: 'Ridge, logistic and max-margin against the Bayes-optimal error: optimally regularised logistic is nearly Bayes',
  params,
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
  // captions' numbers: npm run -s cli -- erm-point (and glm-point for Bayes) at each step's values
  stories: [
    {
      id: 'logistic-near-bayes',
      title: 'optimally regularised logistic regression is nearly Bayes-optimal',
      steps: stepsAlong(params, 'alpha', { loss: 'logistic', lambda: Infinity, d: 200, seed: 1, seeds: 4 }, [
        [0.5, 'α = 0.5: logistic at its λ* ≈ 0.045 has ε_g ≈ 0.3224, the Bayes-optimal error to four digits'],
        [2, 'α = 2: ε_g ≈ 0.1746 at λ* ≈ 0.016, against Bayes 0.1745'],
        [5, 'α = 5: 0.0840 against 0.0839; λ* ≈ 0.004 keeps shrinking'],
        [10, 'α = 10: 0.0436 for both; at large α both fall like 1/α (rates figure)'],
      ]),
    },
    {
      id: 'ridge-peak',
      title: 'the ridge interpolation peak and how λ tames it',
      steps: stepsAlong(params, 'lambda', { loss: 'square', alpha: 1, d: 200, seed: 1, seeds: 4 }, [
        [0, 'λ → 0⁺ at α = 1: the minimum-norm interpolator’s norm diverges, ε_g = 0.5 (chance)'],
        [0.01, 'λ = 0.01: the peak is gone, ε_g ≈ 0.338'],
        [0.1, 'λ = 0.1: ε_g ≈ 0.275'],
        [0.5708, 'λ* = π/2 − 1 ≈ 0.571, the optimum at every α: ε_g ≈ 0.257'],
      ]),
    },
  ],
  simulationKeys: ['d', 'seed', 'seeds'],
});
