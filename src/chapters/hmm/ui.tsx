import type { ChapterUi } from '../types.ts';
import { LearningCurveFigure } from './LearningCurveFigure.tsx';
import { DoubleDescentFigure } from './DoubleDescentFigure.tsx';
import { LambdaFigure } from './LambdaFigure.tsx';
import { PhaseDiagramFigure } from './PhaseDiagramFigure.tsx';
import { HmmProse } from './Prose.tsx';

export const ui: ChapterUi = {
  Figures: { curve: LearningCurveFigure, dd: DoubleDescentFigure, lambda: LambdaFigure, phase: PhaseDiagramFigure },
  Prose: HmmProse,
};
