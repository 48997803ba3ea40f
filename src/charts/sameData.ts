import { useRef } from 'react';
import type { LineFigureData } from './types.ts';

/**
 * Whether two line figures draw the same: the fields the layout and the marks read, compared by value one
 * level down — series, thresholds, regions, polygons and the marker field by field, the data arrays by
 * identity (results are shared and never written: the pool's cache). A figure re-renders with every slider
 * step and builds these objects anew; equal ones let the chart keep its layout and marks.
 */
export function sameLineData(a: LineFigureData, b: LineFigureData): boolean {
  return (
    a.xLabel === b.xLabel &&
    a.yLabel === b.yLabel &&
    a.xScale === b.xScale &&
    a.yScale === b.yScale &&
    sameList(a.xDomain, b.xDomain) &&
    sameList(a.yDomain, b.yDomain) &&
    sameList(a.series, b.series) &&
    sameList(a.thresholds, b.thresholds) &&
    sameList(a.regions, b.regions) &&
    sameList(a.polygons, b.polygons) &&
    sameFields(a.marker, b.marker)
  );
}

function sameList(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((v, i) => sameFields(v, b[i]));
}

/** Equal, or two objects with the same keys whose values are identical (arrays by identity). */
function sameFields(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `value`, or the one of the last render when it was equal by `same` (so that memos keyed on it hold). */
export function useStable<T>(value: T, same: (a: T, b: T) => boolean): T {
  const last = useRef(value);
  if (last.current !== value && !same(last.current, value)) last.current = value;
  return last.current;
}
