/**
 * Noiseless |z| channel, real phase retrieval (PHYSICS.md §1 channel table; Barbier et al. PNAS 2019):
 * Z_out = N(y; ω, V) + N(y; −ω, V), g_out = (y tanh(yω/V) − ω)/V.
 *
 * With a = ω/√V ~ N(0, m/V) and u = z/√V = a + ξ:
 *   G = −E[∂_ω g_out] = (1/V)(1 − E[u² sech²(au)]),
 *   Ψ = E ln N(z; ω, V) + E ln(1 + e^{−2zω/V}) = −½ ln(2πV) − ½ + E[softplus(−2au)].
 * Both corrections live where au = O(1). Their inner ξ-averages, divided by φ(a), are bounded:
 *   k(a) = E_ξ[u² sech²(au)]/φ(a) = |a|^{−3} ∫ v² sech v e^{−v²/(2a²)} dv,
 *   j(a) = E_ξ[softplus(−2au)]/φ(a) = (2|a|)^{−1} ∫ softplus(v) e^{−v/2 − v²/(8a²)} dv
 * (substitute v = au resp. v = −2au; the e^{±v} factor combines with sech² and softplus). For
 * |a| ≥ 1 these are done by the trapezoid rule on a fixed v grid (integrands analytic in
 * |Im v| < π/2, so h = 1/4 is exact to ~1e-17), for |a| < 1 by Gauss-Hermite in ξ; the outer average
 * over a uses numerics/wideGauss.ts, so m → ρ (V → 0) is safe.
 */
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { H, phi } from '../numerics/special.ts';
import { wideGaussNodes } from '../numerics/wideGauss.ts';
import type { Rng } from '../numerics/rng.ts';
import type { Channel } from './types.ts';
import { softplus } from './softplus.ts';

const QO = gaussHermite(40); // outer, over t
const QI = gaussHermite(40); // inner, over ξ, |a| < 1
const QT = gaussHermite(64); // test error
const HV = 0.25;
const NK = 161; // v = 0..40 (K integrand is even)
const NJ = 2 * 320 + 1; // v = −80..80
const kGrid = new Float64Array(NK);
const jGrid = new Float64Array(NJ);
for (let i = 0; i < NK; i++) {
  const v = i * HV;
  kGrid[i] = (i === 0 ? 0.5 : 1) * v * v / Math.cosh(v); // half weight at v = 0 (even integrand, doubled)
}
for (let i = 0; i < NJ; i++) {
  const v = (i - 320) * HV;
  jGrid[i] = softplus(v) * Math.exp(-v / 2);
}

/** Σ_i grid[i]·e^{−(v_i)² /(2w²)} on v_i = (i − i0)·HV, with the Gaussian factor by recurrence (no exp per node). */
function gaussWeightedSum(grid: Float64Array, i0: number, w: number): number {
  const q = Math.exp((-HV * HV) / (2 * w * w));
  const q2 = q * q;
  let s = grid[i0];
  let g = 1;
  let ratio = q;
  for (let k = 1; i0 + k < grid.length; k++) {
    g *= ratio;
    ratio *= q2;
    if (g === 0) break;
    s += g * (grid[i0 + k] + (i0 - k >= 0 ? grid[i0 - k] : 0));
  }
  return s;
}

const aBuf = new Float64Array(QO.x.length);

/** k(|a|) and j(|a|) defined above */
function kOf(x: number): number {
  if (x >= 1) return (2 * HV * gaussWeightedSum(kGrid, 0, x)) / (x * x * x);
  let s = 0;
  for (let i = 0; i < QI.x.length; i++) {
    const u = x + QI.x[i];
    const c = Math.cosh(x * u);
    s += (QI.w[i] * u * u) / (c * c);
  }
  return s / phi(x);
}
function jOf(x: number): number {
  if (x >= 1) return (HV * gaussWeightedSum(jGrid, 320, 2 * x)) / (2 * x);
  let s = 0;
  for (let i = 0; i < QI.x.length; i++) s += QI.w[i] * softplus(-2 * x * (x + QI.x[i]));
  return s / phi(x);
}

/** mean of |N(μ, τ)| (folded normal) */
function foldedMean(mu: number, tau: number): number {
  if (tau <= 0) return Math.abs(mu);
  const st = Math.sqrt(tau);
  return mu * (1 - 2 * H(mu / st)) + 2 * st * phi(mu / st);
}

export function absChannel(): Channel {
  return {
    PsiAtZero: Infinity,
    zeroFixed: true,
    G(m, V) {
      if (V <= 0) return Infinity;
      const c = wideGaussNodes(Math.sqrt(Math.max(m, 0) / V), QO, aBuf);
      let s = 0;
      for (let i = 0; i < aBuf.length; i++) s += QO.w[i] * kOf(Math.abs(aBuf[i]));
      return Math.max(1 - c * s, 0) / V;
    },
    Psi(m, V) {
      if (V <= 0) return Infinity;
      const c = wideGaussNodes(Math.sqrt(Math.max(m, 0) / V), QO, aBuf);
      let s = 0;
      for (let i = 0; i < aBuf.length; i++) s += QO.w[i] * jOf(Math.abs(aBuf[i]));
      return -0.5 * Math.log(2 * Math.PI * V) - 0.5 + c * s;
    },
    gout(y, omega, V, g, dg) {
      for (let i = 0; i < y.length; i++) {
        const t = Math.tanh((y[i] * omega[i]) / V);
        g[i] = (y[i] * t - omega[i]) / V;
        dg[i] = -1 / V + ((y[i] * y[i]) / (V * V)) * (1 - t * t);
      }
    },
    sample(z: Float64Array, _rng: Rng, y: Float64Array) {
      for (let i = 0; i < z.length; i++) y[i] = Math.abs(z[i]);
    },
    /**
     * Test MSE of ŷ = E[|z| | ω] = foldedMean(ω, V) for (ω, z) jointly Gaussian (Var ω = q,
     * Cov = m, Var z = ρ_z): E[z²] − 2E[ŷ·E(|z| | ω)] + E[ŷ²], Gauss-Hermite over ω.
     */
    testError(q, m, rhoZ, V) {
      const sq = Math.sqrt(Math.max(q, 0));
      const tau = q > 0 ? Math.max(rhoZ - (m * m) / q, 0) : rhoZ;
      let s = 0;
      for (let i = 0; i < QT.x.length; i++) {
        const w = sq * QT.x[i];
        const yhat = foldedMean(w, V);
        s += QT.w[i] * (yhat * yhat - 2 * yhat * foldedMean(q > 0 ? (m * w) / q : 0, tau));
      }
      return Math.max(rhoZ + s, 0);
    },
  };
}
