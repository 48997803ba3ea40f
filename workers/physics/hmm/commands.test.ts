import { describe, expect, it } from 'vitest';
import { hmmCommands } from './commands.ts';

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
});
