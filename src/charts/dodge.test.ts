import { describe, expect, it } from 'vitest';
import { DODGE_PX, dodgeOffsets } from './dodge.ts';

const pts = (...x: number[]) => ({ x: Float64Array.from(x), kind: 'points' as const });
const line = (...x: number[]) => ({ x: Float64Array.from(x) });

describe('dodgeOffsets', () => {
  it('puts point series measured at a common x side by side, in series order, around it', () => {
    expect(dodgeOffsets([line(1, 2), pts(0.5, 1), pts(1, 2)])).toEqual([0, -DODGE_PX / 2, DODGE_PX / 2]);
    expect(dodgeOffsets([pts(1), pts(1), pts(1)])).toEqual([-DODGE_PX, 0, DODGE_PX]);
  });
  it('leaves alone a lone point series, lines, and point series at different x', () => {
    expect(dodgeOffsets([pts(1, 2), line(1, 2)])).toEqual([0, 0]);
    expect(dodgeOffsets([pts(1, 2), pts(3), pts(NaN), pts(NaN)])).toEqual([0, 0, 0, 0]);
  });
});
