import { describe, expect, it } from 'vitest';
import { cachedPath } from './pathCache.ts';
import { makePlot } from './plot.ts';

/** The path cache of the line and band marks: built once per (arrays, geometry), rebuilt on any change of either. */
describe('cachedPath', () => {
  const x = Float64Array.of(1, 2, 3);
  const y = Float64Array.of(0.1, 0.5, 0.2);
  let builds = 0;
  const build = (tag: string) => () => `${tag}${++builds}`;

  it('answers the same arrays on the same geometry from the cache, and rebuilds when the geometry changes', () => {
    builds = 0;
    const plot = makePlot('lin', [0, 4], 'lin', [0, 1], 300, 200);
    const first = cachedPath([y, x], plot, build('a'));
    // a new Plot object of equal geometry (the next render) is a hit
    expect(cachedPath([y, x], makePlot('lin', [0, 4], 'lin', [0, 1], 300, 200), build('a'))).toBe(first);
    expect(builds).toBe(1);
    // a wider chart, another domain, a log axis: each maps the points elsewhere
    expect(cachedPath([y, x], makePlot('lin', [0, 4], 'lin', [0, 1], 320, 200), build('a'))).toBe('a2');
    expect(cachedPath([y, x], makePlot('lin', [0, 5], 'lin', [0, 1], 320, 200), build('a'))).toBe('a3');
    expect(cachedPath([y, x], makePlot('log', [0.5, 5], 'lin', [0, 1], 320, 200), build('a'))).toBe('a4');
  });

  it('rebuilds for other arrays under the same key and for a plain array grown in place', () => {
    builds = 0;
    const plot = makePlot('lin', [0, 4], 'lin', [0, 1], 300, 200);
    cachedPath([y, x], plot, build('b'));
    expect(cachedPath([y, Float64Array.of(1, 2, 3)], plot, build('b'))).toBe('b2');
    const grown = [0.1, 0.2];
    cachedPath([grown, x], plot, build('b'));
    grown.push(0.3);
    expect(cachedPath([grown, x], plot, build('b'))).toBe('b4');
    expect(builds).toBe(4);
  });
});
