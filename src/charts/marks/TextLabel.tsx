import { Rich } from '../rich.tsx';

export interface TextLabelProps {
  x: number;
  y: number;
  text: string;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  fontSize?: number;
  fontWeight?: number;
  /** background colour of a halo drawn under the glyphs, so that lines and fills behind stay legible */
  halo?: string;
  haloWidth?: number;
}

/** A text label in plot coordinates, with `_x` subscripts (see rich.tsx) and an optional halo. */
export function TextLabel({ x, y, text, fill, anchor, fontSize, fontWeight, halo, haloWidth = 3 }: TextLabelProps) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      fill={fill}
      fontSize={fontSize}
      fontWeight={fontWeight}
      paintOrder={halo ? 'stroke' : undefined}
      stroke={halo}
      strokeWidth={halo ? haloWidth : undefined}
    >
      <Rich text={text} />
    </text>
  );
}
