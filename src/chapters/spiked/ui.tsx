import type { ChapterUi } from '../types.ts';
import { CurveFigure } from './CurveFigure.tsx';
import { PhaseGenerativeFigure, PhaseSparseFigure } from './PhaseFigures.tsx';
import { LampFigure, SpectrumFigure } from './SpectrumFigures.tsx';
import { AmpFigure } from './AmpFigure.tsx';
import { SpikedProse } from './Prose.tsx';

export const ui: ChapterUi = {
  Figures: {
    curve: CurveFigure,
    'phase-sparse': PhaseSparseFigure,
    'phase-generative': PhaseGenerativeFigure,
    spectrum: SpectrumFigure,
    lamp: LampFigure,
    amp: AmpFigure,
  },
  Prose: SpikedProse,
};
