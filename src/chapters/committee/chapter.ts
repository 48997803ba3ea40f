import type { ChapterDef } from '../types.ts';
import { committeeParams } from '../../../workers/physics/committee/params.ts';
import { committeeViewParams } from './viewParams.ts';
import { LearningCurveFigure } from './LearningCurveFigure.tsx';
import { OverlapsFigure } from './OverlapsFigure.tsx';
import { PhaseDiagramFigure } from './PhaseDiagramFigure.tsx';
import { AmpFigure } from './AmpFigure.tsx';
import { CommitteeProse } from './Prose.tsx';

export const committeeChapter: ChapterDef = {
  id: 'committee',
  title: 'Committee machine',
  summary: 'K hidden units: specialisation and the computational gap',
  params: [...committeeParams, ...committeeViewParams],
  figures: [
    { id: 'curve', title: 'Learning curve' },
    { id: 'overlaps', title: 'Order parameters' },
    { id: 'phase', title: 'Phase diagram' },
    { id: 'amp', title: 'AMP on finite instances (K = 2)' },
  ],
  Figures: { curve: LearningCurveFigure, overlaps: OverlapsFigure, phase: PhaseDiagramFigure, amp: AmpFigure },
  Prose: CommitteeProse,
  presets: [
    { label: 'K = 2: continuous specialisation', values: { K: 2, alpha: 3 } },
    { label: 'K = 3: hard phase', values: { K: 3, alpha: 15 } },
    { label: 'large K: the gap', values: { K: Infinity, alpha: 10 } },
  ],
  simulationKeys: ['d', 'seed', 'seeds', 'iters'],
  // the output noise belongs to the erf regression committee only
  showParam: (key, v) => key !== 'noise' || v.act === 'erf',
};
