import type { Plot } from '../plot.ts';
import type { Region as RegionDatum } from '../types.ts';
import { TextLabel } from './TextLabel.tsx';

export interface RegionProps {
  region: RegionDatum;
  fill: string;
  labelColor: string;
  plot: Plot;
}

/** A shaded x-interval over the whole plot height (the hard phase), labelled at its foot when wide enough. */
export function Region({ region, fill, labelColor, plot }: RegionProps) {
  const x0 = plot.x(region.x0);
  const x1 = plot.x(region.x1);
  if (!(x1 > x0)) return null;
  return (
    <g data-region={region.label}>
      <rect x={x0} y={0} width={x1 - x0} height={plot.ih} fill={fill} />
      <TextLabel x={(x0 + x1) / 2} y={plot.ih - 6} anchor="middle" fill={labelColor} fontSize={11} text={x1 - x0 > 50 ? region.label : ''} />
    </g>
  );
}
