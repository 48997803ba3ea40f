import { describe, expect, it } from 'vitest';
import { sgdPlateau } from './plateau.ts';

// Reference values: PHYSICS.md §3 table (erf, T = I, v = v* = 1, η = 0.5, σ = 0).
describe('sgdPlateau (symmetric fixed point and escape rate)', () => {
  it('K = M = 2: Q, R, ε* to 1e-8 and the leading eigenvalue 0.0343412 to 1e-4', () => {
    const p = sgdPlateau({ K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0 });
    expect(Math.abs(p.q_diag - 0.3395790241)).toBeLessThan(1e-8);
    expect(Math.abs(p.q_off - 0.3395790241)).toBeLessThan(1e-8);
    expect(Math.abs(p.r - 0.4101581541)).toBeLessThan(1e-8);
    expect(Math.abs(p.eg - 0.01467701966)).toBeLessThan(1e-8);
    expect(Math.abs(p.lambda_max / 0.0343412 - 1)).toBeLessThan(1e-4);
    expect(p.residual).toBeLessThan(1e-12);
  });

  it('K = M = 3: Q, R, ε* to 1e-8 and eigenvalue 0.027158', () => {
    const p = sgdPlateau({ K: 3, M: 3, act: 'erf', eta: 0.5, sigma: 0 });
    expect(Math.abs(p.q_diag - 0.2083313524)).toBeLessThan(1e-8);
    expect(Math.abs(p.r - 0.2602121045)).toBeLessThan(1e-8);
    expect(Math.abs(p.eg - 0.03281785486)).toBeLessThan(1e-8);
    expect(Math.abs(p.lambda_max / 0.027158 - 1)).toBeLessThan(1e-4);
  });
});
