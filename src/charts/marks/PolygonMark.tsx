import type { TextPos } from '../labelLayout.ts';
import type { Plot } from '../plot.ts';
import type { Polygon } from '../types.ts';
import { TextLabel } from './TextLabel.tsx';

export interface PolygonMarkProps {
  polygon: Polygon;
  color: string;
  text: string;
  background: string;
  plot: Plot;
  /** where its label goes (lineLabels.ts: near the mean of its drawable vertices); null: in the legend */
  labelAt: TextPos | null;
}

/** A filled closed polygon (a phase of a phase diagram), labelled where the layout found room. */
export function PolygonMark({ polygon, color, text, background, plot, labelAt }: PolygonMarkProps) {
  const pts: [number, number][] = [];
  for (let i = 0; i < polygon.x.length; i++) {
    if (plot.xOk(polygon.x[i]) && plot.yOk(polygon.y[i])) pts.push([plot.x(polygon.x[i]), plot.y(polygon.y[i])]);
  }
  if (pts.length < 3) return null;
  return (
    <g data-polygon={polygon.id}>
      <path d={'M' + pts.map(([a, b]) => `${a},${b}`).join('L') + 'Z'} fill={color} fillOpacity={0.16} stroke="none" />
      {labelAt ? <TextLabel x={labelAt.x} y={labelAt.y} anchor={labelAt.anchor} fill={text} fontSize={11} halo={background} text={polygon.label} /> : null}
    </g>
  );
}
