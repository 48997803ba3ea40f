import { describe, expect, it } from 'vitest';
import { isDrawn } from './drawn.ts';
import { followingMarker, markerReadout, onPolyline } from './readout.ts';

describe('markerReadout (every curve at the marker)', () => {
  it('prints each curve, merging those that agree to the printed digits, and leaves out non-finite values', () => {
    // the binary perceptron at α = 1.4 (glm-point: eg_bayes 0, eg_amp 0.15164…): the example
    expect(markerReadout([{ name: 'Bayes', value: 0 }, { name: 'AMP', value: 0.15164383929961506 }], 'α = 1.4')).toBe('Bayes 0, AMP 0.1516 at α = 1.4');
    expect(markerReadout([{ name: 'Bayes', value: 0.17449 }, { name: 'AMP', value: 0.174491 }, { name: 'GAMP', value: NaN }], 'α = 2')).toBe('Bayes = AMP 0.1745 at α = 2');
  });
});

describe('isDrawn (the legend names only what the axes show)', () => {
  it('needs one finite point inside both domains, positive on a log axis', () => {
    expect(isDrawn({ x: [1, 2], y: [0.5, NaN] }, [0, 3], [0, 1])).toBe(true);
    expect(isDrawn({ x: [], y: [] }, [0, 3], [0, 1])).toBe(false);
    expect(isDrawn({ x: [5, 6], y: [0.5, 0.5] }, [0, 3], [0, 1])).toBe(false);
    expect(isDrawn({ x: [1], y: [0] }, [0.1, 3], [1e-3, 1], 'lin', 'log')).toBe(false);
  });
});

describe('onPolyline (a marker on a drawn curve)', () => {
  it('reads the polyline linearly between its points, null outside it or next to a non-finite point', () => {
    const xs = [0, 1, 2, 4];
    const ys = [0, 10, 20, NaN];
    expect(onPolyline(0.25, xs, ys)).toBe(2.5);
    expect(onPolyline(2, xs, ys)).toBe(20);
    expect(onPolyline(0, xs, ys)).toBe(0);
    expect(onPolyline(-1, xs, ys)).toBeNull();
    expect(onPolyline(5, xs, ys)).toBeNull();
    expect(onPolyline(3, xs, ys)).toBeNull();
    expect(onPolyline(1, [], [])).toBeNull();
  });
});

describe('followingMarker', () => {
  const curve = { x: [1, 2, 4], y: [0.5, 0.3, 0.1] };
  it('sits on the drawn curve at the slider value, labelled by x only, until the exact reading arrives', () => {
    expect(followingMarker(3, null, curve, 'α = 3')).toEqual({ x: 3, y: 0.2, label: 'α = 3' });
    const exact = { x: 3, y: 0.21, label: 'ε_g = 0.21 at α = 3' };
    expect(followingMarker(3, exact, curve, 'α = 3')).toBe(exact);
  });
  it('is absent off the curve or with no curve drawn', () => {
    expect(followingMarker(5, null, curve, 'α = 5')).toBeNull();
    expect(followingMarker(3, null, undefined, 'α = 3')).toBeNull();
  });
});
