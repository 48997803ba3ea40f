/**
 * Noiseless |z| channel, real phase retrieval (PHYSICS.md §1 channel table; Barbier et al. PNAS 2019):
 * Z_out = N(y; ω, V) + N(y; −ω, V), g_out = (y tanh(yω/V) − ω)/V.
 *
 * With a = ω/√V ~ N(0, s²), s² = m/V, and u = z/√V = a + ξ:
 *   G = −E[∂_ω g_out] = (1/V)(1 − E[u² sech²(au)]),
 *   Ψ = E ln N(z; ω, V) + E ln(1 + e^{−2zω/V}) = −½ ln(2πV) − ½ + E[softplus(−2au)].
 * Both corrections live where au = O(1). Their inner ξ-averages, divided by φ(a), are bounded and even
 * in a (substitute v = au resp. v = −2au; the e^{±v} factor combines with sech² and softplus):
 *   k(a) = E_ξ[u² sech²(au)]/φ(a) = |a|^{−3} ∫ v² sech v e^{−v²/(2a²)} dv,   k(0) = √(2π),
 *   j(a) = E_ξ[softplus(−2au)]/φ(a) = (2|a|)^{−1} ∫ softplus(v) e^{−v/2 − v²/(8a²)} dv,   j(0) = √(2π) ln 2.
 * The outer average over a uses numerics/wideGauss.ts (nodes a = σx_i, prefactor c), so m → ρ (V → 0)
 * is safe. As m → 0, 1 − c Σ w k → 0 and G ≈ 2m/V² would be a difference of two numbers near 1; with
 * k(a) = k(0) − a² κ(a), c k(0) = (1 + s²)^{−½} and Σ w = 1 it is a sum of two positive O(s²) terms:
 *   V G = [1 − (1 + s²)^{−½}] + c σ² Σ_i w_i x_i² κ(σx_i),
 *   κ(a) = |a|^{−5} ∫ v² (1 − sech v) e^{−v²/(2a²)} dv,   κ(0) = (3/2)√(2π)   (1 − sech v ≈ v²/2).
 * κ and j come from a piecewise Chebyshev table on |a| ∈ [0, max node] (numerics/chebPieces.ts; σ < 1
 * keeps every node inside), built on first use from the trapezoid sums below; TABLE_TOL bounds its
 * error, i.e. ≤ TABLE_TOL/min κ ≈ 5e-12 relative on G and ≤ TABLE_TOL on Ψ next to `absAverages` with the
 * direct sums. The trapezoid rule is spectrally accurate here: the integrands are analytic in
 * |Im v| < π/2 (sech) resp. π (softplus), so with h ≤ 1/4 the aliasing error is ~e^{−π²/h} ≈ 1e-17, and
 * h ≤ (Gaussian width)/5 resolves the Gaussian factor as a → 0.
 */
import type { Quadrature } from '../numerics/gaussHermite.ts';
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { ChebPieces } from '../numerics/chebPieces.ts';
import { H, phi } from '../numerics/special.ts';
import { wideGaussNodes } from '../numerics/wideGauss.ts';
import type { Rng } from '../numerics/rng.ts';
import { GAMP_V_FLOOR, type Channel } from './types.ts';
import { softplus } from './softplus.ts';
import { sinhGaussMean } from './sinhGauss.ts';

/**
 * Outer rule over t ~ N(0, 1), folded onto t > 0 (κ, j are even): Gauss-Legendre(OUTER_NODES) on [0, T_MAX] with
 * weights 2φ(t)·w_i, renormalised to Σ w = 1 (the dropped tail 2H(T_MAX) is 2e-19). Gauss-Hermite is the wrong
 * rule here: κ(a), j(a) are smooth on the real axis but not analytic at a = 0 (sech has poles on the imaginary
 * v-axis, so the integrals diverge for imaginary a), and GH-40 converged only to ~1e-4 on G (GH-200: 3e-8), which
 * moved α_alg of phase retrieval by 1.6e-5. Measured against a composite GL(16) reference on 0.125-wide panels:
 * ≤ 1.1e-14 relative on G and ≤ 1e-15 on Ψ for m/V from 1e-5 to 1e12 (GL-32: ≤ 5e-12).
 */
const OUTER_NODES = 40;
const T_MAX = 9;
const QH = foldedGaussRule(OUTER_NODES, T_MAX);
const XH = QH.x;
const WH = QH.w;
/** Largest |a| = σ t asked of the tables (σ < 1). */
const A_MAX = T_MAX;

function foldedGaussRule(n: number, tMax: number): Quadrature {
  const q = gaussLegendre(n);
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  let sw = 0;
  for (let i = 0; i < n; i++) {
    x[i] = (tMax * (q.x[i] + 1)) / 2;
    w[i] = tMax * q.w[i] * phi(x[i]);
    sw += w[i];
  }
  for (let i = 0; i < n; i++) w[i] /= sw;
  return { x, w };
}
/** absolute error target of the κ and j tables (κ ≤ 3.8, j ≤ 1.8: a few ulps above rounding) */
export const TABLE_TOL = 1e-13;
const TABLE_PIECES = 12;
const SQRT2PI = Math.sqrt(2 * Math.PI);

/** κ(|a|) defined above, trapezoid rule (table construction and reference only) */
export function kappaDirect(a: number): number {
  if (a === 0) return 1.5 * SQRT2PI;
  const h = Math.min(0.25, a / 5);
  const vMax = 9 * a; // e^{−v²/(2a²)} < 1e-17 beyond
  let s = 0;
  for (let i = 1; i * h <= vMax; i++) {
    const v = i * h;
    const sh = Math.sinh(v / 2);
    s += ((v * v * 2 * sh * sh) / Math.cosh(v)) * Math.exp((-v * v) / (2 * a * a)); // 1 − sech v = 2 sinh²(v/2)/cosh v
  }
  return (2 * h * s) / a ** 5;
}

/** j(|a|) defined above, trapezoid rule (table construction and reference only) */
export function jDirect(a: number): number {
  if (a === 0) return SQRT2PI * Math.LN2;
  const h = Math.min(0.25, (2 * a) / 5);
  // softplus(v) e^{−v/2} ≤ 1 and < 1e-17 beyond |v| = 80; e^{−v²/(8a²)} < 1e-17 beyond |v| = 18a
  const vMax = Math.min(80, 18 * a);
  let s = 0;
  for (let i = -Math.floor(vMax / h); i * h <= vMax; i++) {
    const v = i * h;
    s += softplus(v) * Math.exp(-v / 2 - (v * v) / (8 * a * a));
  }
  return (h * s) / (2 * a);
}

let kappaTable: ChebPieces | undefined;
let jTable: ChebPieces | undefined;
function kappaTab(a: number): number {
  kappaTable ??= new ChebPieces(kappaDirect, 0, A_MAX, TABLE_PIECES, TABLE_TOL);
  return kappaTable.at(a);
}
function jTab(a: number): number {
  jTable ??= new ChebPieces(jDirect, 0, A_MAX, TABLE_PIECES, TABLE_TOL);
  return jTable.at(a);
}

const aBuf = new Float64Array(XH.length);

/**
 * out[0] = V·G(m, V), out[1] = Ψ(m, V) + ½ ln(2πV) + ½ for V > 0, by the folded outer rule with
 * κ and j from `kappa`, `j` (the tables, or the direct sums as the reference).
 */
export function absAverages(m: number, V: number, out: Float64Array, kappa = kappaTab, j = jTab): void {
  const s2 = Math.max(m, 0) / V;
  const c = wideGaussNodes(Math.sqrt(s2), QH, aBuf);
  let sk = 0;
  let sj = 0;
  for (let i = 0; i < aBuf.length; i++) {
    sk += WH[i] * aBuf[i] * aBuf[i] * kappa(aBuf[i]);
    sj += WH[i] * j(aBuf[i]);
  }
  const r = Math.sqrt(1 + s2);
  out[0] = (s2 === Infinity ? 1 : s2 / (r * (1 + r))) + c * sk; // 1 − 1/r without cancellation; c σ² x² = c a²
  out[1] = c * sj;
}

/** absAverages at the last (m, V) asked: SE asks G and then Ψ at the same point (free entropy) */
const avg = new Float64Array(2);
let avgM = NaN;
let avgV = NaN;
function averagesAt(m: number, V: number): Float64Array {
  if (m !== avgM || V !== avgV) {
    absAverages(m, V, avg);
    avgM = m;
    avgV = V;
  }
  return avg;
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
    gampVStop: GAMP_V_FLOOR,
    gampSafeguard: false,
    G(m, V) {
      if (V <= 0) return Infinity;
      return averagesAt(m, V)[0] / V;
    },
    Psi(m, V) {
      if (V <= 0) return Infinity;
      return -0.5 * Math.log(2 * Math.PI * V) - 0.5 + averagesAt(m, V)[1];
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
     * Cov = m, Var z = ρ_z): E[z²] − 2E[ŷ·E(|z| | ω)] + E[ŷ²], over ω by sinhGaussMean on the scale of the switch
     * of ŷ at |ω| ~ √V (Gauss-Hermite(64) missed it: 1.9 % off at V = 1e-3).
     */
    testError(q, m, rhoZ, V) {
      const sq = Math.sqrt(Math.max(q, 0));
      const tau = q > 0 ? Math.max(rhoZ - (m * m) / q, 0) : rhoZ;
      // kinks, no variance: ŷ = |w|, E(|z| | w) = |m/q|·|w| ⇒ q − 2|m| + ρ_z (exactly 0 at perfect recovery)
      if (V <= 0 && tau <= 0) return Math.max(q - 2 * Math.abs(m) + rhoZ, 0);
      // ŷ switches at |w| ~ √V, E(|z| | w) at |mw/q| ~ √τ: the rule's scale in x = w/√q is the smaller one
      const eps = q > 0 ? Math.min(Math.sqrt(V / q), m !== 0 ? Math.sqrt(tau * q) / Math.abs(m) : 1) : 1;
      const s = sinhGaussMean((x) => {
        const w = sq * x;
        const yhat = foldedMean(w, V);
        return yhat * yhat - 2 * yhat * foldedMean(q > 0 ? (m * w) / q : 0, tau);
      }, eps);
      return Math.max(rhoZ + s, 0);
    },
  };
}
