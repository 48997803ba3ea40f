import { describe, expect, it } from 'vitest';
import { stableKey } from './stableKey.ts';

describe('stableKey', () => {
  it('keeps ∞, −∞ and NaN apart (K = ∞, λ = ∞ are real choices) and reads typed arrays by value', () => {
    const keys = [Infinity, -Infinity, NaN, null].map((K) => stableKey({ K }));
    expect(new Set(keys).size).toBe(4);
    expect(stableKey({ g: Float64Array.of(1, 2) })).toBe(stableKey({ g: [1, 2] }));
    expect(stableKey({ a: 1, b: { c: 2 } })).toBe('{"a":1,"b":{"c":2}}');
  });
});
