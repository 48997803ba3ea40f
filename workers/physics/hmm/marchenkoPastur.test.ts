import { describe, expect, it } from 'vitest';
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { marchenkoPastur } from './marchenkoPastur.ts';

/**
 * ⟨h(ν)⟩ over the Marchenko–Pastur law of ratio γ, from its density ρ(ν) = √((b − ν)(ν − a))/(2πγν) on
 * [a, b] = [(1 − √γ)², (1 + √γ)²] plus the atom 1 − 1/γ at 0 when γ > 1 — an independent computation of the
 * transform. ν = c + r cos θ removes the square-root edges: ρ dν = r² sin² θ/(2πγν) dθ, smooth in θ, so
 * 200-node Gauss-Legendre in θ ∈ [0, π] is exact to rounding.
 */
function mpAverage(gamma: number, h: (nu: number) => number): number {
  const a = (1 - Math.sqrt(gamma)) ** 2;
  const b = (1 + Math.sqrt(gamma)) ** 2;
  const c = 0.5 * (a + b);
  const r = 0.5 * (b - a);
  const { x, w } = gaussLegendre(200);
  let s = gamma > 1 ? (1 - 1 / gamma) * h(0) : 0;
  for (let i = 0; i < x.length; i++) {
    const theta = 0.5 * Math.PI * (x[i] + 1);
    const nu = c + r * Math.cos(theta);
    const sin = Math.sin(theta);
    s += 0.5 * Math.PI * w[i] * ((r * r * sin * sin) / (2 * Math.PI * gamma * nu)) * h(nu);
  }
  return s;
}

describe('Marchenko–Pastur Stieltjes transform G(z) = ⟨1/(ν + z)⟩ and G′(z)', () => {
  for (const gamma of [0.1, 0.5, 1, 2, 5]) {
    for (const z of [1e-3, 0.1, 1, 10, 1e4]) {
      it(`γ = ${gamma}, z = ${z}: G and G′ against the density's quadrature (1e-11 relative)`, () => {
        const { G, dG } = marchenkoPastur(gamma, z);
        // γ = 1, z = 1e-3: the edge a = 0 meets the pole at −z, 1/(ν + z)² is steep there and the reference
        // rule itself is good to ~1e-11 only (G′ agrees to 1.3e-11 relative): 1e-9 for that case
        const tol = gamma === 1 && z < 0.01 ? 1e-9 : 1e-11;
        const G0 = mpAverage(gamma, (nu) => 1 / (nu + z));
        const dG0 = -mpAverage(gamma, (nu) => 1 / (nu + z) ** 2);
        expect(Math.abs(G / G0 - 1)).toBeLessThan(tol);
        expect(Math.abs(dG / dG0 - 1)).toBeLessThan(tol);
      });
    }
  }

  it('is the decaying root of γzG² + (1 − γ + z)G − 1 = 0 on both sides of z = γ − 1 (no cancellation)', () => {
    for (const gamma of [0.3, 3]) {
      for (const z of [1e-8, gamma - 1 - 1e-9, Math.abs(gamma - 1) + 1e-9, 1e8]) {
        if (z <= 0) continue;
        const { G } = marchenkoPastur(gamma, z);
        const residual = gamma * z * G * G + (1 - gamma + z) * G - 1;
        expect(Math.abs(residual)).toBeLessThan(1e-13);
      }
    }
  });
});
