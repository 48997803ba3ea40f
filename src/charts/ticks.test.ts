import { describe, expect, it } from 'vitest';
import { makeScale } from './scales.ts';
import { axisTicks } from './ticks.ts';

/** axisTicks is memoised on the scale's geometry: equal geometry answers from the memo, any change measures again. */
describe('axisTicks memo', () => {
  it('answers an equal scale (a new object, the next render) with the same ticks, and a changed one anew', () => {
    const a = axisTicks(makeScale('lin', [0, 2], [0, 400]), 'lin', 'x');
    expect(axisTicks(makeScale('lin', [0, 2], [0, 400]), 'lin', 'x')).toBe(a);
    expect(a.ticks).toEqual([0, 0.5, 1, 1.5, 2]);
    // narrower: measured again (its labels are thinned for 200 px)
    expect(axisTicks(makeScale('lin', [0, 2], [0, 200]), 'lin', 'x')).not.toBe(a);
    expect(axisTicks(makeScale('lin', [0, 4], [0, 400]), 'lin', 'x').ticks).toEqual([0, 1, 2, 3, 4]);
    // the same scale on the other axis or counting things is another question
    expect(axisTicks(makeScale('lin', [0, 2], [0, 400]), 'lin', 'y')).not.toBe(a);
    expect(axisTicks(makeScale('lin', [0, 2.5], [400, 0]), 'lin', 'y', true).ticks).toEqual([0, 1, 2]);
  });
});
