/**
 * The non-specialised plane q_d = 0 for any odd K (majority vote of K sign units), exactly, by 1-D
 * integrals. On the plane ω = w·1 only feels the mean direction e = 1/√K: with s = e·z,
 *   P(+ | ω) = E_{s ~ N(μ, 1 − q_a)} Π(s),  μ = √K w ~ N(0, q_a),
 *   Π(s) = P(maj z > 0 | e·z = s) for z ~ N(0, I_K).
 * Π is a sine transform: with φ_±(t) = E[e^{itz} 1(±z > 0)] = ½e^{−t²/2} ± i D(t/√2)/√π = r e^{±iθ}
 * (D: Dawson's integral) the joint characteristic function of (Σz, #positive) gives
 *   Π(s) − ½ = √(2π) e^{s²/2}/π ∫_0^∞ G(u/√K) sin(us) du,  G(t) = r^K Σ_{m > K/2} C(K, m) sin((2m − K)θ).
 * The Gaussian average over s is then closed form (e^{s²/2} N(s; μ, v) ∝ N(s; μ/q_a, v/q_a)), so each
 * quantity is one u-integral per μ node, by the trapezoid rule (spectrally accurate: the integrand is even
 * and entire in u). Needed per μ: P, ∂_μ P, and D₂ = μ∂_μP + v∂²_μP, because the Hessian of P(y|ω) at
 * ω = w1 has (∂11 − ∂12)P = −D₂/(K − 1) (heat equation + scale invariance of the signs), which gives
 *   r_a = α E_μ[(∂_μP)²/(P(1 − P))],   λ = α/(K − 1)² E_μ[D₂²/(P(1 − P))]   (PHYSICS.md §2),
 *   Ψ_out = E_μ[P ln P + (1 − P) ln(1 − P)],  E[YY'] = E_μ(2P − 1)².
 * Aubin et al. 2018 (arXiv:1806.05451) eqs. (9)-(10) restricted to q_d = 0; the Π representation is ours.
 */
import { dawson } from '../numerics/dawson.ts';
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { phi } from '../numerics/special.ts';

export interface PlaneAverages {
  psi: number;
  /** E_μ[(∂_μP)²/(P(1 − P))]: r_a = α·fisher */
  fisher: number;
  /** E_μ[D₂²/(P(1 − P))]/(K − 1)²: λ = α·stability */
  stability: number;
  eyy: number;
}

/**
 * μ = √q_a x nodes: every integrand is even in x, so x ∈ [0, X_MAX] with Gauss-Legendre and weight 2φ(x)
 * (mass beyond X_MAX < 1e-11). P(x) varies on the scale √(1 − q_a) near x = 0, where Gauss-Hermite on
 * the full line resolves it poorly as q_a → 1; Legendre nodes cluster at the end point x = 0.
 */
const X_MAX = 7;
const MU_NODES = gaussLegendre(64);
/**
 * Trapezoid step h = 2π/(x_max/√q_a + band): the aliases sit at frequency band beyond μ'. Π(s) is only
 * C^{K−2} at s = 0, so the integrand's spectrum decays as ω^{−K} times the smoothing e^{−v'ω²/2}:
 * band = max(BAND, √(2·BAND_EXP/v')) keeps the alias below ~e^{−BAND_EXP}.
 */
const BAND = 14;
const BAND_EXP = 40;
const TAIL = 1e-17;
const PQ_MIN = 1e-13;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);

const logBinomCache = new Map<number, Float64Array>();
function logBinomials(K: number): Float64Array {
  let c = logBinomCache.get(K);
  if (!c) {
    c = new Float64Array(K + 1);
    for (let m = 1; m <= K; m++) c[m] = c[m - 1] + Math.log((K - m + 1) / m);
    logBinomCache.set(K, c);
  }
  return c;
}

/** G(t) of the header (odd K). */
export function majorityTransform(K: number, t: number): number {
  const A = 0.5 * Math.exp(-0.5 * t * t);
  const B = dawson(t / Math.SQRT2) * INV_SQRT_PI;
  const lr = 0.5 * Math.log(A * A + B * B);
  const th = Math.atan2(B, A);
  const lc = logBinomials(K);
  let g = 0;
  for (let m = (K + 1) >> 1; m <= K; m++) g += Math.exp(K * lr + lc[m]) * Math.sin((2 * m - K) * th);
  return g;
}

/** Π(s) = P(majority > 0 | Σz/√K = s) for z ~ N(0, I_K) (used by tests and the large-K check). */
export function majorityGivenMean(K: number, s: number): number {
  const h = Math.PI / (Math.abs(s) + BAND);
  let acc = 0;
  for (let j = 1; j < 1e6; j++) {
    const u = j * h;
    const t = u / Math.sqrt(K);
    const g = majorityTransform(K, t);
    acc += g * Math.sin(u * s);
    if (Math.pow(2 * Math.hypot(0.5 * Math.exp(-0.5 * t * t), dawson(t / Math.SQRT2) * INV_SQRT_PI), K) < TAIL) break;
  }
  return 0.5 + Math.sqrt(2 * Math.PI) * Math.exp(0.5 * s * s) / Math.PI * h * acc;
}

// u-grid buffers, reused
let gu = new Float64Array(0);

/** Channel averages on the plane at q_a ∈ (0, 1) for odd K ≥ 3. */
export function planeAverages(K: number, qa: number, out: PlaneAverages): PlaneAverages {
  const a = qa;
  const v = 1 - a;
  const vp = v / a;
  const h = (2 * Math.PI) / (X_MAX / Math.sqrt(a) + Math.max(BAND, Math.sqrt((2 * BAND_EXP) / vp)));
  // tabulate G(u/√K) e^{−u² v'/2} until the bound (2r)^K e^{−u² v'/2} is negligible
  let n = 0;
  const sk = Math.sqrt(K);
  for (let j = 1; ; j++) {
    const u = j * h;
    const t = u / sk;
    const env = Math.exp(-0.5 * u * u * vp);
    const A = 0.5 * Math.exp(-0.5 * t * t);
    const B = dawson(t / Math.SQRT2) * INV_SQRT_PI;
    if (Math.pow(2 * Math.hypot(A, B), K) * env < TAIL || j > 200000) break;
    if (n >= gu.length) { const g2 = new Float64Array(Math.max(256, 2 * gu.length)); g2.set(gu); gu = g2; }
    gu[n++] = majorityTransform(K, t) * env * h;
  }
  let psi = 0;
  let fisher = 0;
  let stab = 0;
  let eyy = 0;
  for (let i = 0; i < MU_NODES.x.length; i++) {
    const xi = 0.5 * X_MAX * (MU_NODES.x[i] + 1);
    const wt = X_MAX * MU_NODES.w[i] * phi(xi);
    const mu = Math.sqrt(a) * xi;
    const mp = xi / Math.sqrt(a); // μ' = μ/q_a
    // A = Σ g sin(uμ'), B = Σ g u cos(uμ'), C = Σ g u² sin(uμ'), by rotation (no trig in the loop)
    const cd = Math.cos(h * mp);
    const sd = Math.sin(h * mp);
    let c = cd;
    let s = sd;
    let SA = 0;
    let SB = 0;
    let SC = 0;
    for (let j = 0; j < n; j++) {
      const u = (j + 1) * h;
      const g = gu[j];
      SA += g * s;
      SB += g * u * c;
      SC += g * u * u * s;
      const c2 = c * cd - s * sd;
      s = s * cd + c * sd;
      c = c2;
    }
    const pref = (SQRT_2_OVER_PI * Math.exp(0.5 * xi * xi)) / Math.sqrt(a);
    // Gaussian moments under N(μ', v'): E[s sin] = μ'A + v'B, E[s² sin] = μ'(μ'A + v'B) + v'(A + μ'B − v'C)
    const Es = mp * SA + vp * SB;
    const Es2 = mp * Es + vp * (SA + mp * SB - vp * SC);
    const P = Math.min(1, Math.max(0, 0.5 + pref * SA));
    const dP = (pref * (Es - mu * SA)) / v;
    const D2 = pref * ((Es2 - mu * Es) / v - SA);
    const pq = P * (1 - P);
    if (pq > PQ_MIN) {
      fisher += (wt * dP * dP) / pq;
      stab += (wt * D2 * D2) / pq;
    }
    if (P > 0 && P < 1) psi += wt * (P * Math.log(P) + (1 - P) * Math.log1p(-P));
    eyy += wt * (2 * P - 1) * (2 * P - 1);
  }
  out.psi = psi;
  out.fisher = fisher;
  out.stability = stab / ((K - 1) * (K - 1));
  out.eyy = eyy;
  return out;
}
