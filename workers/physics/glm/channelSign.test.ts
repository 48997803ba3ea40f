import { describe, expect, it } from 'vitest';
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { millsPhi, phi } from '../numerics/special.ts';
import { signChannel } from './channelSign.ts';

// References: G = (2/V)(1−2ε)² E_a[φ(a)²/Z(a)] and Ψ = E_a[Z(a)ln Z(a) + Z(−a)ln Z(−a)], a ~ N(0, m/V),
// Z = ε + (1−2ε)Φ (PHYSICS.md §1), integrated by mpmath.quad at 40 digits on (−∞, −10, −3, 0, 3, 10, ∞) — an
// independent computation (python3 + mpmath 1.3), not the Gauss-Hermite rule of channelSign.ts.
// Tolerance: the 32-node rule's own error. Noiseless, the integrand (a Mills ratio) is smooth and the rule is within
// 6e-13 (at m/V = 1e6); with flips, 1/(ε + (1−2ε)Φ(a)) turns from 1/ε to 1 around Φ(a) ~ ε and the same rule is
// 5.9e-9 off in G at ε = 0.1 (the per-node sum this replaced gave the same value to 2 ulp).
const REF: [m: number, V: number, eps: number, G: number, Psi: number, tol: number][] = [
  [0.5, 0.5, 0, 0.96107591614982066431, -0.5, 2e-12],
  [0.99, 0.01, 0, 7.1984775512971659298, -0.072038075797789402624, 2e-12],
  [1 - 1e-6, 1e-6, 0, 720.64708961775990854, -0.00072064714288209575389, 2e-12],
  [0.7, 0.3, 0.1, 0.66791667405543348107, -0.5185904847709978748, 1e-8],
  [0.3, 0.7, 0.25, 0.17225186872102322904, -0.6684532822790478004, 1e-8],
];

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('sign channel SE averages over the Gauss-Hermite node pairs', () => {
  it.each(REF)('m = %s, V = %s, ε = %s: G and Ψ within the rule error', (m, V, eps, G, Psi, tol) => {
    const ch = signChannel(eps);
    expect(rel(ch.G(m, V), G)).toBeLessThan(tol);
    expect(rel(ch.Psi(m, V), Psi)).toBeLessThan(tol);
  });

  it('stays finite at the edges: V → 0 (G ∝ 1/√V, Ψ → 0) and m → 0 (G = 2/(πV)·(1−2ε)²/…, finite)', () => {
    const ch = signChannel(0);
    const g = ch.G(1 - 1e-14, 1e-14);
    expect(Number.isFinite(g) && g > 0).toBe(true);
    expect(Math.abs(ch.Psi(1 - 1e-14, 1e-14))).toBeLessThan(1e-6);
    // m = 0: a = 0 only, G = (2/V) φ(0)²/Φ(0) = 2/(πV) (noiseless)
    expect(rel(ch.G(0, 1), 2 / Math.PI)).toBeLessThan(1e-15);
  });
});

// G reads the node sum S(σ) from a Chebyshev table in σ (channelSign.ts). Reference: the same 32-node rule summed
// node by node here, written independently of channelSign.ts — all 32 nodes (not pairs), φ/Z from special.ts's
// millsPhi as 1/(ε/φ + (1−2ε)/millsPhi), σ and c of the wide-Gauss change of variables (PHYSICS.md §1) spelled
// out. Tolerance: the table's S_TOL = 1e-15 of S(0) (absolute; S(σ)/S(0) ≥ 0.7 on [0, 1]) plus a few ulp of the two
// different summation orders: 5e-15 relative (measured ≤ 2.4e-15 over σ ∈ [0, 1], ε ∈ [0, 0.5]).
describe('sign channel G from its σ table', () => {
  const Q = gaussHermite(32);
  const nodeSum = (m: number, V: number, eps: number): number => {
    const s2 = m / V;
    const sigma = Math.sqrt(s2 / (1 + s2));
    const c = 1 / Math.sqrt(2 * Math.PI * (1 + s2));
    const c1 = 1 - 2 * eps;
    let sum = 0;
    for (let i = 0; i < Q.x.length; i++) {
      const a = sigma * Q.x[i];
      sum += Q.w[i] * (eps === 0 ? millsPhi(a) : 1 / (eps / phi(a) + c1 / millsPhi(a)));
    }
    return (2 * c1 * c1 * c * sum) / V;
  };
  it.each([0, 1e-6, 0.01, 0.1, 0.3, 0.49])('ε = %s: within 5e-15 of the node-by-node sum from m = 0 to V = 1e-14', (eps) => {
    const ch = signChannel(eps);
    let worst = 0;
    const check = (m: number, V: number) => {
      worst = Math.max(worst, rel(ch.G(m, V), nodeSum(m, V, eps)));
    };
    for (let k = 0; k < 200; k++) check((k / 200) ** 2, 1 - (k / 200) ** 2); // σ = k/200 at ρ = 1
    for (const V of [1e-14, 1e-11, 1e-8, 1e-5, 1e-3]) check(1 - V, V);
    check(0.3, 2); // m + V ≠ 1: σ depends on m/V only
    expect(worst).toBeLessThan(5e-15);
  });
});
