import { describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { symEig } from '../numerics/symEig.ts';
import { kappas } from './activations.ts';
import { priorOverlaps } from './priorSide.ts';

/**
 * The prior side in closed form (Marchenko–Pastur G, G′) against the same traces taken over the eigenvalues
 * e of a sampled FFᵀ/d (Gerace et al. 2020 eqs. (3.3)–(3.5), GCMProject ridge_regression.py
 * `_update_overlaps` in its commuting case: Ω = κ1²FFᵀ/d + κ*²I and ΦΦᵀ = κ1²FFᵀ/d share eigenvectors):
 *   V = (1/p)Σ ω/(λ + V̂ω),  m = m̂ (1/d)Σ t/(λ + V̂ω),  q = m̂² (1/d)Σ tω/(λ + V̂ω)² + q̂ (1/p)Σ ω²/(λ + V̂ω)²,
 * with ω = κ1²e + κ*², t = κ1²e. Smooth linear statistics of a Wishart spectrum deviate from their limit by
 * O(1/p) (Bai & Silverstein 2004); at p = 160 that is a few 1e-3 at most (measured with this seed: ≤ 3e-4 at γ = 0.5, ≤ 1.2e-3 at γ = 2),
 * 5e-3 asserted.
 */
describe('prior side: closed form against a sampled spectrum (p = 160)', () => {
  for (const gamma of [0.5, 2]) {
    it(`γ = ${gamma}`, () => {
      const p = 160;
      const d = Math.round(gamma * p);
      const F = new Float64Array(p * d);
      new Rng(7).fillNormal(F);
      const K = new Float64Array(p * p);
      for (let i = 0; i < p; i++) {
        for (let j = i; j < p; j++) {
          let s = 0;
          for (let k = 0; k < d; k++) s += F[i * d + k] * F[j * d + k];
          K[i * p + j] = K[j * p + i] = s / d;
        }
      }
      const e = symEig(K, p).values;
      const { kappa1, kappa_star } = kappas('erf');
      const [lambda, Vhat, qhat, mhat] = [0.05, 1.3, 0.7, 0.9];
      let V = 0;
      let m = 0;
      let q = 0;
      for (const ei of e) {
        const om = kappa1 * kappa1 * ei + kappa_star * kappa_star;
        const t = kappa1 * kappa1 * ei;
        const den = lambda + Vhat * om;
        V += om / den / p;
        m += (mhat * t) / den / d;
        q += (mhat * mhat * t * om) / (den * den) / d + (qhat * om * om) / (den * den) / p;
      }
      const o = priorOverlaps({ gamma, lambda, kappa1, kappaStar: kappa_star }, { Vhat, qhat, mhat });
      expect(Math.abs(o.V / V - 1)).toBeLessThan(5e-3);
      expect(Math.abs(o.m / m - 1)).toBeLessThan(5e-3);
      expect(Math.abs(o.q / q - 1)).toBeLessThan(5e-3);
    });
  }
});
