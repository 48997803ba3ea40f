import { area } from 'd3';
import { cachedPath } from '../pathCache.ts';
import { indices, type Plot } from '../plot.ts';
import type { Num } from '../types.ts';

export interface BandProps {
  x: Num;
  lo: Num;
  hi: Num;
  color: string;
  plot: Plot;
}

/** The area between lo and hi (a confidence band), broken where either bound cannot be drawn. */
export function Band({ x, lo, hi, color, plot }: BandProps) {
  const d = cachedPath(
    [lo, hi, x],
    plot,
    () =>
      area<number>()
        .defined((i) => plot.xOk(x[i]) && plot.yOk(lo[i]) && plot.yOk(hi[i]))
        .x((i) => plot.x(x[i]))
        .y0((i) => plot.y(lo[i]))
        .y1((i) => plot.y(hi[i]))(indices(x.length)) ?? '',
  );
  return <path d={d} fill={color} opacity={0.18} />;
}
