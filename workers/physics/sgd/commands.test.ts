import { describe, expect, it } from 'vitest';
import { sgdCommands } from './commands.ts';

const cmd = (name: string) => sgdCommands.find((c) => c.name === name)!;
const base = { K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0, both: 0, N: 200, seed: 1, init: 0.03 };

describe('sgd CLI commands (PHYSICS.md §5 fields)', () => {
  it('sgd-plateau: {eg, q_diag, q_off, r, lambda_max} with ε* = 0.01467701966', () => {
    const out = cmd('sgd-plateau').run({ K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0 }) as Record<string, number>;
    expect(Object.keys(out).sort()).toEqual(['eg', 'lambda_max', 'q_diag', 'q_off', 'r']);
    expect(out.eg).toBeCloseTo(0.01467701966, 9);
  });

  it('sgd-ode: {alpha, eg, Q, R, v} with nested per-point order parameters, grid ending at --alpha', () => {
    const out = cmd('sgd-ode').run({ ...base, alpha: 50 }) as { alpha: Float64Array; eg: Float64Array; Q: number[][][]; R: number[][][]; v: number[][] };
    expect(Object.keys(out).sort()).toEqual(['Q', 'R', 'alpha', 'eg', 'v']);
    expect(out.alpha[out.alpha.length - 1]).toBe(50);
    expect(out.Q.length).toBe(out.alpha.length);
    expect(out.Q[0].length).toBe(2);
    expect(out.R[3][1].length).toBe(2);
    expect(out.v[0]).toEqual([1, 1]);
    // by α = 50 the ODE is on the K = M = 2 plateau (T = I), within 2 % of ε*
    expect(Math.abs(out.eg[out.eg.length - 1] / 0.01467701966 - 1)).toBeLessThan(0.02);
  });

  it('sgd-sim: same fields plus the band and the ODE curve', () => {
    const out = cmd('sgd-sim').run({ ...base, alpha: 2, seeds: 2 }) as Record<string, Float64Array>;
    for (const k of ['alpha', 'eg', 'Q', 'R', 'v', 'eg_min', 'eg_max', 'eg_ode']) expect(out).toHaveProperty(k);
    const n = out.eg.length;
    expect(out.eg_min[n - 1]).toBeLessThanOrEqual(out.eg[n - 1]);
    expect(out.eg_max[n - 1]).toBeGreaterThanOrEqual(out.eg[n - 1]);
  });

  it('sgd-phase: a point gives its region, ranges give the grid', () => {
    expect(cmd('sgd-phase').run({ kappa: Float64Array.of(0.5), delta: Float64Array.of(-0.25) })).toEqual({ kappa: 0.5, delta: -0.25, region: 'perfect', time_exponent: 1.25 });
    const g = cmd('sgd-phase').run({ kappa: Float64Array.of(-0.5, 0), delta: Float64Array.of(0, 0.25) }) as { region: string[][] };
    expect(g.region).toEqual([['none', 'plateau'], ['bad', 'perfect']]);
  });

  it('sgd-curve: the page\'s curve and plateau marks {eg, lambda_max, a0, exit_predicted, exit_ode} (erf K = M = 2: ε* = 0.01467701966)', () => {
    const out = cmd('sgd-curve').run({ ...base, init: 1e-3, N: 300, alpha: 1000 }) as {
      alpha: Float64Array; eg: Float64Array; Q: number[][][]; stopped_at: number | null;
      plateau: { eg: number; lambda_max: number; a0: number; exit_predicted: number; exit_ode: number };
    };
    expect(Object.keys(out).sort()).toEqual(['Q', 'R', 'alpha', 'eg', 'eg0', 'plateau', 'stopped_at', 'v']);
    expect(Object.keys(out.plateau).sort()).toEqual(['a0', 'eg', 'exit_ode', 'exit_predicted', 'lambda_max']);
    expect(out.plateau.eg).toBeCloseTo(0.01467701966, 9);
    expect(Math.abs(out.plateau.lambda_max / 0.0343412 - 1)).toBeLessThan(1e-4);
    expect(out.plateau.exit_predicted).toBeCloseTo(Math.log(1 / out.plateau.a0) / out.plateau.lambda_max, 10);
    expect(out.plateau.exit_ode).toBeGreaterThan(out.plateau.exit_predicted);
    expect(out.stopped_at).toBeNull();
    expect(out.alpha.length).toBe(out.Q.length);
  });

  it('sgd-final-vs-k: {K, alpha, alpha_early, eg_first, eg_both, eg_first_early, eg_both_early, missing} over K = 1…8', () => {
    const out = cmd('sgd-final-vs-k').run({ M: 2, act: 'erf', eta: 0.5, sigma: 0, N: 200, seed: 1, init: 1e-3, alpha: 20 }) as Record<string, Float64Array | number>;
    expect(Object.keys(out).sort()).toEqual(['K', 'alpha', 'alpha_early', 'eg_both', 'eg_both_early', 'eg_first', 'eg_first_early', 'missing']);
    expect(Array.from(out.K as Float64Array)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(out.alpha_early).toBe(2);
    // K = M = 2, first layer only, α = 20: on the symmetric plateau ε* = 0.01467701966 (PHYSICS.md) within 2 %
    expect(Math.abs((out.eg_first as Float64Array)[1] / 0.01467701966 - 1)).toBeLessThan(0.02);
  });

  it('sgd-veiga: the point, Δ = σ², polygons, the plateau line and the three region curves', () => {
    const out = cmd('sgd-veiga').run({ kappa: 0.2, delta: -0.1, sigma: 0.3, act: 'erf', alpha: 10 }) as {
      region: string; time_exponent: number; Delta: number; polygons: { region: string }[]; curves: { region: string; eg: Float64Array }[];
    };
    expect(Object.keys(out).sort()).toEqual(['Delta', 'curves', 'delta', 'kappa', 'plateau_line', 'polygons', 'region', 'time_exponent']);
    expect(out.region).toBe('perfect');
    expect(out.time_exponent).toBeCloseTo(1.1, 14);
    expect(out.Delta).toBeCloseTo(0.09, 15);
    expect(out.polygons.map((p) => p.region)).toEqual(['perfect', 'bad', 'none']);
    expect(out.curves.map((c) => c.region)).toEqual(['perfect', 'plateau', 'bad']);
    expect(out.curves[0].eg.length).toBe(60);
  });

  it("sgd-learning-curve: sgd-curve's solve on the page's 160-point grid from α = 0.1, each order parameter a line", () => {
    const out = cmd('sgd-learning-curve').run({ ...base, K: 3, both: 1, alpha: 20 }) as Record<string, Float64Array>;
    expect(out.alpha.length).toBe(160);
    expect(out.alpha[0]).toBeCloseTo(0.1, 12);
    expect(out.alpha[159]).toBe(20);
    // K = 3 students, M = 2 teachers: R11…R32, Q11…Q33 (i ≤ k), v1…v3 (both layers)
    const lines = Object.keys(out).filter((k) => /^[RQv]\d+$/.test(k)).sort();
    expect(lines).toEqual(['Q11', 'Q12', 'Q13', 'Q22', 'Q23', 'Q33', 'R11', 'R12', 'R21', 'R22', 'R31', 'R32', 'v1', 'v2', 'v3']);
    // the same solve as sgd-curve's at its last point (both end at --alpha): R[t][i][m], Q[t][i][k], v[t][i]
    const ref = cmd('sgd-curve').run({ ...base, K: 3, both: 1, alpha: 20 }) as { eg: Float64Array; Q: number[][][]; R: number[][][]; v: number[][] };
    const t = ref.Q.length - 1;
    expect(out.R32[159]).toBeCloseTo(ref.R[t][2][1], 6);
    expect(out.Q23[159]).toBeCloseTo(ref.Q[t][1][2], 6);
    expect(out.v3[159]).toBeCloseTo(ref.v[t][2], 6);
    expect(out.eg[159]).toBeCloseTo(ref.eg[t], 8);
  });

  it("sgd-sim-runs: Figure 1's runs on 48 log-spaced α from 0.1; one seed is its own band", () => {
    const out = cmd('sgd-sim-runs').run({ ...base, N: 100, alpha: 5, seeds: 1 }) as Record<string, Float64Array>;
    expect(out.alpha.length).toBe(48);
    expect(out.alpha[0]).toBeCloseTo(0.1, 2);
    expect(out.alpha[47]).toBeCloseTo(5, 2);
    expect(Array.from(out.eg_min)).toEqual(Array.from(out.eg));
    expect(Array.from(out.eg_max)).toEqual(Array.from(out.eg));
  });
});
