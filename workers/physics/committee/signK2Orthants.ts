/**
 * K = 2 sign committee channel, Y = (s1 + s2)/2 ∈ {−1, 0, 1}, in the ansatz q = q_d I + (q_a/2) 11ᵀ
 * (Aubin et al. 2018, arXiv:1806.05451, eqs. (5)-(8); PHYSICS.md §2). Given ω, z ~ N(ω, I − q) has
 * variance σ² = 1 − q_d − q_a/2 per unit and correlation ρ = −(q_a/2)/σ², so with h_c = ω_c/σ the
 * P(y|ω) are bivariate normal orthants (Drezner-Wesolowsky, Owen's T for |ρ| ≥ 0.925).
 *
 * Two ω rules, because the integrand has two different hard regimes:
 * - near the transition q_d → 0 the ω density is a ridge along ω1 = ω2 (width √q_d) while P is smooth
 *   (σ² ≥ 0.4): Gauss-Hermite in the eigen-directions e± = (1, ±1)/√2 of q;
 * - as q → I (large α) σ → 0 and P(y|ω) jumps across the boundary layers |ω_c| ≲ σ, which no fixed
 *   Gauss-Hermite grid resolves (it produced spurious fixed points at q_d = 1 above α ≈ 10): Gauss-Legendre
 *   on the square |ω_c| ≤ LAYER·σ, plus the four strips where one unit is decided (|h| > LAYER: P(z_c < 0)
 *   < 1e-15), whose integrand depends on the other unit only, so the decided coordinate integrates in closed
 *   form (conditional Gaussian tail). Where both units are decided P ∈ {0, 1}: no contribution to Ψ or M.
 * E[YY'] has the closed form (1/π)(arcsin(q_d + q_a/2) + arcsin(q_a/2)) (PHYSICS.md §2), used by the layer rule.
 */
import { bivariateCorrelationPart, prepareBivariate, type PreparedBivariate } from '../numerics/bivariateDW.ts';
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { bivariateNormal } from '../numerics/owensT.ts';
import { H, phi } from '../numerics/special.ts';
import type { ChannelAverages } from './averages.ts';

/** Gauss-Hermite nodes per e± direction (ridge rule). */
const GH_NODES = 32;
/**
 * q_d from which the boundary-layer rule is used. Self-convergence (32 vs 120 GH nodes, 48 vs 100 GL nodes):
 * the ridge rule is good to ~1e-9 for q_d ≤ 0.2 (σ² ≥ 0.4) but only 1e-5 at q_d = 0.5 and O(1) at 0.98;
 * the layer rule is good to ~2e-8 at q_d = 0.2 and better above, but cannot resolve the ridge below 0.1.
 */
export const LAYER_QD = 0.2;
/** Half-width of the boundary layer in h = ω/σ: beyond it a unit is decided (H(8.5) = 1e-17). */
const LAYER = 8.5;
/** Gauss-Legendre nodes per axis across the layer square. */
const LAYER_NODES = 48;
/** h standing for a decided unit (H and φ underflow to 0). */
const DECIDED = 40;

/** E[YY'] for K = 2 at overlap q (PHYSICS.md §2). */
export function signK2Eyy(qd: number, qa: number): number {
  return (Math.asin(qd + qa / 2) + Math.asin(qa / 2)) / Math.PI;
}

/** Per-node integrand at (h1, h2): Σ_y P ln P, ½Σ_y |∇_h P|²/P (mean diagonal), Σ_y ∂1P ∂2P/P, (P₊ − P₋)². */
interface NodeTerms { psi: number; m11: number; m12: number; eyy: number }

function nodeTerms(h1: number, h2: number, rho: number, s: number, dw: PreparedBivariate | null, t: NodeTerms): void {
  const H1 = H(h1);
  const H2 = H(h2);
  let pp: number;
  let pm: number;
  if (dw) {
    // P(z > 0 | ω) = Φ₂(h1, h2) = Φ(h1)Φ(h2) + S, P(z < 0 | ω) = H(h1)H(h2) + S
    const S = bivariateCorrelationPart(dw, h1, h2);
    pp = Math.max(0, (1 - H1) * (1 - H2) + S);
    pm = Math.max(0, H1 * H2 + S);
  } else {
    pp = bivariateNormal(h1, h2, rho);
    pm = bivariateNormal(-h1, -h2, rho);
  }
  const p0 = Math.max(0, 1 - pp - pm);
  const Hc12 = H((h2 - rho * h1) / s);
  const Hc21 = H((h1 - rho * h2) / s);
  const f1 = phi(h1);
  const f2 = phi(h2);
  const dp1 = f1 * (1 - Hc12);
  const dm1 = -f1 * Hc12;
  const dp2 = f2 * (1 - Hc21);
  const dm2 = -f2 * Hc21;
  const d01 = -dp1 - dm1;
  const d02 = -dp2 - dm2;
  let t11 = 0;
  let t12 = 0;
  let tpsi = 0;
  if (pp > 1e-300) { t11 += (dp1 * dp1 + dp2 * dp2) / pp; t12 += (dp1 * dp2) / pp; tpsi += pp * Math.log(pp); }
  if (pm > 1e-300) { t11 += (dm1 * dm1 + dm2 * dm2) / pm; t12 += (dm1 * dm2) / pm; tpsi += pm * Math.log(pm); }
  if (p0 > 1e-300) { t11 += (d01 * d01 + d02 * d02) / p0; t12 += (d01 * d02) / p0; tpsi += p0 * Math.log(p0); }
  t.psi = tpsi;
  t.m11 = 0.5 * t11;
  t.m12 = t12;
  t.eyy = (pp - pm) * (pp - pm);
}

const terms: NodeTerms = { psi: 0, m11: 0, m12: 0, eyy: 0 };

/**
 * Ridge rule: ω = a x e₊·√2 + b y e₋·√2 with a² = (q_d + q_a)/2, b² = q_d/2; the integrand is even under
 * (x, y) → −(x, y) and under y → −y (ω1 ↔ ω2), so only the quadrant x, y > 0 is summed (q_d = 0: y ≡ 0).
 */
function ridgeRule(qd: number, qa: number, sig2: number, rho: number, out: ChannelAverages): void {
  const { x, w } = gaussHermite(GH_NODES);
  const n = x.length;
  const a = Math.sqrt(qd + qa) / Math.SQRT2;
  const b = Math.sqrt(qd) / Math.SQRT2;
  const sig = Math.sqrt(sig2);
  const s = Math.sqrt(1 - rho * rho);
  const dw = prepareBivariate(rho);
  const ny = qd === 0 ? 1 : n;
  let psi = 0;
  let m11 = 0;
  let m12 = 0;
  let eyy = 0;
  for (let i = n >> 1; i < n; i++) {
    for (let j = qd === 0 ? 0 : n >> 1; j < ny; j++) {
      const wt = qd === 0 ? 2 * w[i] : 4 * w[i] * w[j];
      const yj = qd === 0 ? 0 : x[j];
      nodeTerms((a * x[i] + b * yj) / sig, (a * x[i] - b * yj) / sig, rho, s, dw, terms);
      psi += wt * terms.psi;
      m11 += wt * terms.m11;
      m12 += wt * terms.m12;
      eyy += wt * terms.eyy;
    }
  }
  out.psi = psi;
  out.m11 = m11 / sig2;
  out.m12 = m12 / sig2;
  out.eyy = eyy;
}

/**
 * Boundary-layer rule (σ small): ω ~ N(0, [[q11, q12], [q12, q11]]), q11 = q_d + q_a/2, q12 = q_a/2.
 * Square |ω_c| ≤ c = LAYER·σ by a Gauss-Legendre product (symmetric under ω ↔ −ω and ω1 ↔ ω2: one quarter
 * summed); strips |ω2| > c, |ω1| ≤ c (four, equal by the same symmetries): P depends on h1 only, and
 * ∫_{ω2 > c} N(ω) dω2 = N(ω1; q11)·H((c − (q12/q11)ω1)/s_c), s_c² = q11 − q12²/q11.
 */
function layerRule(qd: number, qa: number, sig2: number, rho: number, out: ChannelAverages): void {
  const { x, w } = gaussLegendre(LAYER_NODES);
  const n = x.length;
  const sig = Math.sqrt(sig2);
  const s = Math.sqrt(1 - rho * rho);
  const dw = prepareBivariate(rho);
  const q11 = qd + qa / 2;
  const q12 = qa / 2;
  const det = q11 * q11 - q12 * q12;
  const c = LAYER * sig;
  // N2(ω; q) = exp(−(q11 ω1² − 2 q12 ω1ω2 + q11 ω2²)/(2 det))/(2π√det); c² from the node scaling
  const norm = (c * c) / (2 * Math.PI * Math.sqrt(det));
  let psi = 0;
  let m11 = 0;
  let m12 = 0;
  for (let i = 0; i < n; i++) {
    const w1 = c * x[i];
    for (let j = n - 1 - i; j <= i; j++) {
      const w2 = c * x[j];
      const mult = (j < i ? 2 : 1) * (i + j > n - 1 ? 2 : 1);
      const wt = mult * w[i] * w[j] * norm * Math.exp(-(q11 * (w1 * w1 + w2 * w2) - 2 * q12 * w1 * w2) / (2 * det));
      nodeTerms(w1 / sig, w2 / sig, rho, s, dw, terms);
      psi += wt * terms.psi;
      m11 += wt * terms.m11;
      m12 += wt * terms.m12;
    }
  }
  const slope = q12 / q11;
  const sc = Math.sqrt(det / q11);
  const sd1 = Math.sqrt(q11);
  for (let i = 0; i < n; i++) {
    const w1 = c * x[i];
    const wt = 4 * c * w[i] * (phi(w1 / sd1) / sd1) * H((c - slope * w1) / sc);
    nodeTerms(w1 / sig, DECIDED, rho, s, dw, terms);
    psi += wt * terms.psi;
    m11 += wt * terms.m11;
    m12 += wt * terms.m12;
  }
  out.psi = psi;
  out.m11 = m11 / sig2;
  out.m12 = m12 / sig2;
  out.eyy = signK2Eyy(qd, qa);
}

/** Channel averages for K = 2 at (q_d, q_a) (q ⪰ 0, σ² > 0): the ridge rule near the plane, the layer rule from q_d = LAYER_QD. */
export function signK2Averages(qd: number, qa: number, out: ChannelAverages, forceRule?: 'ridge' | 'layer'): ChannelAverages {
  const sig2 = 1 - qd - qa / 2;
  const rho = -qa / 2 / sig2;
  const layer = forceRule ? forceRule === 'layer' : qd >= LAYER_QD;
  if (layer) layerRule(qd, qa, sig2, rho, out);
  else ridgeRule(qd, qa, sig2, rho, out);
  return out;
}
