import type { ChapterUi } from '../types.ts';
import { EtaNote } from './EtaNote.tsx';
import { LearningCurveFigure } from './LearningCurveFigure.tsx';
import { OverlapsFigure } from './OverlapsFigure.tsx';
import { OverparamFigure } from './OverparamFigure.tsx';
import { PhaseDiagramFigure } from './PhaseDiagramFigure.tsx';
import { SgdProse } from './Prose.tsx';

export const ui: ChapterUi = {
  Figures: { curve: LearningCurveFigure, overlaps: OverlapsFigure, overparam: OverparamFigure, phase: PhaseDiagramFigure },
  Prose: SgdProse,
  ControlNotes: { eta: EtaNote },
};
