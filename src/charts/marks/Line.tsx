import { line } from 'd3';
import { cachedPath } from '../pathCache.ts';
import { indices, type Plot } from '../plot.ts';
import type { Num } from '../types.ts';

export interface LineProps {
  id: string;
  x: Num;
  y: Num;
  color: string;
  dash?: boolean;
  plot: Plot;
}

/** A series as one path, broken wherever a point cannot be drawn (NaN, ±∞, ≤ 0 on a log axis). */
export function Line({ id, x, y, color, dash, plot }: LineProps) {
  const d = cachedPath(
    [y, x],
    plot,
    () =>
      line<number>()
        .defined((i) => plot.xOk(x[i]) && plot.yOk(y[i]))
        .x((i) => plot.x(x[i]))
        .y((i) => plot.y(y[i]))(indices(x.length)) ?? '',
  );
  return <path data-series-id={id} d={d} fill="none" stroke={color} strokeWidth={2.2} strokeDasharray={dash ? '6 4' : undefined} strokeLinejoin="round" />;
}
