import type { TextPos } from '../labelLayout.ts';
import { MARKER_FONT } from '../lineLabels.ts';
import type { Plot } from '../plot.ts';
import type { Palette } from '../theme.ts';
import type { Marker as MarkerDatum } from '../types.ts';
import { TextLabel } from './TextLabel.tsx';

export interface MarkerProps {
  marker: MarkerDatum;
  pal: Palette;
  plot: Plot;
  /** where its read-out goes (lineLabels.ts); null: in the legend, not here */
  labelAt: TextPos | null;
}

/**
 * The current value (the reader's state): an open ring on a drop line to the x axis, with its read-out.
 * The ring is hollow and drawn under the points, so a finite-size point at the reader's α stays visible in it.
 */
export function Marker({ marker, pal, plot, labelAt }: MarkerProps) {
  if (!plot.xOk(marker.x) || !plot.yOk(marker.y)) return null;
  const px = plot.x(marker.x);
  const py = plot.y(marker.y);
  return (
    <g data-marker={marker.id ?? 'current'} data-x={marker.x} data-y={marker.y}>
      <line x1={px} x2={px} y1={plot.ih} y2={py + 6.5} stroke={pal.text} strokeOpacity={0.35} />
      <circle cx={px} cy={py} r={6.5} fill="none" stroke={pal.text} strokeWidth={2} />
      {labelAt ? (
        <TextLabel
          x={labelAt.x}
          y={labelAt.y}
          anchor={labelAt.anchor}
          fill={pal.text}
          fontSize={MARKER_FONT.fontSize}
          fontWeight={MARKER_FONT.fontWeight}
          halo={pal.background}
          haloWidth={MARKER_FONT.halo}
          text={marker.label}
        />
      ) : null}
    </g>
  );
}
