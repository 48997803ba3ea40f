/**
 * K = 3 channel averages off the plane (q_d > 0), converged as q → I (PHYSICS.md §2; Aubin et al. 2018,
 * arXiv:1806.05451, eqs. (9)-(10) in the committee-symmetric ansatz).
 *
 * Coordinates: ω = √q_d u + m 1, m = √(q_a/3) v, u ~ N(0, I_3), v ~ N(0, 1) (so ω ~ N(0, q)). With
 * h_c = ω_c/σ, σ² = 1 − q_d − q_a/3 and ρ = −(q_a/3)/σ² the noise correlation,
 *   P(+|ω) = Σ_{i<j} Φ₂(h_i, h_j; ρ) − 2Φ₃(h; ρ).
 * P changes from 0 to 1 across the planes ω_c = 0 within |ω_c| ~ σ: a boundary layer that Gauss-Hermite in
 * ω misses when σ → 0 (the old 3-D rule moved f by 1e-2 between 14 and 22 nodes at α = 12). For fixed v
 * these planes are u_c = t := −m/√q_d, the same for the three axes, so every u axis gets one rule graded
 * at t: h = (u − t)/w, w = σ/√q_d (the layer width in u), graded nodes in h on each side of t (axisGrid).
 * The integrand is analytic in y in a strip of width O(1), so the rule converges exponentially. The
 * average over u at fixed v is a Gaussian smoothing on the scale √(1 − q_a/3)/√(q_a/3) ≥ √2 in v, so
 * Gauss-Hermite in v converges fast.
 * Symmetries: the integrand is symmetric in (u_1, u_2, u_3) (sum over i ≤ j ≤ k with multiplicities) and
 * even under (u, v) → −(u, v) (v > 0 only).
 * P by one Plackett integral (Plackett 1954, Biometrika 41, 351) over the equicorrelation r ∈ [ρ, 0]:
 *   P = Σ_{i<j} Φ_iΦ_j − 2Φ_1Φ_2Φ_3 + ∫_0^ρ Σ_{i<j} φ₂(h_i, h_j; r)[1 − 2Φ((h_k − g(h_i + h_j))/c)] dr,
 * g = r/(1 + r), c² = (1 − r)(1 + 2r)/(1 + r) (d/dr of each Φ₂ and of Φ₃ along the equicorrelated path).
 * ∂P/∂h_c = φ(h_c) P(the other two disagree | z_c = 0) = φ(h_c)[Φ(a) + Φ(b) − 2Φ₂(a, b; ρ/(1 + ρ))],
 * a = (h_j − ρh_c)/√(1 − ρ²).
 */
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { bivariateCorrelationPart, prepareBivariate } from '../numerics/bivariateDW.ts';
import { bivariateNormal } from '../numerics/owensT.ts';
import { H, phi } from '../numerics/special.ts';
import type { ChannelAverages } from './signChannel.ts';

export interface Committee3Nodes {
  /** Gauss-Hermite order in v (even; v > 0 half used) */
  v: number;
  /** Gauss-Legendre nodes per side of t on each u axis (graded, axisGrid) */
  side: number;
  /** Gauss-Legendre nodes of the Plackett integral over r ∈ [ρ, 0] */
  plackett: number;
}

/** Converged to ≲ 1e-9 in Ψ and 1e-8 in M̄ on the K = 3 specialised branch (committee3.test.ts). */
export const COMMITTEE3_NODES: Readonly<Committee3Nodes> = { v: 6, side: 16, plackett: 16 };

/** |u| beyond which the N(0, 1) mass is < 1e-17. */
const U_MAX = 8.6;
/** |h| beyond which Φ(−|h|) < 1e-19: two such same-sign units fix the majority, P ∈ {0, 1}, ∇P = 0. */
const H_SAT = 9;
const PQ_MIN = 1e-12;

/** Running sums of the K = 3 channel averages over the (v, u) grid, shared by both quadratures of it. */
export interface TripleSums {
  psi: number;
  m11: number;
  m12: number;
  eyy: number;
}

/**
 * Add one sorted triple of the grid with weight W: P = P(Y = +1 | ω) = p and its gradient g in ω, to
 * Ψ_out = E Σ_y P ln P, the mean diagonal / off-diagonal of E[∇P∇Pᵀ/(P(1 − P))], and E[YY′] = E(2P − 1)².
 */
export function addTriple(s: TripleSums, W: number, p: number, g1: number, g2: number, g3: number): void {
  const pq = p * (1 - p);
  // below PQ_MIN the Fisher term g²/(p(1 − p)) is round-off; its true value (∝ p·h²) is negligible
  if (pq > PQ_MIN) {
    s.m11 += (W * (g1 * g1 + g2 * g2 + g3 * g3)) / (3 * pq);
    s.m12 += (W * (g1 * g2 + g1 * g3 + g2 * g3)) / (3 * pq);
  }
  if (p > 0) s.psi += W * p * Math.log(p);
  if (p < 1) s.psi += W * (1 - p) * Math.log1p(-p);
  s.eyy += W * (2 * p - 1) * (2 * p - 1);
}
/** h standing for a lumped saturated zone (any |h| ≥ H_SAT gives the same P to 1e-19). */
const H_LUMP = 40;
const INV_2PI = 1 / (2 * Math.PI);

/**
 * Node grading h = c·sinh(y), Gauss-Legendre in y: clusters nodes in the layer |h| ≲ c and thins them in the
 * Gaussian tail (c = 3 cuts the M̄ error 3x against linear nodes at equal count).
 */
const GRADE = 3;

/** One u axis at fixed v (reused buffers): h nodes, weights (incl. φ(u)), saturation −1/0/+1 of lumped nodes. */
export const AXIS = { hx: new Float64Array(0), wx: new Float64Array(0), sat: new Int8Array(0) };

/**
 * Fill AXIS for the decision plane at u = t with layer width w; returns the node count (≤ 2·side + 2).
 * A lumped node for h < −H_SAT (P does not depend on that unit), Gauss-Legendre on [−H_SAT, 0] and
 * [0, H_SAT] (clipped to |u| ≤ U_MAX), a lumped node for h > H_SAT.
 */
export function axisGrid(t: number, w: number, side: number): number {
  if (AXIS.hx.length < 2 * side + 2) {
    AXIS.hx = new Float64Array(2 * side + 2);
    AXIS.wx = new Float64Array(2 * side + 2);
    AXIS.sat = new Int8Array(2 * side + 2);
  }
  const { hx, wx, sat } = AXIS;
  const gl = gaussLegendre(side);
  const hlo = Math.max(-H_SAT, (-U_MAX - t) / w);
  const hhi = Math.min(H_SAT, (U_MAX - t) / w);
  let n = 0;
  if (hlo === -H_SAT) { hx[n] = -H_LUMP; wx[n] = 1 - H(t - H_SAT * w); sat[n] = -1; n++; }
  for (let s = 0; s < 2; s++) {
    const a = s === 0 ? hlo : 0;
    const b = s === 0 ? 0 : hhi;
    const ya = Math.asinh(a / GRADE);
    const yb = Math.asinh(b / GRADE);
    for (let i = 0; i < side; i++) {
      const y = 0.5 * (ya + yb) + 0.5 * (yb - ya) * gl.x[i];
      const h = GRADE * Math.sinh(y);
      wx[n] = 0.5 * (yb - ya) * gl.w[i] * GRADE * Math.cosh(y) * w * phi(t + w * h);
      hx[n] = h;
      sat[n] = 0;
      n++;
    }
  }
  if (hhi === H_SAT) { hx[n] = H_LUMP; wx[n] = H(t + H_SAT * w); sat[n] = 1; n++; }
  return n;
}

let Px = new Float64Array(0);
let fx = new Float64Array(0);

/** Plackett nodes for one ρ: r_i, weights ρ/2·w_i/(2π√(1 − r²)), 1/(2(1 − r²)), g = r/(1 + r), 1/c. */
interface PreparedPlackett { r: Float64Array; w: Float64Array; half: Float64Array; g: Float64Array; ic: Float64Array }

function preparePlackett(rho: number, n: number): PreparedPlackett {
  const gl = gaussLegendre(n);
  const p = { r: new Float64Array(n), w: new Float64Array(n), half: new Float64Array(n), g: new Float64Array(n), ic: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const r = 0.5 * rho * (gl.x[i] + 1);
    const s2 = 1 - r * r;
    p.r[i] = r;
    p.w[i] = (0.5 * rho * gl.w[i] * INV_2PI) / Math.sqrt(s2);
    p.half[i] = 0.5 / s2;
    p.g[i] = r / (1 + r);
    p.ic[i] = Math.sqrt((1 + r) / ((1 - r) * (1 + 2 * r)));
  }
  return p;
}

/** ∫_0^ρ Σ_{i<j} φ₂(h_i, h_j; r)(1 − 2Φ(cond_k)) dr (the correlation part of P). */
function plackettPart(pp: PreparedPlackett, h1: number, h2: number, h3: number): number {
  const { r, w, half, g, ic } = pp;
  const s11 = h1 * h1;
  const s22 = h2 * h2;
  const s33 = h3 * h3;
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = r[i];
    const hi = half[i];
    const gi = g[i];
    const ci = ic[i];
    // 1 − 2Φ(x) = 2H(x) − 1
    s += w[i] * (
      Math.exp(-(s11 + s22 - 2 * ri * h1 * h2) * hi) * (2 * H((h3 - gi * (h1 + h2)) * ci) - 1) +
      Math.exp(-(s11 + s33 - 2 * ri * h1 * h3) * hi) * (2 * H((h2 - gi * (h1 + h3)) * ci) - 1) +
      Math.exp(-(s22 + s33 - 2 * ri * h2 * h3) * hi) * (2 * H((h1 - gi * (h2 + h3)) * ci) - 1));
  }
  return s;
}

/**
 * K = 3 channel averages at (q_d > 0, q_a ≥ 0) into `out` (Ψ, M̄11, M̄12, E[YY'] as in signChannel.ts).
 * `nodes` is for convergence studies; the default is the production rule.
 */
export function committee3Averages(qd: number, qa: number, out: ChannelAverages, nodes: Readonly<Committee3Nodes> = COMMITTEE3_NODES): ChannelAverages {
  const sig2 = 1 - qd - qa / 3;
  const sig = Math.sqrt(sig2);
  const rho = -qa / 3 / sig2;
  const srho = Math.sqrt(1 - rho * rho);
  const rc = rho / (1 + rho);
  const dw = prepareBivariate(rc);
  const pl = preparePlackett(rho, nodes.plackett);
  const sqd = Math.sqrt(qd);
  const w = sig / sqd;
  const gv = gaussHermite(nodes.v);
  const sums: TripleSums = { psi: 0, m11: 0, m12: 0, eyy: 0 };
  for (let iv = nodes.v >> 1; iv < nodes.v; iv++) {
    const m = Math.sqrt(qa / 3) * gv.x[iv];
    const t = -m / sqd;
    const wv = 2 * gv.w[iv];
    const n = axisGrid(t, w, nodes.side);
    const { hx, wx, sat } = AXIS;
    if (Px.length < n) { Px = new Float64Array(n); fx = new Float64Array(n); }
    for (let i = 0; i < n; i++) {
      Px[i] = sat[i] === 0 ? 1 - H(hx[i]) : sat[i] > 0 ? 1 : 0;
      fx[i] = sat[i] === 0 ? phi(hx[i]) : 0;
    }
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        for (let k = j; k < n; k++) {
          const mult = i === k ? 1 : i === j || j === k ? 3 : 6;
          const W = mult * wv * wx[i] * wx[j] * wx[k];
          const h1 = hx[i];
          const h2 = hx[j];
          const h3 = hx[k];
          // nodes are sorted in h: two saturated same-sign units fix the output
          if (h2 >= H_SAT || h2 <= -H_SAT) { sums.eyy += W; continue; }
          const P1 = Px[i];
          const P2 = Px[j];
          const P3 = Px[k];
          const p = Math.min(1, Math.max(0,
            P1 * P2 + P1 * P3 + P2 * P3 - 2 * P1 * P2 * P3 + plackettPart(pl, h1, h2, h3)));
          const g1 = fx[i] * disagree(h2, h3, h1, rho, srho, rc, dw);
          const g2 = fx[j] * disagree(h1, h3, h2, rho, srho, rc, dw);
          const g3 = fx[k] * disagree(h1, h2, h3, rho, srho, rc, dw);
          addTriple(sums, W, p, g1, g2, g3);
        }
      }
    }
  }
  out.psi = sums.psi;
  out.m11 = sums.m11 / sig2;
  out.m12 = sums.m12 / sig2;
  out.eyy = sums.eyy;
  return out;
}

/** P(z_a > 0 xor z_b > 0 | z_c = 0) for the two units (a, b) at h_a, h_b given unit c at h_c. */
function disagree(ha: number, hb: number, hc: number, rho: number, s: number, rc: number, dw: ReturnType<typeof prepareBivariate>): number {
  const a = (ha - rho * hc) / s;
  const b = (hb - rho * hc) / s;
  const Pa = 1 - H(a);
  const Pb = 1 - H(b);
  const both = dw ? Pa * Pb + bivariateCorrelationPart(dw, a, b) : bivariateNormal(a, b, rc);
  return Pa + Pb - 2 * both;
}
