import type { ChapterUi } from '../types.ts';
import { LearningCurveFigure } from './LearningCurveFigure.tsx';
import { OverlapsFigure } from './OverlapsFigure.tsx';
import { PhaseDiagramFigure } from './PhaseDiagramFigure.tsx';
import { AmpFigure } from './AmpFigure.tsx';
import { CommitteeProse } from './Prose.tsx';

export const ui: ChapterUi = {
  Figures: { curve: LearningCurveFigure, overlaps: OverlapsFigure, phase: PhaseDiagramFigure, amp: AmpFigure },
  Prose: CommitteeProse,
};
