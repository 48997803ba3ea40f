import type { Plot } from './plot.ts';
import type { Num } from './types.ts';

/**
 * Path strings of the lines and bands, kept per data array: a slider step re-renders every chart, while
 * most of their series (results drawn from the pool's cache, whose arrays are shared and never written)
 * have not changed, and d3 rebuilding a few hundred points' path text is a chart's costliest step.
 * An entry holds the arrays it was built from (by identity) and the plot's geometry; anything else is
 * a miss and rebuilds. Weakly keyed: a path goes when its data goes.
 */
interface Entry {
  arrays: readonly Num[];
  /** their lengths when built: a plain array grown in place is a miss */
  lengths: readonly number[];
  geometry: string;
  d: string;
}

const paths = new WeakMap<object, Entry>();

/** The plot's mapping from data to pixels as text: equal for two plots that draw a point at the same pixel. */
export function plotGeometry(plot: Plot): string {
  return `${plot.xKind}${plot.x.domain()}>${plot.x.range()}|${plot.yKind}${plot.y.domain()}>${plot.y.range()}`;
}

/** `build()`'s path for `arrays` (the first one keys it) drawn on `plot`, rebuilt only when they or the plot's geometry changed. */
export function cachedPath(arrays: readonly Num[], plot: Plot, build: () => string): string {
  const geometry = plotGeometry(plot);
  const e = paths.get(arrays[0]);
  if (e && e.geometry === geometry && e.arrays.length === arrays.length && e.arrays.every((a, i) => a === arrays[i] && a.length === e.lengths[i])) return e.d;
  const d = build();
  paths.set(arrays[0], { arrays, lengths: arrays.map((a) => a.length), geometry, d });
  return d;
}
