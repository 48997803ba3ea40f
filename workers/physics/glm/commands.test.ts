import { describe, expect, it } from 'vitest';
import { glmCommands } from './commands.ts';

const cmd = (name: string) => {
  const c = glmCommands.find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
};
const base = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 };

describe('glm CLI commands', () => {
  it('glm-point prints the §5 fields; spherical perceptron ε_gen(α=2) = 0.174534 (PHYSICS.md §1)', () => {
    const out = cmd('glm-point').run({ ...base, alpha: 2 }) as Record<string, number>;
    expect(Object.keys(out).sort()).toEqual(['alpha', 'eg_amp', 'eg_bayes', 'f_amp', 'f_bayes', 'm_amp', 'm_bayes', 'mmse', 'mse_amp'].sort());
    expect(out.eg_bayes).toBeCloseTo(0.174534, 5);
  });

  it('glm-curve prints equal-length arrays over the α grid', () => {
    const out = cmd('glm-curve').run({ ...base, alpha: Float64Array.of(1, 2, 5) }) as Record<string, number[]>;
    expect(out.alpha).toEqual([1, 2, 5]);
    expect(out.eg_bayes.length).toBe(3);
    expect(out.eg_bayes[2]).toBeCloseTo(0.083935, 5);
    expect(JSON.parse(JSON.stringify(out)).f_bayes.every((x: unknown) => typeof x === 'number')).toBe(true);
  });

  it('glm-thresholds gives the binary-perceptron α_IT ≈ 1.245 and α_alg ≈ 1.493', () => {
    const out = cmd('glm-thresholds').run({ ...base, prior: 'binary' }) as Record<string, number | null>;
    expect(out.alpha_wr).toBeNull();
    expect(out.alpha_it).toBeCloseTo(1.245, 2);
    expect(out.alpha_alg).toBeCloseTo(1.493, 2);
  });

  it('glm-phase --prior binary prints the traced lines; the ε = 0 row is the binary perceptron', () => {
    const out = cmd('glm-phase').run({ prior: 'binary' }) as { y_key: string; y: Float64Array; alpha_it: Float64Array; alpha_alg: Float64Array; alpha_wr: Float64Array };
    expect(out.y_key).toBe('noise');
    expect(out.y.length).toBe(out.alpha_it.length);
    expect(out.alpha_it[0]).toBeCloseTo(1.245, 2);
    expect(out.alpha_alg[0]).toBeCloseTo(1.493, 2);
    expect(() => cmd('glm-phase').run({ prior: 'gaussian' })).toThrow(/binary/);
  });
});
