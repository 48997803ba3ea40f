import { createContext } from 'react';
import type { LineFigureData, Series } from './types.ts';

/**
 * What the page adds to a line chart beyond the figure's own data, without the figure knowing:
 * pinned curves and the reader's overlaid points (`extra`, by chart id, drawn on the same scales and
 * listed in the readout), and the capture mode in which a figure body runs off-screen for a pinned
 * state: the chart hands its data to `capture` and draws nothing. Provided by src/view/defineFigure.tsx.
 */
export interface ChartExtras {
  /** series drawn over the chart's own (`data`: the figure's, for scales and names) */
  extra?: (chartId: string, data: LineFigureData) => readonly Series[];
  /** data whose extent the chart's axes also cover (the other half of a two-up comparison) */
  share?: (chartId: string) => LineFigureData | undefined;
  capture?: (chartId: string, data: LineFigureData) => void;
}

export const ChartExtrasContext = createContext<ChartExtras>({});
