import type { Series } from './types.ts';

/** Pixels between the dots of two point series measured at the same x: more than a dot's radius with its outline. */
export const DODGE_PX = 6;

/**
 * Horizontal pixel offsets of point series (by index in `series`; 0 for lines), dodged as in a grouped dot
 * plot: the point series that share an x value with another point series — finite-size runs of two models
 * at the same α, such as σ(FC) data and its Gaussian equivalent, whose values agree by design — sit side by
 * side around their x, in series order, so that neither hides the other (each named in the legend must show).
 */
export function dodgeOffsets(series: readonly Pick<Series, 'x' | 'kind'>[]): number[] {
  const points = series.map((s, k) => ({ s, k })).filter(({ s }) => s.kind === 'points');
  const xs = points.map(({ s }) => new Set(Array.from(s.x as ArrayLike<number>)));
  const shared = points.filter((_, a) => points.some((__, b) => a !== b && [...xs[a]].some((x) => Number.isFinite(x) && xs[b].has(x))));
  const out = series.map(() => 0);
  shared.forEach(({ k }, j) => (out[k] = (j - (shared.length - 1) / 2) * DODGE_PX));
  return out;
}
