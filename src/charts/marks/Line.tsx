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

/**
 * A series as one path, broken wherever a point cannot be drawn (NaN, ±∞, ≤ 0 on a log axis). A drawable
 * point with no drawable neighbour has no segment to show it — the first iterate of a streaming run, a lone
 * point between gaps — so it is drawn as a dot of the line's width and colour (`data-series-dots`): the
 * legend names every series with a point on the axes (drawn.ts), and each must be visible.
 */
export function Line({ id, x, y, color, dash, plot }: LineProps) {
  const ok = (i: number) => i >= 0 && i < x.length && plot.xOk(x[i]) && plot.yOk(y[i]);
  const d = cachedPath(
    [y, x],
    plot,
    () =>
      line<number>()
        .defined(ok)
        .x((i) => plot.x(x[i]))
        .y((i) => plot.y(y[i]))(indices(x.length)) ?? '',
  );
  // d3 closes a lone point's subpath at once ("Mx,yZ"): only then is there a point to find
  const lone = d.includes('Z') ? indices(x.length).filter((i) => ok(i) && !ok(i - 1) && !ok(i + 1)) : [];
  return (
    <>
      <path data-series-id={id} d={d} fill="none" stroke={color} strokeWidth={2.2} strokeDasharray={dash ? '6 4' : undefined} strokeLinejoin="round" />
      {lone.length ? (
        <g data-series-dots={id}>
          {lone.map((i) => (
            <circle key={i} cx={plot.x(x[i])} cy={plot.y(y[i])} r={2.2} fill={color} />
          ))}
        </g>
      ) : null}
    </>
  );
}
