import { describe, expect, it } from 'vitest';
import { dawson } from './dawson.ts';

// scipy.special.dawsn (Cephes, ~1e-16 relative).
const REF: [number, number][] = [
  [0.1, 0.0993359923978529], [0.5, 0.4244363835020223], [1, 0.5380795069127684], [2, 0.301340388923792],
  [3.5, 0.14962159308075645], [7, 0.0721809746582363], [20, 0.02503136792640365],
];

describe("Dawson's integral", () => {
  it('matches scipy to 2e-15 relative, and is odd', () => {
    for (const [x, ref] of REF) {
      expect(Math.abs(dawson(x) / ref - 1)).toBeLessThan(2e-15);
      expect(dawson(-x)).toBe(-dawson(x));
    }
    expect(Math.abs(dawson(0))).toBeLessThan(1e-16);
  });
  it('is accurate far out (scipy at 49.999999999: 0.010002001201401803)', () => {
    expect(Math.abs(dawson(49.999999999) / 0.010002001201401803 - 1)).toBeLessThan(2e-15);
  });
});
