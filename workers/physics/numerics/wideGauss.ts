/**
 * Gaussian averages over a Gaussian of any width s, stable as s → ∞ (PHYSICS.md §1, state evolution):
 *
 *   E_{a~N(0,s²)}[φ(a) k(a)] = (2π(1+s²))^{−½} · E_{t~N(0,1)}[k(σt)],   σ = s/√(1+s²).
 *
 * (Substitute a = σt: φ(a)·N(a; 0, s²) = N(t; 0, 1)·(σ/s)/√(2π) up to the Jacobian.) Plain
 * Gauss-Hermite on N(0, s²) fails when s is large and the integrand lives at |a| = O(1); here the
 * integrand k stays bounded whenever φ(a)k(a) decays like φ(a), and the nodes never leave |a| ≤ |t|.
 */
import type { Quadrature } from './gaussHermite.ts';

/**
 * Fill `a` with the nodes σ·x_i of the rule `q` and return the prefactor c = (2π(1+s²))^{−½}, so that
 * E_{a~N(0,s²)}[φ(a) k(a)] ≈ c · Σ_i q.w[i] k(a[i]). s = ∞ is allowed (c = 0, σ = 1).
 */
export function wideGaussNodes(s: number, q: Quadrature, a: Float64Array): number {
  const s2 = s * s;
  const sigma = s2 === Infinity ? 1 : Math.sqrt(s2 / (1 + s2));
  for (let i = 0; i < q.x.length; i++) a[i] = sigma * q.x[i];
  return s2 === Infinity ? 0 : 1 / Math.sqrt(2 * Math.PI * (1 + s2));
}
