import { describe, expect, it } from 'vitest';
import { largeKThresholds } from './largeK.ts';
import { largeKCurve } from './largeKCurve.ts';

describe('large-K learning curve (α = α̃K)', () => {
  const t = largeKThresholds();
  const grid = Float64Array.of(1, t.alpha_spinodal_over_K + 0.05, t.alpha_it_over_K - 0.01, t.alpha_it_over_K + 0.01, 20);
  const c = largeKCurve(grid);
  it('is on the plateau arccos(2/π)/π = 0.280332 below α̃_IT and for AMP everywhere (PHYSICS.md §2)', () => {
    for (let i = 0; i < 3; i++) expect(c.eg_bayes[i]).toBeCloseTo(0.280332, 6);
    for (let i = 0; i < 5; i++) expect(c.eg_amp[i]).toBeCloseTo(0.280332, 6);
  });
  it('the specialised branch exists from the spinodal on and becomes Bayes-optimal at α̃_IT (a jump in q_d)', () => {
    expect(Number.isNaN(c.qd_spec[0])).toBe(true);
    expect(c.qd_spec[1]).toBeGreaterThan(0.5);
    expect(c.qd_bayes[2]).toBe(0);
    expect(c.qd_bayes[3]).toBeGreaterThan(0.9);
    expect(c.eg_bayes[3]).toBeLessThan(0.25);
    // at α̃_IT the two branches have equal φ (definition of α̃_IT, brent tolerance 1e-10 in α̃)
    const at = largeKCurve(Float64Array.of(t.alpha_it_over_K));
    expect(Math.abs(at.f_bayes[0] - at.f_amp[0])).toBeLessThan(1e-8);
  });
  it('q_d + q_a = 1 on both branches (large-K limit) and the error falls as the units specialise', () => {
    for (let i = 0; i < 5; i++) expect(c.qd_bayes[i] + c.qa_bayes[i]).toBe(1);
    expect(c.eg_bayes[4]).toBeLessThan(c.eg_bayes[3]);
  });
});
