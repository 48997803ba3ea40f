import { describe, expect, it } from 'vitest';
import { erf } from '../numerics/special.ts';
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { activation, ACTIVATIONS, kappas } from './activations.ts';

/**
 * E over z ~ N(0, 1) of g(z) by composite Gauss-Legendre on the half-lines [−12, 0] and [0, 12] (24 panels
 * of 24 nodes each side): an independent rule that never straddles the kinks of sign and ReLU at 0, exact
 * to ~1e-16 for these piecewise-analytic integrands (φ(12) ≈ 1e-32 is the truncation).
 */
function gaussAverage(g: (z: number) => number): number {
  const { x, w } = gaussLegendre(24);
  const panels = 24;
  const h = 12 / panels;
  let s = 0;
  for (let k = 0; k < panels; k++) {
    for (let i = 0; i < x.length; i++) {
      const z = h * (k + 0.5 + 0.5 * x[i]);
      const wz = 0.5 * h * w[i] * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
      s += wz * (g(z) + g(-z));
    }
  }
  return s;
}

describe('Gaussian-equivalence coefficients κ0, κ1, κ* (PHYSICS.md §7)', () => {
  for (const act of ACTIVATIONS) {
    it(`${act}: the closed forms (or tanh's quadrature) agree with an independent half-line quadrature to 1e-12`, () => {
      const s = activation(act);
      const k0 = gaussAverage(s);
      const k1 = gaussAverage((z) => z * s(z));
      const ks2 = gaussAverage((z) => s(z) * s(z)) - k0 * k0 - k1 * k1;
      const k = kappas(act);
      expect(Math.abs(k.kappa0 - k0)).toBeLessThan(1e-12);
      expect(Math.abs(k.kappa1 - k1)).toBeLessThan(1e-12);
      expect(Math.abs(k.kappa_star - Math.sqrt(ks2))).toBeLessThan(1e-12);
    });
  }

  it('tanh against mpmath (40 digits: mp.quad of z·tanh z and tanh² z against the normal density, split at 0)', () => {
    // E z tanh z = 0.6057055096021588255835…, E tanh² z = 0.3942944903978411744164… (= 1 − E tanh′ z)
    const k = kappas('tanh');
    expect(Math.abs(k.kappa1 - 0.6057055096021588256)).toBeLessThan(1e-12);
    expect(Math.abs(k.kappa_star - Math.sqrt(0.3942944903978411744 - 0.6057055096021588256 ** 2))).toBeLessThan(1e-12);
  });

  it('the page\'s erf is erf(u) itself (Gerace et al.), not erf(u/√2): κ1 = 2/√(3π) = 0.65147…', () => {
    expect(activation('erf')(0.7)).toBe(erf(0.7));
    expect(Math.abs(kappas('erf').kappa1 - 0.6514700158705598954)).toBeLessThan(1e-15);
  });
});
