import type { ChapterDef } from '../types.ts';
import { glmParams } from '../../state/params/glm.ts';
import { glmViewParams } from './viewParams.ts';
import { LearningCurveFigure } from './LearningCurveFigure.tsx';
import { GlmProse } from './Prose.tsx';

export const glmChapter: ChapterDef = {
  id: 'glm',
  title: 'GLM / perceptron',
  summary: 'Teacher-student generalised linear models: Bayes-optimal learning, AMP and the hard phase',
  params: [...glmParams, ...glmViewParams],
  figures: [{ id: 'curve', title: 'Learning curve' }],
  Figures: { curve: LearningCurveFigure },
  Prose: GlmProse,
  simulationKeys: ['d', 'seed', 'seeds', 'iters', 'damping'],
  showParam: (key, v) => {
    if (key === 'rho') return v.prior === 'sparse';
    if (key === 'noise') return v.channel !== 'abs';
    // finite-size controls appear with the figures that use them
    return !['d', 'seed', 'seeds', 'iters', 'damping'].includes(key);
  },
};
