import { describe, expect, it } from 'vitest';
import { committeeCommands } from './commands.ts';
import { phaseInUnits, type CommitteePhaseView } from './phaseLines.ts';
import { UsageError } from '../manifest.ts';

const cmd = (name: string) => committeeCommands.find((c) => c.name === name)!;

describe('committee CLI commands', () => {
  it('committee-point returns the §5 fields; K = 1 overlap is the perceptron one (mpmath 0.48626363702)', () => {
    const p = cmd('committee-point').run({ K: 1, act: 'sign', alpha: 1 }) as Record<string, number>;
    expect(Object.keys(p).sort()).toEqual(['alpha', 'eg_amp', 'eg_bayes', 'f_amp', 'f_bayes', 'qa_amp', 'qa_bayes', 'qd_amp', 'qd_bayes'].sort());
    expect(p.qd_bayes).toBeCloseTo(0.4862636370161165, 8);
  });
  it('committee-curve returns equal-length series over the grid', () => {
    const c = cmd('committee-curve').run({ K: 2, act: 'sign', alpha: Float64Array.of(0.5, 1, 1.5) }) as Record<string, Float64Array>;
    for (const k of ['alpha', 'qd_amp', 'qa_amp', 'eg_bayes', 'f_bayes']) expect(c[k].length).toBe(3);
    expect(c.qd_bayes[2]).toBe(0); // below α_spec ≈ 2.05: non-specialised
  });
  it('committee-thresholds: K = 2 gives α_spec ≈ 2.05, K = large the three constants', () => {
    const t2 = cmd('committee-thresholds').run({ K: 2, act: 'sign' }) as Record<string, number>;
    expect(t2.alpha_spec).toBeCloseTo(2.05, 1);
    const tl = cmd('committee-thresholds').run({ K: Infinity, act: 'sign' }) as Record<string, number>;
    expect(Object.keys(tl).sort()).toEqual(['alpha_amp_over_K2', 'alpha_it_over_K', 'alpha_spinodal_over_K']);
    expect(tl.alpha_amp_over_K2).toBeCloseTo(3.27, 2);
  });
  it('rejects K outside 1-3 for the full SE', () => {
    expect(() => cmd('committee-point').run({ K: 5, act: 'sign', alpha: 1 })).toThrow(UsageError);
  });
  it('committee-amp (K = 2): per-iteration fields of equal length; below α_spec q_d stays ≈ 0 (SE q_a = 0.4799 at α = 1)', () => {
    const r = cmd('committee-amp').run({ K: 2, act: 'sign', alpha: 1, d: 200, seed: 1, seeds: 1, iters: 10 }) as Record<string, Float64Array>;
    for (const k of ['iter', 'qd', 'qa', 'eg', 'qd_se', 'qa_se', 'eg_se']) expect(r[k].length).toBe(11);
    expect(Math.abs(r.qd[10])).toBeLessThan(0.02);
    expect(r.qa_se[10]).toBeCloseTo(0.4799, 3);
    expect(() => cmd('committee-amp').run({ K: 3, act: 'sign', alpha: 1, d: 200, seed: 1, seeds: 1, iters: 10 })).toThrow(UsageError);
  });
});

describe('committee CLI, --act erf (K = 2 regression committee, fine quadrature)', () => {
  it('committee-point at α = 6 returns the §5 fields, specialised (α_c = 3.484 at Δ = 0.1), ε = 2/3 − E[YY′]', () => {
    const p = cmd('committee-point').run({ K: 2, act: 'erf', noise: 0.1, alpha: 6 }) as Record<string, number>;
    expect(Object.keys(p).sort()).toEqual(['alpha', 'eg_amp', 'eg_bayes', 'f_amp', 'f_bayes', 'qa_amp', 'qa_bayes', 'qd_amp', 'qd_bayes'].sort());
    expect(p.qd_bayes).toBeGreaterThan(0.3);
    const e = 2 / 3 - (4 / Math.PI) * (Math.asin((p.qd_bayes + p.qa_bayes / 2) / 2) + Math.asin(p.qa_bayes / 4));
    expect(p.eg_bayes).toBeCloseTo(e, 12);
  });
  it('rejects --act erf with K ≠ 2', () => {
    expect(() => cmd('committee-point').run({ K: 3, act: 'erf', noise: 0.1, alpha: 1 })).toThrow(UsageError);
    expect(() => cmd('committee-thresholds').run({ K: Infinity, act: 'erf', noise: 0.1 })).toThrow(UsageError);
  });
});

describe('committee CLI: the chapter\'s figures', () => {
  it('committee-learning-curve: the K = 1 curve of figure 1 on its 150-point grid, equal to committee-point there (1e-8)', () => {
    const c = cmd('committee-learning-curve').run({ K: 1, act: 'sign', noise: 0.1 }) as Record<string, unknown>;
    expect(c).toMatchObject({ x_name: 'alpha', x_min: 0.05, x_max: 20, n: 150, eg_max: 0.5, qd_spec: null });
    const x = c.x as Float64Array;
    const eg = c.eg_bayes as Float64Array;
    for (const k of ['qd_amp', 'qa_amp', 'qd_bayes', 'qa_bayes', 'eg_amp', 'f_amp', 'f_bayes']) expect((c[k] as Float64Array).length).toBe(150);
    const p = cmd('committee-point').run({ K: 1, act: 'sign', alpha: x[120] }) as Record<string, number>;
    expect(eg[120]).toBeCloseTo(p.eg_bayes, 8);
  });
  it('committee-learning-curve --K large: α̃ axis, AMP on the plateau arccos(2/π)/π; erf at K = 3 is refused with the notice', () => {
    const c = cmd('committee-learning-curve').run({ K: Infinity, act: 'sign', noise: 0.1 }) as Record<string, unknown>;
    expect(c).toMatchObject({ x_name: 'alpha_over_K', n: 200 });
    expect((c.eg_amp as Float64Array)[0]).toBeCloseTo(Math.acos(2 / Math.PI) / Math.PI, 12);
    expect(() => cmd('committee-learning-curve').run({ K: 3, act: 'erf', noise: 0.1 })).toThrow(/implemented for K = 2 only/);
  });
  it('committee-marks --K 2: one continuous line at α = 2.05238 (PHYSICS.md §2, 1e-5), no hard phase', () => {
    const m = cmd('committee-marks').run({ K: 2, act: 'sign', noise: 0.1 }) as { lines: { x: number; label: string }[]; hard_phase: unknown; x_min: number };
    expect(m.lines.map((l) => l.label)).toEqual(['α_spec = α_IT = α_AMP']);
    expect(Math.abs(m.lines[0].x - 2.05238)).toBeLessThan(1e-5);
    expect(m.hard_phase).toBeNull();
    expect(m.x_min).toBe(0.1);
  });
  it('committee-large-k-curve: the closed forms on an α̃ grid (plateau below α̃_IT = 7.68, specialised above)', () => {
    const c = cmd('committee-large-k-curve').run({ alpha: Float64Array.of(5, 10) }) as Record<string, Float64Array>;
    expect(Array.from(c.alpha_over_K)).toEqual([5, 10]);
    expect(c.eg_bayes[0]).toBeCloseTo(Math.acos(2 / Math.PI) / Math.PI, 12);
    expect(c.qd_bayes[1]).toBeGreaterThan(0.9);
  });
  it('committee-phase: 26 K (2, 3, 5, …, 51), α_AMP(3) = 19.2320 (specialised3.test.ts, 1e-3), 1/J = 3.26999, the gap from K ≥ 5', () => {
    const p = cmd('committee-phase').run({}) as Record<string, Float64Array> & { large: Record<string, number> };
    expect(p.K.length).toBe(26);
    expect(p.alpha_amp[1]).toBeCloseTo(19.232, 3);
    expect(p.large.alpha_amp_over_K2).toBeCloseTo(3.26999, 4);
    expect(p.gap_K[0]).toBeGreaterThanOrEqual(5);
    expect(p.gap_K.length).toBe(p.gap_hi.length);
    // committee-phase-units (figure 3 as drawn) is this diagram divided by K² and K: its K → ∞ AMP line is the
    // constant 1/J = 3.26999 in α/K², its K → ∞ IT line α̃_IT in α/K; α_AMP(3)/3² = 19.232/9 (1e-3 as above)
    const k2 = phaseInUnits(p as unknown as CommitteePhaseView, 2);
    const k1 = phaseInUnits(p as unknown as CommitteePhaseView, 1);
    for (let i = 0; i < p.K.length; i++) {
      expect(k2.amp_large[i]).toBeCloseTo(p.large.alpha_amp_over_K2, 12);
      expect(k1.it_large[i]).toBeCloseTo(p.large.alpha_it_over_K, 12);
    }
    expect(k2.amp[1] * 9).toBeCloseTo(19.232, 3);
    expect(k1.amp[1] * 3).toBeCloseTo(19.232, 3);
  }, 30_000);
  it('--K large (issue #18 item 9): committee-point/curve give the K → ∞ closed forms with α read as α̃ = α/K', () => {
    const p = cmd('committee-point').run({ K: Infinity, act: 'sign', noise: 0.1, alpha: 10 }) as Record<string, number>;
    expect(Object.keys(p).sort()).toEqual(['alpha', 'eg_amp', 'eg_bayes', 'f_amp', 'f_bayes', 'qa_amp', 'qa_bayes', 'qd_amp', 'qd_bayes'].sort());
    // AMP stays on the plateau ε = arccos(2/π)/π = 0.280332 (PHYSICS.md §2); above α̃_IT = 7.68 the Bayes branch specialises
    expect(p.eg_amp).toBeCloseTo(Math.acos(2 / Math.PI) / Math.PI, 12);
    expect(p.qd_bayes).toBeGreaterThan(0.9);
    const c = cmd('committee-curve').run({ K: Infinity, act: 'sign', noise: 0.1, alpha: Float64Array.of(5, 10) }) as Record<string, Float64Array>;
    expect(c.qd_bayes[0]).toBe(0); // below α̃_IT: not specialised
    expect(c.qd_bayes[1]).toBe(p.qd_bayes);
    const k = cmd('committee-large-k-curve').run({ alpha: Float64Array.of(10) }) as Record<string, Float64Array>;
    expect(k.f_bayes[0]).toBe(p.f_bayes);
  });
});
