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
});
