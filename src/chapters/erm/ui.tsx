import type { ChapterUi } from '../types.ts';
import { CurvesFigure } from './CurvesFigure.tsx';
import { LambdaFigure } from './LambdaFigure.tsx';
import { PeakFigure } from './PeakFigure.tsx';
import { RatesFigure } from './RatesFigure.tsx';
import { ErmProse } from './Prose.tsx';

export const ui: ChapterUi = {
  Figures: { curves: CurvesFigure, lambda: LambdaFigure, peak: PeakFigure, rates: RatesFigure },
  Prose: ErmProse,
};
