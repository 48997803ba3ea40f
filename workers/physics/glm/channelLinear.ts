/** Linear channel with Gaussian noise Δ: y = z + √Δ ξ (PHYSICS.md §1 channel table). Closed forms. */
import type { Rng } from '../numerics/rng.ts';
import { GAMP_V_FLOOR, type Channel } from './types.ts';

export function linearChannel(delta: number): Channel {
  const D = Math.max(delta, 0);
  return {
    // Ψ = E ln N(y; ω, V+Δ) = −½ ln(2π(V+Δ)) − ½; +∞ at V = Δ = 0
    PsiAtZero: D > 0 ? -0.5 * Math.log(2 * Math.PI * D) - 0.5 : Infinity,
    zeroFixed: false,
    gampVStop: GAMP_V_FLOOR,
    gampSafeguard: true,
    G: (_m, V) => 1 / (V + D),
    Psi: (_m, V) => -0.5 * Math.log(2 * Math.PI * (V + D)) - 0.5,
    gout(y, omega, V, g, dg) {
      const inv = 1 / (V + D);
      for (let i = 0; i < y.length; i++) {
        g[i] = (y[i] - omega[i]) * inv;
        dg[i] = -inv;
      }
    },
    sample(z: Float64Array, rng: Rng, y: Float64Array) {
      const sd = Math.sqrt(D);
      for (let i = 0; i < z.length; i++) y[i] = z[i] + sd * rng.normal();
    },
    // prediction ŷ = ω: E(y − ω)² = ρ_z − 2m + q + Δ (= V + Δ at a Bayes fixed point)
    testError: (q, m, rhoZ) => Math.max(rhoZ - 2 * m + q, 0) + D,
  };
}
