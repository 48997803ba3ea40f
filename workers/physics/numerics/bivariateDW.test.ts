import { describe, expect, it } from 'vitest';
import { bivariateCorrelationPart, prepareBivariate } from './bivariateDW.ts';
import { H } from './special.ts';

// References: mpmath at 30 digits, Φ₂(h,k;ρ) = quad(φ(x) Φ((k − ρx)/√(1−ρ²)), [−∞, h]) (same as owensT.test.ts).
const B_REF: [number, number, number, number][] = [
  [0.3, -0.4, -0.25, 0.17696931677908328],
  [1.0, 2.0, 0.5, 0.83186083113088048],
  [-2.0, -1.5, -0.4, 9.2102841880040896e-5],
  [-3.0, -3.0, -0.45, 4.2703574616548774e-10],
  [0, 0.7, -0.3, 0.34135895392831214],
  [0, 0, -0.5, 1 / 6],
  [2.5, -1.0, 0.9, 0.15865525393145701],
  [-1, 0, 0.3, 0.10827452092377674],
];

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
