import { describe, expect, it } from 'vitest';
import { readSuccess } from './successReading.ts';

// References: the readings worked out by hand from the points below (the d = 200 column the retrieval figure
// drew at its defaults: rates 0, 0, 0.25, 0.5, 0.5, 0.75, 1, 1 on α = 1 … 10).
describe('readSuccess (the retrieval caption reads its numbers off the plotted points)', () => {
  const alpha = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  it('finds the last α with no success, where every run succeeds, and the 50 % crossing', () => {
    const r = readSuccess(alpha, [0, 0, 0, 0, 0.25, 0.5, 0.5, 0.75, 1, 1]);
    expect(r).toEqual({ lastNever: 2.5, alwaysFrom: 8, half: 4 });
  });
  it('interpolates the crossing linearly between the points around it', () => {
    expect(readSuccess([1, 2], [0.25, 0.75]).half).toBeCloseTo(1.5, 15);
  });
  it('says null for what the grid does not show', () => {
    expect(readSuccess(alpha, alpha.map(() => 0.25))).toEqual({ lastNever: null, alwaysFrom: null, half: null });
    expect(readSuccess([1, 2, 3], [1, 0.5, 1])).toEqual({ lastNever: null, alwaysFrom: 3, half: 1 });
  });
});
