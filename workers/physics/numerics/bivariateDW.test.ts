import { describe, expect, it } from 'vitest';
import { BIVARIATE_REFERENCE } from './bivariate.reference.ts';
import { bivariateCorrelationPart, prepareBivariate } from './bivariateDW.ts';
import { H } from './special.ts';

// Reference: bivariateReference.ts (mpmath, 30 digits).
const B_REF = BIVARIATE_REFERENCE;

describe('bivariate normal cdf (Drezner-Wesolowsky / Genz)', () => {
  it('Φ₂(h, k; ρ) = Φ(h)Φ(k) + S matches mpmath to 1e-15 absolute', () => {
    for (const [h, k, rho, ref] of B_REF) {
      const p = prepareBivariate(rho)!;
      const v = (1 - H(h)) * (1 - H(k)) + bivariateCorrelationPart(p, h, k);
      expect(Math.abs(v - ref)).toBeLessThan(1e-15);
    }
  });
  it('the upper orthant P(X > h, Y > k) = H(h)H(k) + S equals Φ₂(−h, −k) (mpmath 0.17696931677908328)', () => {
    const p = prepareBivariate(-0.25)!;
    expect(Math.abs(H(-0.3) * H(0.4) + bivariateCorrelationPart(p, -0.3, 0.4) - 0.17696931677908328)).toBeLessThan(1e-15);
  });
  it('declines |ρ| ≥ 0.925', () => {
    expect(prepareBivariate(0.95)).toBeNull();
    expect(prepareBivariate(-0.93)).toBeNull();
  });
});
