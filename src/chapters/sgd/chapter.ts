import type { ChapterDef } from '../types.ts';
import { sgdChapterParams, SIMULATION_KEYS } from './viewParams.ts';
import { LearningCurveFigure } from './LearningCurveFigure.tsx';
import { SgdProse } from './Prose.tsx';

export const sgdChapter: ChapterDef = {
  id: 'sgd',
  title: 'Two-layer SGD',
  summary: 'Saad-Solla ODEs next to online SGD: plateaus, over-parameterisation and the learning-rate phase diagram',
  params: sgdChapterParams,
  figures: [{ id: 'curve', title: 'Learning curve: ODE and SGD' }],
  Figures: { curve: LearningCurveFigure },
  Prose: SgdProse,
  simulationKeys: SIMULATION_KEYS,
};
