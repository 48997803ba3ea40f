import { describe, expect, it } from 'vitest';
import { UsageError } from '../manifest.ts';
import { ermCommands } from './commands.ts';
import { ermRates, ermReference } from './chapterCurves.ts';
import { ermCurve } from './curves.ts';
import { PEAK_GRID } from './params.ts';
import { LAMBDA_OPT } from './point.ts';

const command = (name: string) => ermCommands.find((c) => c.name === name)!;

describe('erm figure commands (what "Reproduce" prints)', () => {
  it('erm-losses refuses --lambda opt with a usage error (the λ* curves are erm-reference)', () => {
    expect(() => command('erm-losses').run({ lambda: Infinity })).toThrow(UsageError);
  });

  it('erm-peak: eg_k and test_mse_k for the five λ on the 241-point grid; at α = 1, λ → 0⁺, ε_g = ½ and the test MSE diverges', () => {
    const out = command('erm-peak').run({}) as Record<string, Float64Array>;
    expect(out.alpha.length).toBe(PEAK_GRID.n);
    for (let k = 0; k < 5; k++) expect(out[`eg_${k}`].length).toBe(PEAK_GRID.n);
    // the grid's middle point is α = 1 (log grid from 0.1 to 10); minimum-norm interpolator there: q = ∞
    // (PHYSICS.md §6: "its test error diverges at α = 1"), so sign(x·ŵ) is a coin flip in the m/√q → 0 limit
    const mid = (PEAK_GRID.n - 1) / 2;
    expect(out.alpha[mid]).toBeCloseTo(1, 12);
    expect(out.test_mse_0[mid]).toBeGreaterThan(1e12); // α is 1 to rounding: q ∝ 1/|1 − α|
    expect(Math.abs(out.eg_0[mid] - 0.5)).toBeLessThan(1e-7); // m/√q ∝ √|1 − α| ≈ 1e-8
    // λ* = π/2 − 1 (sign labels as Gaussian noise on the square loss; optimalLambda.test.ts), golden section to 3e-3 in ln λ
    expect(Math.abs(out.lambdas[4] / (Math.PI / 2 - 1) - 1)).toBeLessThan(3e-3);
  });

  it('the rates grid: logistic at λ* only up to logisticAlphaMax (NaN beyond), the same numbers as erm-curve --lambda opt below', () => {
    const g = { alphaMin: 1, alphaMax: 100, n: 3, logisticAlphaMax: 10 };
    const r = ermReference(g);
    const direct = ermCurve('logistic', LAMBDA_OPT, r.alpha.subarray(0, 2));
    expect(Array.from(r.eg_logistic_opt.subarray(0, 2))).toEqual(Array.from(direct.eg));
    expect(r.eg_logistic_opt[2]).toBeNaN();
    const rates = ermRates(g);
    expect(rates.rate_bayes[2]).toBeCloseTo(100 * r.eg_bayes[2], 14);
    expect(rates.rate_maxmargin[2]).toBeCloseTo(100 * r.eg_maxmargin[2], 14);
  });
});
