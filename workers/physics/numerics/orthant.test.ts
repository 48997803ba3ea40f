import { describe, expect, it } from 'vitest';
import { orthant2, orthant3, orthant4, orthantProbability } from './orthant.ts';

describe('orthant probabilities', () => {
  it('equicorrelated ρ = ½ gives 1/(n + 1) exactly (Steck 1962)', () => {
    expect(orthant2(0.5)).toBeCloseTo(1 / 3, 15);
    expect(orthant3(0.5, 0.5, 0.5)).toBeCloseTo(1 / 4, 15);
    expect(orthant4([1, 0.5, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 0.5, 1])).toBeCloseTo(1 / 5, 14);
  });

  it('factorises for two independent pairs', () => {
    const p = orthant4([1, 0.6, 0, 0, 0.6, 1, 0, 0, 0, 0, 1, -0.7, 0, 0, -0.7, 1]);
    expect(p).toBeCloseTo(orthant2(0.6) * orthant2(-0.7), 14);
  });

  it('matches scipy multivariate_normal.cdf (Genz) for generic correlation matrices', () => {
    // scipy.stats.multivariate_normal(cov=R, abseps=1e-12).cdf(0): 0.09847195079528819
    const a = orthant4([1, 0.3, -0.2, 0.5, 0.3, 1, 0.4, 0.1, -0.2, 0.4, 1, -0.3, 0.5, 0.1, -0.3, 1]);
    expect(Math.abs(a - 0.09847195079528819)).toBeLessThan(1e-10);
    // strongly correlated (smallest eigenvalue 0.05), scipy abseps=1e-10: 0.3415716820553848
    const b = orthant4([1, 0.9, 0.85, 0.8, 0.9, 1, 0.88, 0.75, 0.85, 0.88, 1, 0.9, 0.8, 0.75, 0.9, 1]);
    expect(Math.abs(b - 0.3415716820553848)).toBeLessThan(1e-9);
  });

  it('orthantProbability normalises a covariance to correlations', () => {
    const S = [4, 1, 1, 1];
    expect(orthantProbability(S, 2)).toBeCloseTo(orthant2(1 / 2), 15);
    expect(orthantProbability([2, 0, 0, 0, 3, 0, 0, 0, 5], 3)).toBeCloseTo(1 / 8, 15);
  });
});
