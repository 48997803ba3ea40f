import { describe, expect, it } from 'vitest';
import { hmmCommands } from './commands.ts';
import { ALPHA_GRID, LAMBDA_GRID } from './grids.ts';
import { hmmParams } from './params.ts';

const cmd = (name: string) => {
  const c = hmmCommands.find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
};
const base = { act: 'erf', loss: 'square', lambda: 0.01, gamma: 0.5 };

describe('hmm CLI commands (PHYSICS.md §7)', () => {
  it('hmm-kappas prints {kappa0, kappa1, kappa_star}; sign: √(2/π), √(1 − 2/π)', () => {
    const out = cmd('hmm-kappas').run({ act: 'sign' }) as Record<string, number>;
    expect(Object.keys(out).sort()).toEqual(['kappa0', 'kappa1', 'kappa_star']);
    expect(Math.abs(out.kappa1 - Math.sqrt(2 / Math.PI))).toBeLessThan(1e-15);
    expect(Math.abs(out.kappa_star - Math.sqrt(1 - 2 / Math.PI))).toBeLessThan(1e-15);
  });

  it('hmm-point prints exactly {alpha, gamma, lambda, m, q, eg, train_loss}', () => {
    const out = cmd('hmm-point').run({ ...base, alpha: 1.5 }) as Record<string, number>;
    expect(Object.keys(out).sort()).toEqual(['alpha', 'eg', 'gamma', 'lambda', 'm', 'q', 'train_loss'].sort());
    expect(out.eg).toBeCloseTo(Math.acos(out.m / Math.sqrt(out.q)) / Math.PI, 12);
  });

  it('hmm-curve prints the same fields as equal-length arrays over the α grid, equal to hmm-point', () => {
    const out = cmd('hmm-curve').run({ ...base, loss: 'logistic', alpha: Float64Array.of(0.5, 1, 2) }) as Record<string, number[]>;
    expect(Object.keys(out).sort()).toEqual(['alpha', 'eg', 'gamma', 'lambda', 'm', 'q', 'train_loss'].sort());
    for (const v of Object.values(out)) expect(v.length).toBe(3);
    const pt = cmd('hmm-point').run({ ...base, loss: 'logistic', alpha: 2 }) as Record<string, number>;
    expect(Math.abs(out.eg[2] - pt.eg)).toBeLessThan(1e-8);
  });

  it('hmm-sim prints exactly the §7 fields (a small instance)', () => {
    const out = cmd('hmm-sim').run({ ...base, alpha: 1, p: 50, seed: 3, seeds: 2 }) as Record<string, number>;
    expect(Object.keys(out).sort()).toEqual(['alpha', 'eg_gauss_mean', 'eg_gauss_std', 'eg_mean', 'eg_std', 'gamma', 'lambda', 'n_runs', 'p'].sort());
    expect(out.n_runs).toBe(2);
    expect(out.eg_mean).toBeGreaterThan(0);
    expect(out.eg_mean).toBeLessThan(0.5);
  });

  it('hmm-separability prints {gamma, tau, rho_sep, alpha_sep}; τ = 0.6956, α_sep = 3.3886 at sign, γ = 0.5 (separability.test.ts)', () => {
    const out = cmd('hmm-separability').run({ act: 'sign', gamma: 0.5 }) as Record<string, number>;
    expect(Object.keys(out).sort()).toEqual(['alpha_sep', 'gamma', 'rho_sep', 'tau']);
    expect(Math.abs(out.alpha_sep - 3.388614561033077)).toBeLessThan(1e-8);
  });

  it('hmm-learning-curve: ridge and logistic on the page\'s 120-point α grid, equal to hmm-curve at a grid point', () => {
    const out = cmd('hmm-learning-curve').run({ act: 'erf', lambda: 0.1, gamma: 0.5 }) as Record<string, number[] | number>;
    const alpha = out.alpha as number[];
    expect(alpha.length).toBe(120);
    expect(alpha[0]).toBe(0.05);
    expect(Math.abs(alpha[119] - 10)).toBeLessThan(1e-12);
    const i = 60;
    const pt = cmd('hmm-point').run({ ...base, lambda: 0.1, alpha: alpha[i] }) as Record<string, number>;
    expect(Math.abs((out.eg_ridge as number[])[i] - pt.eg)).toBeLessThan(1e-12);
    expect(out.alpha_sep).toBeGreaterThan(2);
  });

  it('hmm-double-descent prints one flat eg_lambda<j> per λ of `lambdas`; hmm-phase prints its cells flat, row-major by λ', () => {
    const dd = cmd('hmm-double-descent').run({ act: 'erf', gamma: 0.5, alpha: 2 }) as Record<string, number[]>;
    expect(dd.lambdas).toEqual([1e-4, 1e-2, 1]);
    for (const k of ['eg_lambda0', 'eg_lambda1', 'eg_lambda2', 'eg_opt']) expect(dd[k].length).toBe(dd.p_over_n.length);
    const ph = cmd('hmm-phase').run({}) as Record<string, number[] | number[][]>;
    const [na, nl] = [ph.alpha.length, ph.lambda.length];
    expect(ph.cell_eg.length).toBe(na * nl);
    const [i, j] = [7, 30];
    expect(ph.cell_alpha[j * na + i]).toBe(ph.alpha[i]);
    expect(ph.cell_lambda[j * na + i]).toBe(ph.lambda[j]);
    expect(ph.cell_eg[j * na + i]).toBe((ph.eg as number[][])[j][i]);
  });

  it('the α and λ figure grids span their sliders\' ranges (params.ts)', () => {
    const spec = (key: string) => hmmParams.find((s) => s.key === key) as { min: number; max: number };
    expect([ALPHA_GRID.min, ALPHA_GRID.max]).toEqual([spec('alpha').min, spec('alpha').max]);
    expect([LAMBDA_GRID.min, LAMBDA_GRID.max]).toEqual([spec('lambda').min, spec('lambda').max]);
  });
});
