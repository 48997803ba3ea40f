import type { ChapterUi } from '../types.ts';
import { LearningCurveFigure } from './LearningCurveFigure.tsx';
import { AmpDynamicsFigure } from './AmpDynamicsFigure.tsx';
import { LandscapeFigure } from './LandscapeFigure.tsx';
import { PhaseDiagramFigure } from './PhaseDiagramFigure.tsx';
import { GlmProse } from './Prose.tsx';

export const ui: ChapterUi = {
  Figures: { curve: LearningCurveFigure, amp: AmpDynamicsFigure, landscape: LandscapeFigure, phase: PhaseDiagramFigure },
  Prose: GlmProse,
};
