import { describe, expect, it } from 'vitest';
import { fixedPoint } from './fixedPoint.ts';
import type { HmmModel } from './model.ts';
import { hmmSim } from './sim.ts';

/**
 * Theory against real training (issue #16): the fixed point's ε_g within 3 standard errors of the mean test
 * error over seeds, for the σ(FC) features and for their Gaussian equivalent. The standard error is the
 * seed-to-seed sample deviation over √seeds; it contains the instance-to-instance spread at this p (F, θ0,
 * the training set) and, for σ(FC), the binomial noise of N_TEST = 2000 test samples. Seeds are fixed, so the
 * test is deterministic.
 * Logistic stays at p = 400 (issue #16 asks for two (α, λ), no size): a seed costs the data (n·p·d) and ~10
 * Newton-CG steps of ~p CG iterations over the n×p design, ~8× more at p = 800 — the two points would take
 * ~1.5 min there against ~10 s here, past the slow tier's budget; at p = 400 the finite-size bias of ε_g
 * (O(1/p)) is still well inside 3 standard errors of four seeds (the s.e. is ~0.01 here).
 */
function check(model: HmmModel, alpha: number, p: number, seeds: number) {
  const theory = fixedPoint(model, alpha).eg;
  const r = hmmSim(model, { alpha, p, seed: 2026, seeds });
  const se = r.eg_std / Math.sqrt(seeds);
  const seGauss = r.eg_gauss_std / Math.sqrt(seeds);
  expect(Math.abs(r.eg_mean - theory), `σ(FC): ${r.eg_mean} ± ${se} vs ${theory}`).toBeLessThan(3 * se);
  expect(Math.abs(r.eg_gauss_mean - theory), `Gaussian equivalent: ${r.eg_gauss_mean} ± ${seGauss} vs ${theory}`).toBeLessThan(3 * seGauss);
}

describe('theory against finite-size training', () => {
  // γ = 0.2 keeps d = 160 at p = 800: the data cost n·p·d stays a few 1e8 per seed
  const ridge: HmmModel = { act: 'erf', loss: 'square', lambda: 0.1, gamma: 0.2 };
  for (const alpha of [0.5, 1.5, 3]) {
    it(`ridge, p = 800, 4 seeds, α = ${alpha}`, () => check(ridge, alpha, 800, 4), 60_000);
  }
  const logistic: HmmModel = { act: 'sign', loss: 'logistic', lambda: 0.1, gamma: 0.5 };
  it('logistic, p = 400, 4 seeds, (α, λ) = (1, 0.1)', () => check(logistic, 1, 400, 4), 60_000);
  it('logistic, p = 400, 4 seeds, (α, λ) = (3, 0.01)', () => check({ ...logistic, lambda: 0.01 }, 3, 400, 4), 60_000);
});
