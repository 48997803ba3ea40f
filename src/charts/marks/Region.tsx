import type { TextPos } from '../labelLayout.ts';
import type { Plot } from '../plot.ts';
import type { Region as RegionDatum } from '../types.ts';
import { TextLabel } from './TextLabel.tsx';

export interface RegionProps {
  region: RegionDatum;
  fill: string;
  labelColor: string;
  /** background under the label's halo */
  halo: string;
  plot: Plot;
  /** where its label goes (lineLabels.ts); null: in the legend, not here */
  labelAt: TextPos | null;
}

/** A shaded x-interval over the whole plot height (the hard phase), labelled where the layout found room. */
export function Region({ region, fill, labelColor, halo, plot, labelAt }: RegionProps) {
  const x0 = plot.x(region.x0);
  const x1 = plot.x(region.x1);
  if (!(x1 > x0)) return null;
  return (
    <g data-region={region.label}>
      <rect x={x0} y={0} width={x1 - x0} height={plot.ih} fill={fill} />
      {labelAt ? <TextLabel x={labelAt.x} y={labelAt.y} anchor={labelAt.anchor} fill={labelColor} fontSize={11} halo={halo} text={region.label} /> : null}
    </g>
  );
}
