import { describe, expect, it } from 'vitest';
import { hasSymmetricPlateau, initialAsymmetry, plateauMarks } from './plateauExit.ts';
import type { SgdParams } from './setup.ts';

// PHYSICS.md §3 reference start (erf, K = M = 2, T = I, v = v* = 1, η = 0.5, σ = 0) and its table values:
// ε* = 0.01467701966, leading eigenvalue 0.0343412, plateau exit (ε_g < ε*/2) at α = 213.2 (converged solver).
const R0 = [3.1466e-4, 6.5006e-4, 1.9904e-4, -5.1413e-4];
const reference: SgdParams = {
  K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0, both: 0,
  initial: { Q: [1.0187e-3, 1.7091e-5, 1.7091e-5, 1.0149e-3], R: R0 },
};

describe('initialAsymmetry', () => {
  it('a0 = max_i |R_i1 − R_i2| of the reference start: |1.9904e-4 + 5.1413e-4| = 7.1317e-4 (by hand)', () => {
    expect(Math.abs(initialAsymmetry(R0, 2, 2) - 7.1317e-4)).toBeLessThan(1e-15);
  });
  it('is 0 for a symmetric start and takes every teacher pair (M = 3)', () => {
    expect(initialAsymmetry([0.1, 0.1, 0.2, 0.2], 2, 2)).toBe(0);
    // row 0: pairs (0.1, 0.4, 0.2) → largest gap 0.3
    expect(initialAsymmetry([0.1, 0.4, 0.2], 1, 3)).toBeCloseTo(0.3, 15);
  });
});

describe('plateauMarks (Saad & Solla 1995 §4: the plateau ends after ≈ ln(1/a0)/λ)', () => {
  const m = plateauMarks(reference, 1000)!;

  it('ε* to 1e-8 and λ to 1e-4 relative (PHYSICS.md table; the tolerances of plateau.test.ts)', () => {
    expect(Math.abs(m.eg - 0.01467701966)).toBeLessThan(1e-8);
    expect(Math.abs(m.lambda_max / 0.0343412 - 1)).toBeLessThan(1e-4);
    expect(m.a0).toBe(initialAsymmetry(R0, 2, 2));
  });

  it('predicted exit ln(1/a0)/λ = ln(1/7.1317e-4)/0.0343412 = 211.0 (λ known to 1e-4 relative)', () => {
    const expected = Math.log(1 / 7.1317e-4) / 0.0343412;
    expect(Math.abs(m.exit_predicted / expected - 1)).toBeLessThan(1e-4);
  });

  it('ODE exit at α = 213.2 within 1 % (PHYSICS.md; default tolerances, as sgdOde.test.ts), after the prediction', () => {
    expect(Math.abs(m.exit_ode! / 213.2 - 1)).toBeLessThan(0.01);
    // the heuristic ignores the ≈ 10 α of the approach to the plateau: the ODE leaves a little later
    expect(m.exit_ode!).toBeGreaterThan(m.exit_predicted);
    expect(plateauMarks(reference, 100)!.exit_ode).toBeNull();
  });

  it('no marks without a symmetric plateau: linear g, a trained second layer, or M = 1', () => {
    expect(hasSymmetricPlateau(reference)).toBe(true);
    expect(plateauMarks({ ...reference, act: 'linear' }, 1000)).toBeNull();
    expect(plateauMarks({ ...reference, both: 1, initial: { ...reference.initial!, v: [1, 1] } }, 1000)).toBeNull();
    expect(hasSymmetricPlateau({ act: 'erf', both: 0, M: 1 })).toBe(false);
  });
});
