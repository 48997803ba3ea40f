import { makeScale, type Scale } from './scales.ts';

/**
 * The plot area every mark draws into: the two scales (data → pixels inside the area), the area's size,
 * and which values an axis can show at all. Marks take a Plot and data, and nothing else about the chart.
 */
export interface Plot {
  x: Scale;
  y: Scale;
  xKind: 'lin' | 'log';
  yKind: 'lin' | 'log';
  /** inner width and height in pixels */
  iw: number;
  ih: number;
  /** finite, and positive on a log axis: a point failing either is left out (a line breaks there) */
  xOk: (v: number) => boolean;
  yOk: (v: number) => boolean;
}

export function makePlot(xKind: 'lin' | 'log', xDomain: [number, number], yKind: 'lin' | 'log', yDomain: [number, number], iw: number, ih: number): Plot {
  return {
    x: makeScale(xKind, xDomain, [0, iw]),
    y: makeScale(yKind, yDomain, [ih, 0]),
    xKind,
    yKind,
    iw,
    ih,
    xOk: drawable(xKind),
    yOk: drawable(yKind),
  };
}

function drawable(kind: 'lin' | 'log'): (v: number) => boolean {
  return kind === 'log' ? (v) => Number.isFinite(v) && v > 0 : Number.isFinite;
}

/** 0 … n−1: d3 shapes walk indices so that x, y, lo and hi stay separate typed arrays. */
export function indices(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
