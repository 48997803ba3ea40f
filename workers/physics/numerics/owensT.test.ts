import { describe, expect, it } from 'vitest';
import { BIVARIATE_REFERENCE } from './bivariate.reference.ts';
import { bivariateNormal, bivariateNormalPdf, owensT } from './owensT.ts';

// References: mpmath 1.x at 30 digits, T(h,a) = quad(exp(−h²(1+x²)/2)/(1+x²), [0, a])/2π and
// Φ₂(h,k;ρ) = quad(φ(x) Φ((k − ρx)/√(1−ρ²)), [−∞, h]).
const T_REF: [number, number, number][] = [
  [0.5, 0.3, 0.040786707344250106],
  [1.2, 0.9, 0.048784510426496552],
  [2.0, 3.0, 0.011375065971545041],
  [0.1, 10.0, 0.22679969643349899],
  [5.0, 0.5, 1.4192549621069272e-7],
  [-1.5, 2.5, 0.033402648238960322],
  [3.0, -0.7, -0.00065910752010290981],
  [0, 1.0, 0.125],
];
const B_REF = BIVARIATE_REFERENCE;

describe("Owen's T", () => {
  it('matches mpmath to 1e-15 absolute', () => {
    for (const [h, a, ref] of T_REF) expect(Math.abs(owensT(h, a) - ref)).toBeLessThan(1e-15);
  });
  it('T(h, ∞) = ½H(|h|) and T(0, a) = atan(a)/2π', () => {
    expect(owensT(1.3, Infinity)).toBeCloseTo(0.5 * 0.0968004845856103, 15); // H(1.3), scipy norm.sf
    expect(owensT(0, 0.7)).toBeCloseTo(Math.atan(0.7) / (2 * Math.PI), 15);
  });
});

describe('bivariate normal cdf', () => {
  it('matches mpmath (1e-15 absolute, 1e-7 relative in the far tail)', () => {
    for (const [h, k, r, ref] of B_REF) {
      const p = bivariateNormal(h, k, r);
      expect(Math.abs(p - ref)).toBeLessThan(1e-15 + 1e-7 * ref);
    }
  });
  it('density is the mixed derivative of the cdf (central differences, O(δ²))', () => {
    const [h, k, r, d] = [0.4, -0.8, -0.35, 1e-3];
    const fd = (bivariateNormal(h + d, k + d, r) - bivariateNormal(h + d, k - d, r) - bivariateNormal(h - d, k + d, r) + bivariateNormal(h - d, k - d, r)) / (4 * d * d);
    expect(Math.abs(fd - bivariateNormalPdf(h, k, r))).toBeLessThan(1e-6);
  });
});
