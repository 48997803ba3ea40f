import type { Series } from './types.ts';

/**
 * What a figure exports as CSV, as its chart declares it: the one piece of export every chapter needs at first
 * paint. The CSV text, file names and copy helpers (exportFile.ts) and the SVG and PNG documents (exportSvg.ts)
 * load when the Export menu is first used: the page's first load does not carry them.
 */

/** What a figure exports as CSV: its plotted series and axis names (`notes`: e.g. a floor applied to the values). */
export interface CsvTable {
  series: readonly Series[];
  xName: string;
  yName: string;
  notes?: readonly string[];
}

export function seriesCsv(series: readonly Series[], xName = 'x', yName = 'y', notes?: readonly string[]): CsvTable {
  return { series, xName, yName, notes };
}
