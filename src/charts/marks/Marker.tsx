import type { Plot } from '../plot.ts';
import type { Palette } from '../theme.ts';
import type { Marker as MarkerDatum } from '../types.ts';
import { TextLabel } from './TextLabel.tsx';

export interface MarkerProps {
  marker: MarkerDatum;
  pal: Palette;
  plot: Plot;
}

/** The current value (the reader's state): a ring on a drop line to the x axis, with its label. */
export function Marker({ marker, pal, plot }: MarkerProps) {
  if (!plot.xOk(marker.x) || !plot.yOk(marker.y)) return null;
  const px = plot.x(marker.x);
  const py = plot.y(marker.y);
  // the label is about 140 px wide at most: near the right edge it goes to the left of the ring
  const left = px > plot.iw - 140;
  return (
    <g data-marker={marker.id ?? 'current'} data-x={marker.x} data-y={marker.y}>
      <line x1={px} x2={px} y1={plot.ih} y2={py} stroke={pal.text} strokeOpacity={0.35} />
      <circle cx={px} cy={py} r={5.5} fill={pal.background} stroke={pal.text} strokeWidth={2} />
      <TextLabel x={px + (left ? -9 : 9)} y={py - 9} anchor={left ? 'end' : 'start'} fill={pal.text} fontWeight={600} halo={pal.background} haloWidth={4} text={marker.label} />
    </g>
  );
}
