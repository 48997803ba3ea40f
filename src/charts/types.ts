/** Data model of a line figure: plain data in, SVG out (charts never compute physics). */
export type Num = ArrayLike<number>;

export interface Series {
  id: string;
  label: string;
  x: Num;
  y: Num;
  /** palette index */
  color?: number;
  /** a literal colour instead of the palette's (pinned curves, overlaid data) */
  stroke?: string;
  dash?: boolean;
  /** confidence band (same x) */
  lo?: Num;
  hi?: Num;
  /** 'points' draws markers with optional error bars (lo/hi) instead of a line */
  kind?: 'line' | 'points';
  /** points only: open circles and dashed bars, for a value still being computed (a run's state so far) */
  hollow?: boolean;
  /** false: drawn but left out of the legend (e.g. the 2nd..nth run of a family labelled once) */
  legend?: boolean;
}

export interface Threshold {
  x: number;
  label: string;
  color?: number;
}

export interface Region {
  x0: number;
  x1: number;
  label: string;
}

/** A filled closed polygon in data coordinates (a phase of a phase diagram), labelled at its centre. */
export interface Polygon {
  id: string;
  label: string;
  x: Num;
  y: Num;
  color?: number;
}

export interface Marker {
  x: number;
  y: number;
  label: string;
  /** its `data-marker` attribute (default 'current'), when a second chart of the page marks the same state */
  id?: string;
}

export interface LineFigureData {
  series: Series[];
  thresholds?: Threshold[];
  regions?: Region[];
  marker?: Marker | null;
  polygons?: Polygon[];
  xLabel: string;
  yLabel: string;
  xScale: 'lin' | 'log';
  yScale: 'lin' | 'log';
  xDomain?: [number, number];
  yDomain?: [number, number];
}
