import type { ChapterUi } from '../types.ts';
import { PhaseDiagramFigure } from './PhaseDiagramFigure.tsx';
import { DynamicsFigure } from './DynamicsFigure.tsx';
import { HessianFigure } from './HessianFigure.tsx';
import { RetrievalFigure } from './RetrievalFigure.tsx';
import { TrajectoryFigure } from './TrajectoryFigure.tsx';
import { OverparamFigure } from './OverparamFigure.tsx';
import { LandscapesProse } from './Prose.tsx';

export const ui: ChapterUi = {
  Figures: {
    phase: PhaseDiagramFigure,
    dynamics: DynamicsFigure,
    hessian: HessianFigure,
    retrieval: RetrievalFigure,
    trajectory: TrajectoryFigure,
    overparam: OverparamFigure,
  },
  Prose: LandscapesProse,
};
