/**
 * REFERENCE (tests only): K = 3 channel averages off the plane (q_d > 0) with P(+|ω) by Plackett's integral, ~130 ms
 * an evaluation. Production uses signK3Shift.ts on the same grid (signK3Grid.ts); signK3Shift.test.ts checks that
 * the two agree to 1e-12. PHYSICS.md §2; Aubin et al. 2018, arXiv:1806.05451, eqs. (9)-(10) in the
 * committee-symmetric ansatz.
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
import type { ChannelAverages } from './averages.ts';
import { addTriple, AXIS, axisGrid, H_SAT, type K3GridNodes, type TripleSums } from './signK3Grid.ts';

export interface PlackettNodes extends K3GridNodes {
  /** Gauss-Legendre nodes of the Plackett integral over r ∈ [ρ, 0] */
  plackett: number;
}

/** Converged to ≲ 1e-9 in Ψ and 1e-8 in M̄ on the K = 3 specialised branch. */
export const PLACKETT_NODES: Readonly<PlackettNodes> = { v: 6, side: 16, plackett: 16 };

const INV_2PI = 1 / (2 * Math.PI);

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
 * K = 3 channel averages at (q_d > 0, q_a ≥ 0) into `out` (Ψ, M̄11, M̄12, E[YY'] as in averages.ts).
 * `nodes` is for convergence studies.
 */
export function signK3PlackettAverages(qd: number, qa: number, out: ChannelAverages, nodes: Readonly<PlackettNodes> = PLACKETT_NODES): ChannelAverages {
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
