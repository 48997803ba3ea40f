import { defineChapter } from '../types.ts';
import { defineSchema } from '../../../workers/physics/schema.ts';
import { glmParams } from '../../../workers/physics/glm/params.ts';
import { glmViewParams } from './viewParams.ts';

export const chapter = defineChapter({
  id: 'glm',
  order: 1,
  title: 'GLM / perceptron',
  summary: 'Teacher-student generalised linear models: Bayes-optimal learning, AMP and the hard phase',
  params: defineSchema([...glmParams, ...glmViewParams]),
  figures: [
    { id: 'curve', title: 'Learning curve' },
    { id: 'amp', title: 'AMP dynamics' },
    { id: 'landscape', title: 'Free-entropy landscape' },
    { id: 'phase', title: 'Phase diagram' },
  ],
  // Each preset sets every model key, so it lands on the same view whatever came before.
  presets: [
    { label: 'spherical perceptron', values: { prior: 'gaussian', channel: 'sign', noise: 0, alpha: 2, iters: 60, damping: 0, phase: 'binary-noise' } },
    { label: 'binary perceptron', values: { prior: 'binary', channel: 'sign', noise: 0, alpha: 1.4, iters: 60, damping: 0, phase: 'binary-noise' } },
    // α between α_alg ≈ 1.13 and 1.5: AMP recovers the signal after a long plateau (PHYSICS.md §1)
    { label: 'phase retrieval', values: { prior: 'gaussian', channel: 'abs', noise: 0, alpha: 1.3, iters: 150, damping: 0, phase: 'binary-noise' } },
    { label: 'sparse linear estimation', values: { prior: 'sparse', channel: 'linear', noise: 0, rho: 0.1, alpha: 0.15, iters: 60, damping: 0, phase: 'sparse-rho' } },
  ],
  simulationKeys: ['d', 'seed', 'seeds', 'iters', 'damping'],
  showParam(key, v) {
    if (key === 'rho') return v.prior === 'sparse';
    if (key === 'noise') return v.channel !== 'abs';
    return true;
  },
});
