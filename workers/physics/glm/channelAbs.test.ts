import { describe, expect, it } from 'vitest';
import { absAverages, absChannel, jDirect, kappaDirect, TABLE_TOL } from './channelAbs.ts';

describe('|z| channel (phase retrieval): tabulated κ, j', () => {
  it('G and Ψ from the Chebyshev tables agree with the direct trapezoid sums (same outer rule), also as m → 0 and V → 0', () => {
    // channelAbs.ts: table error ≤ TABLE_TOL = 1e-13 absolute on κ and j ⇒ ≤ 1e-13/min κ ≈ 5e-12 relative on G,
    // ≤ 1e-13 absolute on Ψ. Measured ≤ 5e-15 and ≤ 2e-14. Points off the Chebyshev nodes; m/V from 1e-10 to 1e12.
    const fast = new Float64Array(2);
    const ref = new Float64Array(2);
    for (const [m, V] of [[1e-10, 1], [1e-5, 0.7], [0.2, 0.8], [0.5, 0.5], [0.9, 0.1], [2.5, 1], [1 - 1e-6, 1e-6], [1 - 1e-12, 1e-12]]) {
      absAverages(m, V, fast);
      absAverages(m, V, ref, kappaDirect, jDirect);
      expect(Math.abs(fast[0] / ref[0] - 1)).toBeLessThan(1e-11);
      expect(Math.abs(fast[1] - ref[1])).toBeLessThan(10 * TABLE_TOL);
    }
  });

  it('G and Ψ match scipy nested adaptive quadrature of E[g_out²], E ln Z_out (offline, epsrel 1e-13)', () => {
    // [m, V, G, Ψ]: scipy.integrate.quad over a = ω/√V ~ N(0, m/V) and ξ, V·G = E[(u tanh(au) − a)²] (the
    // Nishimori form E[g_out²], not the −E[∂g_out] form the code uses), Ψ = −½ ln(2πV) − ½ + E[softplus(−2au)];
    // for m/V > 1 the ξ² = E[(u − a)²] part is subtracted inside so the a-tails are exact.
    const ref: [number, number, number, number][] = [
      [1e-6, 1, 1.999988000159996e-6, -0.7257918526439773],
      [0.5, 0.5, 0.9863468131909647, -0.617951925492249],
      [0.9, 0.1, 8.013420481814473, -0.0725080567967567],
      [0.2, 0.8, 0.3189163009152488, -0.7093709361025342],
      [1 - 1e-6, 1e-6, 999388.3246508044, 5.489428421021635],
      [3, 1, 0.6717718527764887, -1.106021969216347],
    ];
    const c = absChannel();
    for (const [m, V, G, P] of ref) {
      // The outer average is Gauss-Legendre(40) on t ∈ [0, 9] (channelAbs.ts; measured ≤ 1.2e-14 on G and Ψ here).
      // Regression: the old Gauss-Hermite(40) rule was off by up to 9e-5 on G (κ, j are not analytic at a = 0),
      // which moved α_alg of phase retrieval by 1e-4 relative (issue #18 item 5). Tolerance: the reference's epsrel.
      expect(Math.abs(c.G(m, V) / G - 1)).toBeLessThan(1e-12);
      expect(Math.abs(c.Psi(m, V) - P)).toBeLessThan(1e-12);
    }
  });
});
