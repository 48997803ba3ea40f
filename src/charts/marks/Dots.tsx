import { indices, type Plot } from '../plot.ts';
import type { Num } from '../types.ts';

export interface DotsProps {
  id: string;
  x: Num;
  y: Num;
  /** error bar from lo to hi at each point, where both are drawable */
  lo?: Num;
  hi?: Num;
  color: string;
  /** outline colour: the chart background, so that overlapping dots stay apart */
  background: string;
  plot: Plot;
  /** horizontal shift in px, to sit beside another series' points at the same x (dodge.ts) */
  dx?: number;
  /** open circles and dashed bars: a value still being computed */
  hollow?: boolean;
}

/** Points (finite-size measurements) with optional vertical error bars. */
export function Dots({ id, x, y, lo, hi, color, background, plot, dx = 0, hollow = false }: DotsProps) {
  return (
    <g data-series-id={id} transform={dx ? `translate(${dx},0)` : undefined}>
      {indices(x.length).map((i) =>
        plot.xOk(x[i]) && plot.yOk(y[i]) ? (
          <g key={i}>
            {lo && hi && plot.yOk(lo[i]) && plot.yOk(hi[i]) ? (
              <line x1={plot.x(x[i])} x2={plot.x(x[i])} y1={plot.y(lo[i])} y2={plot.y(hi[i])} stroke={color} strokeWidth={1.5} strokeDasharray={hollow ? '3 2' : undefined} />
            ) : null}
            {hollow ? (
              <circle cx={plot.x(x[i])} cy={plot.y(y[i])} r={3.5} fill={background} stroke={color} strokeWidth={1.5} />
            ) : (
              <circle cx={plot.x(x[i])} cy={plot.y(y[i])} r={3.5} fill={color} stroke={background} strokeWidth={1} />
            )}
          </g>
        ) : null,
      )}
    </g>
  );
}
