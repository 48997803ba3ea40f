import { describe, expect, it } from 'vitest';
import { committeeCommands } from './commands.ts';
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
