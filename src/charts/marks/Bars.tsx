import type { Bin } from 'd3';
import type { Plot } from '../plot.ts';

export interface BarsProps {
  bins: readonly Bin<number, number>[];
  color: string;
  plot: Plot;
}

/** Histogram bars, one per non-empty bin, height = count, with a 1 px gap between neighbours. */
export function Bars({ bins, color, plot }: BarsProps) {
  return (
    <g data-bars>
      {bins.map((b, i) =>
        b.length ? (
          <rect
            key={i}
            x={plot.x(b.x0!) + 0.5}
            y={plot.y(b.length)}
            width={Math.max(0.5, plot.x(b.x1!) - plot.x(b.x0!) - 1)}
            height={plot.ih - plot.y(b.length)}
            fill={color}
            fillOpacity={0.55}
          />
        ) : null,
      )}
    </g>
  );
}
