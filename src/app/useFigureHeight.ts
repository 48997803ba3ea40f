import type { ChartHeight } from '../charts/useChartBox.ts';

/**
 * Chart height: fixed in the full view; in embed mode 'fill' — the chart measures what the iframe leaves
 * after the figure's title and toolbar, the embedded controls and the "open full view" link (the Figure
 * frame and the embed view are flex columns that hand the rest to the chart).
 */
export function useFigureHeight(embed: boolean, full: number): ChartHeight {
  return embed ? 'fill' : full;
}
