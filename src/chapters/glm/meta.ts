import { defineChapter, stepsAlong } from '../types.ts';
import { defineSchema, withDefaults } from '../../../workers/physics/schema.ts';
import { glmParams } from '../../../workers/physics/glm/params.ts';
import { glmViewParams } from './viewParams.ts';

/**
 * Browser default d = 800 (URL version 3; version 2 opened the CLI's d = 1000): a step of α restarts the GAMP runs,
 * whose first iterations are drawn once the three seeds' matrices are (3 αd² Gaussians, ∝ d²): the figure was current
 * 0.27–0.34 s after a step on a 2-core machine against the issue's 0.3 s (#10), 0.18 s after its start at d = 800
 * instead of 0.24 s.
 */
const params = defineSchema([...withDefaults(glmParams, { d: 800 }), ...glmViewParams]);

export const chapter = defineChapter({
  id: 'glm',
  order: 1,
  title: 'GLM / perceptron',
  summary: 'Teacher-student generalised linear models: Bayes-optimal learning, AMP and the hard phase',
  params,
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
  // Numbers in the captions: npm run -s cli -- glm-thresholds / glm-point --prior binary (gaussian --channel abs) --alpha <α>
  stories: [
    {
      id: 'binary-perceptron',
      title: 'binary perceptron: the first-order transition',
      steps: stepsAlong(params, 'alpha', { prior: 'binary', channel: 'sign', noise: 0, iters: 60, damping: 0, phase: 'binary-noise' }, [
        [1, 'α = 1: one fixed point, AMP is Bayes-optimal, ε_g ≈ 0.231'],
        [1.245, 'α_IT ≈ 1.245: perfect recovery becomes Bayes-optimal, AMP stays at ε_g ≈ 0.187'],
        [1.4, 'α = 1.4, the hard phase: Bayes recovers the teacher, AMP is stuck at ε_g ≈ 0.152'],
        [1.493, 'α_alg ≈ 1.493: the uninformed fixed point vanishes, AMP (SE) jumps to ε_g = 0; finite-d GAMP lags'],
        [2, 'α = 2, the easy phase: AMP and Bayes both recover the teacher exactly'],
      ]),
    },
    {
      id: 'phase-retrieval',
      title: 'phase retrieval: weak recovery, then a hard phase',
      steps: stepsAlong(params, 'alpha', { prior: 'gaussian', channel: 'abs', noise: 0, iters: 150, damping: 0, phase: 'binary-noise' }, [
        [0.4, 'α = 0.4, below α_WR = 1/2: m = 0, even for the Bayes-optimal estimator'],
        [0.75, 'α = 0.75: weak recovery, m ≈ 0.17 grows continuously from α_WR = 1/2'],
        [1.05, 'α = 1.05, past α_IT = 1: Bayes recovers exactly, AMP only reaches m ≈ 0.57'],
        [1.13, 'α = 1.13, past α_alg ≈ 1.128: AMP recovers the signal exactly, after a long plateau'],
      ]),
    },
  ],
  simulationKeys: ['d', 'seed', 'seeds', 'iters', 'damping'],
  showParam(key, v) {
    if (key === 'rho') return v.prior === 'sparse';
    if (key === 'noise') return v.channel !== 'abs';
    return true;
  },
});
