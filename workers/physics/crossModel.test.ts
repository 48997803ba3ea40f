import { describe, expect, it } from 'vitest';
import { glmPoint } from './glm/index.ts';
import { committeePoint } from './committee/index.ts';

// Two independent implementations of one model: the committee machine with K = 1 is the GLM
// sign perceptron with a Gaussian prior (Aubin et al. 2018 reduce to Barbier et al. 2019 there).
// The committee code works with the K×K overlap matrix and bivariate/orthant probabilities; the
// GLM code with scalar channels and the Mills ratio. Their fixed points and free entropies must agree.
describe('committee K = 1 ≡ GLM sign perceptron (Gaussian prior, no noise)', () => {
  it.each([0.1, 0.5, 1, 2, 5, 10])('α = %f: overlap and free entropy agree to 1e-8', (alpha) => {
    const c = committeePoint({ K: 1, alpha });
    const g = glmPoint({ prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 }, alpha);
    expect(Math.abs(c.qd_bayes - g.m_bayes)).toBeLessThan(1e-8);
    expect(Math.abs(c.qd_amp - g.m_amp)).toBeLessThan(1e-8);
    expect(Math.abs(c.f_bayes - g.f_bayes)).toBeLessThan(1e-8);
    // the two chapters plot different errors of the same posterior (PHYSICS.md §1, §2):
    // Bayes-optimal prediction arccos(√m)/π in the GLM chapter, a posterior sample arccos(m)/π here
    expect(Math.abs(g.eg_bayes - Math.acos(Math.sqrt(c.qd_bayes)) / Math.PI)).toBeLessThan(1e-8);
    expect(Math.abs(c.eg_bayes - Math.acos(g.m_bayes) / Math.PI)).toBeLessThan(1e-8);
  });
});
