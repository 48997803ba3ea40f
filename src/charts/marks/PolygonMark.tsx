import type { Plot } from '../plot.ts';
import type { Polygon } from '../types.ts';
import { TextLabel } from './TextLabel.tsx';

export interface PolygonMarkProps {
  polygon: Polygon;
  color: string;
  text: string;
  background: string;
  plot: Plot;
}

/** A filled closed polygon (a phase of a phase diagram), labelled at the mean of its drawable vertices. */
export function PolygonMark({ polygon, color, text, background, plot }: PolygonMarkProps) {
  const pts: [number, number][] = [];
  for (let i = 0; i < polygon.x.length; i++) {
    if (plot.xOk(polygon.x[i]) && plot.yOk(polygon.y[i])) pts.push([plot.x(polygon.x[i]), plot.y(polygon.y[i])]);
  }
  if (pts.length < 3) return null;
  const cx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const cy = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  return (
    <g data-polygon={polygon.id}>
      <path d={'M' + pts.map(([a, b]) => `${a},${b}`).join('L') + 'Z'} fill={color} fillOpacity={0.16} stroke="none" />
      <TextLabel x={cx} y={cy} anchor="middle" fill={text} fontSize={11} halo={background} text={polygon.label} />
    </g>
  );
}
