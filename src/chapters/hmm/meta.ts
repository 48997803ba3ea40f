import { defineChapter } from '../types.ts';
import { defineSchema } from '../../../workers/physics/schema.ts';
import { hmmParams } from '../../../workers/physics/hmm/params.ts';

export const chapter = defineChapter({
  id: 'hmm',
  order: 6,
  title: 'Hidden manifold',
  summary: 'Structured data: random features, the hidden manifold model, Gaussian equivalence and double descent',
  params: defineSchema([...hmmParams]),
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
  simulationKeys: ['p', 'seed', 'seeds'],
});
