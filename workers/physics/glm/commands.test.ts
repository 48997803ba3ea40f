import { describe, expect, it } from 'vitest';
import { glmCommands } from './commands.ts';

const cmd = (name: string) => {
  const c = glmCommands.find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
};
const base = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 };

describe('glm CLI commands', () => {
  it('glm-point prints the §5 fields and the SE convergence flags; spherical perceptron ε_gen(α=2) = 0.174534 (PHYSICS.md §1)', () => {
    const out = cmd('glm-point').run({ ...base, alpha: 2 }) as Record<string, number | boolean>;
    expect(Object.keys(out).sort()).toEqual(
      ['alpha', 'eg_amp', 'eg_bayes', 'f_amp', 'f_bayes', 'm_amp', 'm_bayes', 'mmse', 'mse_amp', 'converged_amp', 'converged_bayes'].sort(),
    );
    expect(out.eg_bayes).toBeCloseTo(0.174534, 5);
    expect(out.converged_amp).toBe(true);
    expect(out.converged_bayes).toBe(true);
  });

  it('glm-curve prints equal-length arrays over the α grid', () => {
    const out = cmd('glm-curve').run({ ...base, alpha: Float64Array.of(1, 2, 5) }) as Record<string, number[]>;
    expect(out.alpha).toEqual([1, 2, 5]);
    expect(out.eg_bayes.length).toBe(3);
    expect(out.eg_bayes[2]).toBeCloseTo(0.083935, 5);
    expect(JSON.parse(JSON.stringify(out)).f_bayes.every((x: unknown) => typeof x === 'number')).toBe(true);
    expect(out.converged_amp).toEqual([true, true, true]);
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

  it('glm-transitions: thresholds plus the reading of the learning curve (binary perceptron: hard phase [1.245, 1.493]; Gaussian × noiseless linear: one continuous transition at α = 1)', () => {
    const out = cmd('glm-transitions').run({ ...base, prior: 'binary' }) as Record<string, number | boolean | null>;
    expect(Object.keys(out).sort()).toEqual(['alpha_alg', 'alpha_it', 'alpha_wr', 'continuous', 'hard_hi', 'hard_lo']);
    expect(out.continuous).toBe(false);
    expect(out.hard_lo).toBeCloseTo(1.245, 2);
    expect(out.hard_hi).toBeCloseTo(1.493, 2);
    const lin = cmd('glm-transitions').run({ ...base, channel: 'linear' }) as Record<string, number | boolean | null>;
    expect(lin.continuous).toBe(true);
    expect(lin.alpha_it).toBeCloseTo(1, 9);
    expect(lin.hard_lo).toBeNull();
  });

  it('glm-landscape: f_RS(m) on the 151-point m grid with its maxima (binary perceptron α = 1.4: global m = 1 at f = −ln 2, one metastable maximum)', () => {
    const out = cmd('glm-landscape').run({ ...base, prior: 'binary', alpha: 1.4 }) as Record<string, unknown> & { m: Float64Array; local_m: Float64Array };
    expect(Object.keys(out).sort()).toEqual(['amp_is_bayes', 'f', 'f_bayes', 'local_f', 'local_m', 'm', 'm_amp', 'm_bayes']);
    expect(out.m.length).toBe(151);
    expect(out.m_bayes).toBe(1);
    expect(out.f_bayes).toBeCloseTo(-Math.log(2), 12);
    expect(out.local_m.length).toBe(1);
    expect(out.amp_is_bayes).toBe(false);
  });

  it('glm-amp-final: one final test error per seed, their mean and mean ± sd', () => {
    const out = cmd('glm-amp-final').run({ ...base, alpha: 2, d: 200, seed: 1, seeds: 2, iters: 10, damping: 0 }) as { alpha: number; eg: number; eg_lo: number; eg_hi: number; eg_runs: Float64Array };
    expect(Object.keys(out).sort()).toEqual(['alpha', 'eg', 'eg_hi', 'eg_lo', 'eg_runs']);
    expect(out.eg_runs.length).toBe(2);
    expect(out.eg).toBeCloseTo((out.eg_runs[0] + out.eg_runs[1]) / 2, 15);
    // two runs: sd = |a − b|/2
    expect(out.eg_hi - out.eg).toBeCloseTo(Math.abs(out.eg_runs[0] - out.eg_runs[1]) / 2, 15);
    // spherical perceptron, SE ε_g(2) = 0.174534; d = 200 after 10 iterations is within a few 1/√d
    expect(Math.abs(out.eg - 0.174534)).toBeLessThan(0.05);
  });

  it('glm-amp-runs: glm-amp\'s fields and numbers, plus the final test error over the same instances', () => {
    const args = { ...base, alpha: 2, d: 200, seed: 1, seeds: 2, iters: 10, damping: 0 };
    const out = cmd('glm-amp-runs').run(args) as Record<string, unknown> & { eg: number[]; final: { eg: number; eg_runs: Float64Array } };
    const amp = cmd('glm-amp').run(args) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual([...Object.keys(amp), 'final'].sort());
    for (const k of Object.keys(amp)) expect(out[k]).toEqual(amp[k]);
    expect(out.final.eg_runs.length).toBe(2);
    // the same instances: the mean final error is glm-amp's last mean, to rounding (Σ(x/S) against Σx/S)
    expect(Math.abs(out.final.eg - out.eg[9])).toBeLessThan(1e-15);
  });

  it('glm-phase-plane --prior sparse: the glm-phase lines, the plane\'s model (noiseless linear) and the hard-phase polygon', () => {
    const out = cmd('glm-phase-plane').run({ prior: 'sparse' }) as Record<string, unknown> & { y: Float64Array; hard_alpha: Float64Array; hard_y: Float64Array };
    expect(Object.keys(out).sort()).toEqual(['alpha_alg', 'alpha_it', 'alpha_wr', 'channel', 'diagram', 'fixed_noise', 'hard_alpha', 'hard_y', 'prior', 'y', 'y_key', 'y_limit']);
    expect(out).toMatchObject({ diagram: 'sparse-rho', y_key: 'rho', prior: 'sparse', channel: 'linear', fixed_noise: 0, y_limit: 1 });
    expect(out.hard_alpha.length).toBe(out.hard_y.length);
    expect(out.hard_alpha[0]).toBeCloseTo(0.05, 4); // α_IT = ρ at the first row
    expect(() => cmd('glm-phase-plane').run({ prior: 'gaussian' })).toThrow(/glm-phase-plane needs --prior binary/);
  });

  it("glm-learning-curve: the page's 300 log-spaced α over [0.01, 10]; each point is glm-point's (same SE, 1e-9)", () => {
    const out = cmd('glm-learning-curve').run({ ...base }) as Record<string, number[]>;
    const a = out.alpha;
    expect(a.length).toBe(300);
    expect(a[0]).toBe(0.01);
    expect(a[299]).toBeCloseTo(10, 12);
    // log spacing: a constant ratio 1000^(1/299)
    expect(a[151] / a[150]).toBeCloseTo(Math.pow(1000, 1 / 299), 12);
    for (const i of [0, 150, 250]) {
      const p = cmd('glm-point').run({ ...base, alpha: a[i] }) as Record<string, number>;
      expect(Math.abs(out.eg_bayes[i] - p.eg_bayes)).toBeLessThan(1e-9);
    }
  });
});
