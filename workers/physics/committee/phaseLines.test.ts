import { describe, expect, it } from 'vitest';
import { phaseLines } from './phaseLines.ts';
import type { CommitteePhase } from './phaseDiagram.ts';

// The large-K constants of committee.test.ts (α̃_IT = 7.680221 by scipy, 1/J = 3.26998612491 by mpmath); α_AMP(2) = 2.05238
// and α_AMP(3) = 19.2320 (PHYSICS.md §2, specialised3.test.ts); the larger-K values are made up to cross the IT line.
const large = { alpha_it_over_K: 7.680221270242753, alpha_spinodal_over_K: 7.2, alpha_amp_over_K2: 3.26998612491026 };
const phase = (amp: number[]): CommitteePhase => {
  const K = Float64Array.of(2, 3, 5, 7, 9);
  return { large, K, alpha_amp: Float64Array.from(amp), alpha_amp_over_K2: Float64Array.from(amp, (a, i) => a / K[i] ** 2), alpha_it: Float64Array.of(amp[0], NaN, NaN, NaN, NaN) };
};

describe('phase diagram lines and gap', () => {
  it('the K → ∞ lines: α_IT ≈ α̃_IT·K and α_AMP ≈ K²/J at each K (to rounding)', () => {
    const l = phaseLines(phase([2.05238, 19.232, 60, 140, 250]));
    l.alpha_it_large.forEach((v, i) => expect(Math.abs(v / (7.680221270242753 * [2, 3, 5, 7, 9][i]) - 1)).toBeLessThan(1e-15));
    l.alpha_amp_large.forEach((v, i) => expect(Math.abs(v / [2, 3, 5, 7, 9][i] ** 2 / 3.26998612491026 - 1)).toBeLessThan(1e-15));
  });
  it('the gap is where α_AMP(K) > α̃_IT·K: not at K = 2, 3 (2.05 < 15.4, 19.23 < 23.04), from K = 5 on', () => {
    const l = phaseLines(phase([2.05238, 19.232, 60, 140, 250]));
    expect(Array.from(l.gap_K)).toEqual([5, 7, 9]);
    expect(Array.from(l.gap_hi)).toEqual([60, 140, 250]);
    expect(l.gap_lo[0]).toBeCloseTo(7.680221270242753 * 5, 12);
  });
  it('needs two K to draw (an area); NaN (not yet computed) K are left out', () => {
    expect(phaseLines(phase([2.05238, 19.232, 60, NaN, NaN])).gap_K.length).toBe(0);
    expect(Array.from(phaseLines(phase([2.05238, 19.232, 60, 140, NaN])).gap_K)).toEqual([5, 7]);
  });
  it('is the same in α/K² units as in α: dividing both edges by K^p keeps their order', () => {
    const p = phase([2.05238, 19.232, 60, 140, 250]);
    const l = phaseLines(p);
    const inK2 = Array.from(p.K).filter((K, i) => p.alpha_amp[i] / K ** 2 > l.alpha_it_large[i] / K ** 2);
    expect(inK2).toEqual(Array.from(l.gap_K));
  });
});
