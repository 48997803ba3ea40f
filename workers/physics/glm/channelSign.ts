/**
 * Sign channel with label-flip probability ε: P_out(y|z) = ε + (1−2ε)·1[y = sign z]
 * (PHYSICS.md §1 channel table; the Bayes-optimal perceptron of Barbier et al., PNAS 2019).
 * All averages use a = ω/√V ~ N(0, m/V) through wideGaussNodes, so nothing degrades as V → 0,
 * and every ratio φ/Φ goes through the erfcx-based Mills ratio. The Gauss-Hermite rule is symmetric, so the SE
 * averages run over its 16 node pairs ±a: both tails of a pair come from one erfcx(|a|/√2) and one e^{a²/2}.
 *
 * G is what state evolution asks for at every step (a learning curve of 300 α makes ~2 000 calls), and with nodes
 * a_i = σx_i the node sum S(σ) = Σ_i w_i [φ/Z(a_i) + φ/Z(−a_i)] depends on σ = √(s²/(1+s²)) ∈ [0, 1] and ε alone
 * (σ² = m/(m + V)). So G reads S from a piecewise Chebyshev table in σ (numerics/chebPieces.ts), built once per ε
 * from the node sum itself: S is analytic on [0, 1] (each term is, its poles — zeros of Z — lie off the real axis),
 * ~10 coefficients per piece reach S_TOL, and the table is within 5e-15 relative of the sum it replaces (tested;
 * measured ≤ 2.4e-15) — far inside the rule's own error (Q below). A lookup is one Clenshaw sum instead of 16 erfcx
 * and 16 exp.
 */
import { ChebPieces } from '../numerics/chebPieces.ts';
import { gaussHermite, type Quadrature } from '../numerics/gaussHermite.ts';
import { erfcx, millsPhi, phi } from '../numerics/special.ts';
import { wideGaussNodes } from '../numerics/wideGauss.ts';
import type { Rng } from '../numerics/rng.ts';
import type { Channel } from './types.ts';

/** Quadrature order: the integrands below are analytic with O(1) structure in t; 32 nodes give ≈ 1e-12 relative. */
const Q = gaussHermite(32);
/** Node pairs ±x_i of the (exactly symmetric, even) rule: i < HALF. */
const HALF = Q.x.length >> 1;
const SQRT_HALF_PI = Math.sqrt(Math.PI / 2);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/** The one-node rule x = 1: wideGaussNodes then returns σ (as a[0]) and the prefactor c without filling nodes. */
const UNIT: Quadrature = { x: Float64Array.of(1), w: Float64Array.of(1) };
/** Pieces of the S(σ) table on [0, 1] and its absolute tolerance, relative to S(0) = 2φ(0) (Z(0) = ½, Σ_pairs w = ½). */
const S_PIECES = 8;
const S_TOL = 1e-15;
/** S tables by ε (a slider over ε asks for a few dozen); the oldest is dropped beyond TABLES_KEPT. */
const TABLES_KEPT = 32;
const sTables = new Map<number, ChebPieces>();

/** x ln x with 0 ln 0 = 0 */
function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

/** log1p(x)/x, → 1 at x = 0 */
function log1pOver(x: number): number {
  return x === 0 ? 1 : Math.log1p(x) / x;
}

export function signChannel(eps: number): Channel {
  const e = Math.min(Math.max(eps, 0), 0.5);
  const c1 = 1 - 2 * e;
  // Ψ at V = 0: −(binary entropy of the label noise)
  const kInf = xlogx(e) + xlogx(1 - e);
  const lnE = Math.log(e);
  const ln1mE = Math.log1p(-e);
  const lnC1 = Math.log(c1);
  const a = new Float64Array(Q.x.length);
  const sig = new Float64Array(1);

  /** φ(u)/Z(u), Z = ε + (1−2ε)Φ(u), written so that no two underflowing numbers are divided */
  const ratio = (u: number): number => (e === 0 ? millsPhi(u) : 1 / (e / phi(u) + c1 / millsPhi(u)));

  /**
   * φ(a)/Z(a) + φ(−a)/Z(−a) for a ≥ 0 from E = erfcx(a/√2) and x = e^{a²/2} (Φ(−a) = ½E/x, φ(a) = 1/(x√(2π))):
   *   φ(∓a)/Z(∓a) = (2π)^{−½} / (εx + (1−2ε)·[E or 2x − E]/2);
   * x = ∞ (a ≳ 38) gives 0 for the tail that vanishes. No two underflowing numbers are divided.
   */
  const pairRatio = (a: number): number => {
    const t = a * Math.SQRT1_2;
    const E = erfcx(t);
    const x = Math.exp(t * t);
    return INV_SQRT_2PI / (e * x + 0.5 * c1 * E) + INV_SQRT_2PI / (e * x + 0.5 * c1 * (2 * x - E));
  };

  /** S(σ) = Σ_i w_i [φ/Z(σx_i) + φ/Z(−σx_i)] over the node pairs: the sum the table is built from. */
  const pairSum = (sigma: number): number => {
    let sum = 0;
    for (let i = 0; i < HALF; i++) sum += Q.w[i] * pairRatio(-sigma * Q.x[i]);
    return sum;
  };

  /** The S(σ) table of this ε, from the module's cache or built now (on first use: a channel that only runs GAMP never builds one). */
  let table: ChebPieces | undefined;
  const sTable = (): ChebPieces => {
    table ??= sTables.get(e);
    if (table === undefined) {
      table = new ChebPieces(pairSum, 0, 1, S_PIECES, S_TOL * pairSum(0));
      if (sTables.size >= TABLES_KEPT) sTables.delete(sTables.keys().next().value as number);
      sTables.set(e, table);
    }
    return table;
  };

  /**
   * [k(x) − k∞]/φ(x) for x ≥ 0, where k(a) = Z(a)lnZ(a) + Z(−a)lnZ(−a): with δ = (1−2ε)H(x),
   * k − k∞ = (1−ε−δ)ln(1−δ/(1−ε)) − δ ln(1−ε) + (ε+δ)ln(1+δ/ε) + δ ln ε  (ε = 0: last two → δ ln δ).
   * H(x) = ½e^{−u²}erfcx(u), u = x/√2, so δ/φ = (1−2ε)√(π/2)·erfcx(u) and ln H = ln(½erfcx(u)) − u²: one erfcx.
   */
  const dOverPhi = (x: number): number => {
    const u = x * Math.SQRT1_2;
    const E = erfcx(u);
    const delta = 0.5 * c1 * E * Math.exp(-u * u);
    if (delta === 0) return 0;
    const deltaOverPhi = c1 * SQRT_HALF_PI * E;
    let b = -(1 - e - delta) * log1pOver(-delta / (1 - e)) / (1 - e) - ln1mE;
    b += e === 0 ? Math.log(0.5 * E) - u * u + lnC1 : ((e + delta) * log1pOver(delta / e)) / e + lnE;
    return deltaOverPhi * b;
  };

  return {
    PsiAtZero: kInf,
    zeroFixed: false,
    gampVStop: 1e-7,
    gampSafeguard: true,
    // G = Σ_y E_ω[Z g²] = (2/V)(1−2ε)² E_a[φ(a)²/Z(a)] = (2/V)(1−2ε)² c S(σ),  a ~ N(0, m/V)
    G(m, V) {
      if (V <= 0) return Infinity;
      const c = wideGaussNodes(Math.sqrt(Math.max(m, 0) / V), UNIT, sig);
      return (2 * c1 * c1 * c * sTable().at(sig[0])) / V;
    },
    // Ψ = E_a[k(a)] = k∞ + E_a[φ(a)·(k − k∞)/φ]; k is even in a
    Psi(m, V) {
      if (V <= 0) return kInf;
      const c = wideGaussNodes(Math.sqrt(Math.max(m, 0) / V), Q, a);
      let s = 0;
      for (let i = 0; i < HALF; i++) s += Q.w[i] * dOverPhi(-a[i]);
      return kInf + 2 * c * s;
    },
    gout(y, omega, V, g, dg) {
      const sv = Math.sqrt(V);
      for (let i = 0; i < y.length; i++) {
        const gi = (c1 * y[i] * ratio((y[i] * omega[i]) / sv)) / sv;
        g[i] = gi;
        dg[i] = -gi * (omega[i] / V + gi);
      }
    },
    sample(z: Float64Array, rng: Rng, y: Float64Array) {
      for (let i = 0; i < z.length; i++) {
        const s = z[i] >= 0 ? 1 : -1;
        y[i] = e > 0 && rng.uniform() < e ? -s : s;
      }
    },
    // P(sign ω ≠ sign z) for (ω, z) jointly Gaussian: arccos(corr)/π (Gardner-Derrida / Györgyi).
    testError(q, m, rhoZ) {
      if (q <= 0 || rhoZ <= 0) return 0.5;
      return Math.acos(Math.min(1, Math.max(-1, m / Math.sqrt(q * rhoZ)))) / Math.PI;
    },
  };
}
