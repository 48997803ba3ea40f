import { describe, expect, it } from 'vitest';
import { kappas, type Activation } from './activations.ts';
import { B_SIGN, squareHats } from './channelSquare.ts';
import { priorModel } from './model.ts';
import { priorOverlaps } from './priorSide.ts';
import { ridgeFixedPoint } from './ridge.ts';

/**
 * The closed-form test error of random-features ridge regression (Mei & Montanari, CPAM 75, 667 (2022),
 * arXiv:1908.05355, Definition 1 and Theorem 1), an independent computation written here from the paper:
 * with ζ = μ1/μ*, λ̄ = λ_MM/μ*², ψ1 = N/d, ψ2 = n/d, ν1, ν2 the solutions in C⁺ of
 *   ν1 = ψ1(−ξ − ν2 − ζ²ν2/(1 − ζ²ν1ν2))⁻¹,  ν2 = ψ2(−ξ − ν1 − ζ²ν1/(1 − ζ²ν1ν2))⁻¹  at ξ = i(ψ1ψ2λ̄)^{1/2},
 * χ = ν1ν2 and the polynomials E0, E1, E2 of its eq. (16), the test MSE is R = F1² E1/E0 + (τ² + F*²) E2/E0 + F*².
 * Mapping (ours → theirs): N = p, ψ1 = 1/γ, ψ2 = α/γ; μ1 = κ1, μ* = κ*; their penalty (Nλ_MM/d)|a|² on the
 * mean loss with a = w/√p is our (λ/2)|w|² on the summed half-square loss when λ_MM = λγ/α; the sign teacher
 * has linear part F1 = E|ν*| = √(2/π) = b and a nonlinear part of variance F*² = 1 − b² (τ = 0). Where they
 * coincide — the square loss — our overlaps give the same test MSE 1 + q − 2bm.
 */
type C = [number, number];
const add = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const scale = (a: C, s: number): C => [a[0] * s, a[1] * s];
const inv = (a: C): C => {
  const r = a[0] * a[0] + a[1] * a[1];
  return [a[0] / r, -a[1] / r];
};
const pow = (a: C, k: number): C => (k === 0 ? [1, 0] : mul(a, pow(a, k - 1)));

function meiMontanariRisk(act: Activation, alpha: number, gamma: number, lambda: number): number {
  const { kappa1, kappa_star } = kappas(act);
  const z = kappa1 / kappa_star;
  const z2 = z * z;
  const psi1 = 1 / gamma;
  const psi2 = alpha / gamma;
  const lbar = (lambda * gamma) / alpha / (kappa_star * kappa_star);
  const xi: C = [0, Math.sqrt(psi1 * psi2 * lbar)];
  let n1: C = [0, 1];
  let n2: C = [0, 1];
  for (let it = 0; it < 100000; it++) {
    const w = inv(add([1, 0], scale(mul(n1, n2), -z2)));
    const N1 = scale(inv(scale(add(add(xi, n2), scale(mul(n2, w), z2)), -1)), psi1);
    const N2 = scale(inv(scale(add(add(xi, n1), scale(mul(n1, w), z2)), -1)), psi2);
    const change = Math.hypot(N1[0] - n1[0], N1[1] - n1[1]) + Math.hypot(N2[0] - n2[0], N2[1] - n2[1]);
    n1 = scale(add(n1, N1), 0.5);
    n2 = scale(add(n2, N2), 0.5);
    if (change < 1e-15) break;
  }
  const chi = mul(n1, n2);
  const [p1, p2] = [psi1, psi2];
  const poly = (terms: [number, number][]): C => terms.reduce<C>((s, [c, k]) => add(s, scale(pow(chi, k), c)), [0, 0]);
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const E0 = poly([[-z6, 5], [3 * z4, 4], [(p1 * p2 - p2 - p1 + 1) * z6 - 2 * z4 - 3 * z2, 3], [(p1 + p2 - 3 * p1 * p2 + 1) * z4 + 2 * z2 + 1, 2], [3 * p1 * p2 * z2, 1], [-p1 * p2, 0]]);
  const E1 = poly([[p2 * z4, 3], [-p2 * z2, 2], [p1 * p2 * z2, 1], [-p1 * p2, 0]]);
  const E2 = poly([[z6, 5], [-3 * z4, 4], [(p1 - 1) * z6 + 2 * z4 + 3 * z2, 3], [(-p1 - 1) * z4 - 2 * z2 - 1, 2]]);
  const e0 = inv(E0);
  const F1sq = B_SIGN * B_SIGN;
  return F1sq * mul(E1, e0)[0] + (1 - F1sq) * mul(E2, e0)[0] + (1 - F1sq);
}

describe('ridge fixed point (PHYSICS.md §7)', () => {
  const cases: [Activation, number, number, number][] = [
    ['erf', 1.5, 0.5, 0.01],
    ['erf', 0.5, 0.5, 0.1],
    ['erf', 1, 0.5, 0.05],
    ['tanh', 2, 0.2, 0.01],
    ['erf', 0.8, 2, 0.1],
  ];
  for (const [act, alpha, gamma, lambda] of cases) {
    it(`test MSE 1 + q − 2bm = Mei & Montanari's closed form at σ = ${act}, α = ${alpha}, γ = ${gamma}, λ = ${lambda} (1e-9)`, () => {
      const f = ridgeFixedPoint(priorModel({ act, lambda, gamma }), alpha);
      expect(Math.abs(1 + f.q - 2 * B_SIGN * f.m - meiMontanariRisk(act, alpha, gamma, lambda))).toBeLessThan(1e-9);
    });
  }

  it('is a fixed point of channel ∘ prior side (1e-12), and ε_g = arccos(m/√q)/π', () => {
    const prior = priorModel({ act: 'relu', lambda: 0.003, gamma: 0.3 });
    const f = ridgeFixedPoint(prior, 1.2);
    const o = priorOverlaps(prior, squareHats(1.2, f));
    expect(Math.abs(o.V / f.V - 1)).toBeLessThan(1e-12);
    expect(Math.abs(o.q / f.q - 1)).toBeLessThan(1e-12);
    expect(Math.abs(o.m / f.m - 1)).toBeLessThan(1e-12);
    expect(Math.abs(f.eg - Math.acos(f.m / Math.sqrt(f.q)) / Math.PI)).toBeLessThan(1e-14);
  });

  it('the interpolation peak: at λ = 1e-4 ε_g at α = 1 exceeds both α = 0.5 and α = 2 (Gerace et al. 2020, Fig. 2)', () => {
    const prior = priorModel({ act: 'erf', lambda: 1e-4, gamma: 0.5 });
    const at = (a: number) => ridgeFixedPoint(prior, a).eg;
    expect(at(1)).toBeGreaterThan(at(0.5) + 0.05);
    expect(at(1)).toBeGreaterThan(at(2) + 0.05);
  });
});
