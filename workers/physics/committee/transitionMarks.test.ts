import { describe, expect, it } from 'vitest';
import { sameTransition, transitionMarks } from './transitionMarks.ts';
import { committeeThresholds } from './thresholds.ts';
import { curveGridSpec } from './curveGrid.ts';

// Reference thresholds: PHYSICS.md §2 / specialised3.test.ts (K = 2: 2.05238, continuous; K = 3: α_spec = 10.9239,
// α_IT = 11.3324, α_AMP = 19.2320) and committee.test.ts (large K: α̃_IT = 7.680221 by scipy, 1/J = 3.26999).
const k2 = { alpha_spec: 2.05238, alpha_it: 2.05238, alpha_amp: 2.05238 };
const k3 = { alpha_spec: 10.9239, alpha_it: 11.3324, alpha_amp: 19.232 };
const large = { alpha_it_over_K: 7.680221, alpha_spinodal_over_K: 7.2, alpha_amp_over_K2: 3.26999 };

describe('transition marks of the curve figures', () => {
  it('K = 2 is one continuous transition: one line, no hard phase, non-specialised up to it', () => {
    const m = transitionMarks(k2, curveGridSpec(2));
    expect(m.lines).toEqual([{ x: 2.05238, label: 'α_spec = α_IT = α_AMP', kind: 'continuous' }]);
    expect(m.hard_phase).toBeNull();
    expect(m.non_specialised).toEqual({ x0: 0.1, x1: 2.05238 });
    expect(m.spec_x).toBe(2.05238);
  });
  it('K = 3 is first order: three lines and the hard phase α_IT < α < α_AMP', () => {
    const m = transitionMarks(k3, curveGridSpec(3));
    expect(m.lines.map((l) => l.label)).toEqual(['α_spec', 'α_IT', 'α_AMP']);
    expect(m.hard_phase).toEqual({ x0: 11.3324, x1: 19.232, label: 'hard phase' });
    expect(m.non_specialised).toEqual({ x0: 0.5, x1: 11.3324 });
  });
  it('large K: spinodal and α̃_IT, hard from α̃_IT to the axis end (α_AMP ∝ K²)', () => {
    const m = transitionMarks(large, curveGridSpec(Infinity));
    expect(m.lines.map((l) => l.kind)).toEqual(['spinodal', 'it']);
    expect(m.hard_phase).toEqual({ x0: 7.680221, x1: 30, label: 'hard phase (α_AMP ∝ K²)' });
    expect(m.spec_x).toBe(7.680221);
  });
  it('K = 1 (no transition) marks nothing; lines off the axis are dropped, the hard phase clipped', () => {
    expect(transitionMarks({ alpha_spec: null, alpha_it: null, alpha_amp: null }, curveGridSpec(1))).toEqual({ lines: [], hard_phase: null, non_specialised: null, spec_x: null });
    const m = transitionMarks(k3, { min: 0.5, max: 15, n: 10 });
    expect(m.lines.map((l) => l.label)).toEqual(['α_spec', 'α_IT']);
    expect(m.hard_phase).toEqual({ x0: 11.3324, x1: 15, label: 'hard phase' });
  });
  it('continuity test: thresholds within 1e-6 (relative) are one transition, 1e-5 apart are two', () => {
    expect(sameTransition(2, 2 * (1 + 5e-7))).toBe(true);
    expect(sameTransition(2, 2 * (1 + 1e-5))).toBe(false);
    expect(sameTransition(null, 2)).toBe(false);
  });
  it('on the real K = 2 thresholds (Brent on λ = 1 to 1e-9): one line at 2.05238 within 1e-5', () => {
    const m = transitionMarks(committeeThresholds(2), curveGridSpec(2));
    expect(m.lines).toHaveLength(1);
    expect(m.lines[0].label).toBe('α_spec = α_IT = α_AMP');
    expect(Math.abs(m.lines[0].x - 2.05238)).toBeLessThan(1e-5);
  });
});
