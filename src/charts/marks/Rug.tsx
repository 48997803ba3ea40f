import type { Plot } from '../plot.ts';

export interface RugProps {
  /** values inside the x domain */
  values: readonly number[];
  color: string;
  plot: Plot;
}

/** One tick per value just under the x axis, so that an isolated value stays visible next to a tall bulk. */
export function Rug({ values, color, plot }: RugProps) {
  return (
    <g data-rug>
      {values.map((v, i) => (
        <line key={i} x1={plot.x(v)} x2={plot.x(v)} y1={plot.ih + 2} y2={plot.ih + 8} stroke={color} strokeOpacity={0.6} />
      ))}
    </g>
  );
}
