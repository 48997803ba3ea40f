import { defineChapter, stepsAlong } from '../types.ts';
import { defineSchema, withDefaults } from '../../../workers/physics/schema.ts';
import { hmmParams } from '../../../workers/physics/hmm/params.ts';

/**
 * Browser default p = 100 (URL version 2; version 1 opened the CLI's p = 200): the learning curve's finite-size
 * points (6 α × 4 seeds, features and their Gaussian equivalent) take well under a second of CPU instead of ~2 s
 * (issue #10 item 6); the slider goes to 1000.
 */
const params = defineSchema([...withDefaults(hmmParams, { p: 100 })]);

export const chapter = defineChapter({
  id: 'hmm',
  order: 6,
  title: 'Hidden manifold',
  summary: 'Structured data: random features, the hidden manifold model, Gaussian equivalence and double descent',
  params,
  figures: [
    { id: 'curve', title: 'Learning curve' },
    { id: 'dd', title: 'Double descent' },
    { id: 'lambda', title: 'Regularisation' },
    { id: 'phase', title: 'Phase diagram' },
  ],
  // Each preset sets every model key, so it lands on the same view whatever came before.
  presets: [
    { label: 'the lecture’s plane (erf, ridge, d/p = 0.1)', values: { act: 'erf', loss: 'square', lambda: 0.01, alpha: 2, gamma: 0.1 } },
    { label: 'interpolation peak (ridge, λ → 0, n = p)', values: { act: 'erf', loss: 'square', lambda: 1e-4, alpha: 1, gamma: 0.5 } },
    { label: 'logistic regression, small λ', values: { act: 'sign', loss: 'logistic', lambda: 0.001, alpha: 2, gamma: 0.5 } },
    { label: 'ReLU features', values: { act: 'relu', loss: 'square', lambda: 0.1, alpha: 2, gamma: 0.5 } },
  ],
  // captions' numbers: npm run -s cli -- hmm-point / hmm-lambda at each step's values
  stories: [
    {
      id: 'interpolation-peak',
      title: 'ridge on random features: the interpolation peak at n = p',
      steps: stepsAlong(params, 'alpha', { act: 'erf', loss: 'square', lambda: 1e-4, gamma: 0.5 }, [
        [0.5, 'α = n/p = 0.5, nearly unregularised ridge (λ = 10⁻⁴): ε_g ≈ 0.332'],
        [0.9, 'α = 0.9: more data, yet the error grows, ε_g ≈ 0.381'],
        [1, 'α = 1, n = p: the interpolation peak, ε_g ≈ 0.405'],
        [1.1, 'α = 1.1: past the peak the error falls again, ε_g ≈ 0.379'],
        [2, 'α = 2: ε_g ≈ 0.238'],
      ]),
    },
    {
      id: 'regularisation',
      title: 'regularisation removes the peak',
      steps: stepsAlong(params, 'lambda', { act: 'erf', loss: 'square', alpha: 1, gamma: 0.5 }, [
        [1e-4, 'λ = 10⁻⁴ at the peak (α = 1): ε_g ≈ 0.405'],
        [0.01, 'λ = 0.01: ε_g ≈ 0.270'],
        [0.13, 'λ* ≈ 0.13, the optimum here: ε_g ≈ 0.229'],
        [1, 'λ = 1, over-regularised: ε_g ≈ 0.252'],
      ]),
    },
  ],
  simulationKeys: ['p', 'seed', 'seeds'],
});
