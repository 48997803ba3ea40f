/**
 * Production K = 3 channel averages off the plane: the (v, u) quadrature of signK3Grid.ts, with P(+|ω) and
 * ∇P from a common imaginary shift instead of Plackett's integral (signK3Plackett.reference.ts, tests only) (PHYSICS.md §2; Aubin et al. 2018,
 * arXiv:1806.05451, eqs. (9)-(10) in the committee-symmetric ansatz).
 *
 * The noise z − ω ~ N(0, I − q) has covariance σ0² I − κ² 11ᵀ, σ0² = 1 − q_d, κ² = q_a/3: negatively
 * equicorrelated. For a positive common variance s, z = ω + σ0 ξ + √s η 1 (ξ, η iid N(0, 1)) makes the units
 * independent given η, so with p_c = Φ((ω_c + √s η)/σ0) and the majority polynomial F = e2 − 2e3,
 *   P(+|ω) = E_η F(p_1, p_2, p_3).
 * Both sides are analytic in s (even in √s), so s = −κ² gives the real answer with √s η → iκη:
 *   P(+|ω) = Re E_η F(Φ(ζ_1), Φ(ζ_2), Φ(ζ_3)),  ζ_c = (ω_c + iκη)/σ0,   ∂P/∂ω_c = Re E_η ∂_cF · φ(ζ_c)/σ0.
 * |Φ(ζ)| grows like e^{κ²η²/2σ0²} where Re ζ ≈ 0, so the η integrand decays like e^{−(1 − q_a/(1 − q_d))η²/2}:
 * the representation holds while q_a < 1 − q_d (σ² > 0) and is well conditioned for q_a/(1 − q_d) ≲ 0.8
 * (the specialised branch has ≈ 0.6-0.7; signK3Shift.test.ts checks it against the Plackett form).
 * F is a sum of products of per-axis values, so all special functions are evaluated once per (axis node, η
 * node); a sorted triple (i ≤ j ≤ k) then costs four complex dot products over the η nodes, using the pair
 * vectors W_e p_i p_j, W_e φ_i p_j, W_e p_i φ_j built once per (i, j). By η → −η (complex conjugate) only
 * η > 0 is summed, with doubled weights.
 */
import { complexNormal } from '../numerics/faddeeva.ts';
import { gaussHermite } from '../numerics/gaussHermite.ts';
import type { ChannelAverages } from './averages.ts';
import { addTriple, AXIS, axisGrid, type K3GridNodes, type TripleSums } from './signK3Grid.ts';

export interface ShiftNodes extends K3GridNodes {
  /** Gauss-Hermite order in η (even; the η > 0 half is used) */
  eta: number;
}

/**
 * Production rule: η = 24 reproduces the Plackett form to ~1e-12 for q_a/(1 − q_d) ≤ 0.8 (1e-9 at 0.88); side = 14 puts
 * α·Ψ within ~1e-6 and M̄ within ~3e-5 (relative) of side = 40 on the specialised branch (signK3Shift.test.ts).
 */
export const SHIFT_NODES: Readonly<ShiftNodes> = { v: 6, side: 14, eta: 24 };

/**
 * Triples of total weight below W_MIN are skipped: each integrand (p ln p, (2p − 1)², g²/(p(1 − p)) ≲ h²)
 * is O(1)-O(100), so the ≲ 2·10⁴ skipped triples change the averages by < 1e-9.
 */
const W_MIN = 1e-15;

// per-(axis node, η node) values, complex interleaved [re, im]; pair vectors for the current (i, j)
let capA = 0;
let pv = new Float64Array(0);
let dv = new Float64Array(0);
let pair2 = new Float64Array(0);
let pairD = new Float64Array(0);
let capE = 0;
let Q = new Float64Array(0);
let A = new Float64Array(0);
let B = new Float64Array(0);
const cn = { cdfRe: 0, cdfIm: 0, pdfRe: 0, pdfIm: 0 };

function ensure(n: number, m: number): void {
  if (n * m > capA || n * n > pair2.length) {
    capA = n * m;
    pv = new Float64Array(2 * n * m);
    dv = new Float64Array(2 * n * m);
    pair2 = new Float64Array(n * n);
    pairD = new Float64Array(n * n);
  }
  if (m > capE) {
    capE = m;
    Q = new Float64Array(2 * m);
    A = new Float64Array(2 * m);
    B = new Float64Array(2 * m);
  }
}

/** K = 3 channel averages at (q_d > 0, q_a ≥ 0) into `out` (Ψ, M̄11, M̄12, E[YY'] as in averages.ts). */
export function signK3Averages(qd: number, qa: number, out: ChannelAverages, nodes: Readonly<ShiftNodes> = SHIFT_NODES): ChannelAverages {
  const sig2 = 1 - qd - qa / 3;
  const sig = Math.sqrt(sig2);
  const s0 = Math.sqrt(1 - qd);
  const kap = Math.sqrt(qa / 3);
  const sqd = Math.sqrt(qd);
  const w = sig / sqd;
  const gv = gaussHermite(nodes.v);
  const ge = gaussHermite(nodes.eta);
  const m = nodes.eta >> 1;
  const e0 = nodes.eta - m;
  ensure(2 * nodes.side + 2, m);
  const sums: TripleSums = { psi: 0, m11: 0, m12: 0, eyy: 0 };
  for (let iv = nodes.v >> 1; iv < nodes.v; iv++) {
    const mv = kap * gv.x[iv];
    const t = -mv / sqd;
    const wv = 2 * gv.w[iv];
    const n = axisGrid(t, w, nodes.side);
    const { hx, wx, sat } = AXIS;
    // per-axis complex values p = Φ(ζ), d = φ(ζ)/σ0 (ω = σh is the unit's mean field); lumped nodes exact 0/1
    for (let i = 0; i < n; i++) {
      const om = sig * hx[i];
      for (let e = 0; e < m; e++) {
        const o = 2 * (i * m + e);
        if (sat[i] !== 0) {
          pv[o] = sat[i] > 0 ? 1 : 0;
          pv[o + 1] = 0;
          dv[o] = 0;
          dv[o + 1] = 0;
          continue;
        }
        complexNormal(om / s0, (kap * ge.x[e0 + e]) / s0, cn);
        pv[o] = cn.cdfRe;
        pv[o + 1] = cn.cdfIm;
        dv[o] = cn.pdfRe / s0;
        dv[o + 1] = cn.pdfIm / s0;
      }
    }
    // pair sums T2 = Re Σ W p_i p_j, D = Re Σ W d_i p_j
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let t2 = 0;
        let td = 0;
        for (let e = 0; e < m; e++) {
          const we = 2 * ge.w[e0 + e];
          const a = 2 * (i * m + e);
          const b = 2 * (j * m + e);
          t2 += we * (pv[a] * pv[b] - pv[a + 1] * pv[b + 1]);
          td += we * (dv[a] * pv[b] - dv[a + 1] * pv[b + 1]);
        }
        pair2[i * n + j] = t2;
        pairD[i * n + j] = td;
      }
    }
    let wmax = 0;
    for (let i = 0; i < n; i++) wmax = Math.max(wmax, wx[i]);
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        if (6 * wv * wx[i] * wx[j] * wmax < W_MIN) continue;
        for (let e = 0; e < m; e++) {
          const we = 2 * ge.w[e0 + e];
          const a = 2 * (i * m + e);
          const b = 2 * (j * m + e);
          const pr = pv[a], pi = pv[a + 1], qr = pv[b], qi = pv[b + 1];
          Q[2 * e] = we * (pr * qr - pi * qi);
          Q[2 * e + 1] = we * (pr * qi + pi * qr);
          A[2 * e] = we * (dv[a] * qr - dv[a + 1] * qi);
          A[2 * e + 1] = we * (dv[a] * qi + dv[a + 1] * qr);
          B[2 * e] = we * (pr * dv[b] - pi * dv[b + 1]);
          B[2 * e + 1] = we * (pr * dv[b + 1] + pi * dv[b]);
        }
        const Tij = pair2[i * n + j];
        const Dij = pairD[i * n + j];
        const Dji = pairD[j * n + i];
        for (let k = j; k < n; k++) {
          const mult = i === k ? 1 : i === j || j === k ? 3 : 6;
          const W = mult * wv * wx[i] * wx[j] * wx[k];
          if (W < W_MIN) continue;
          // nodes are sorted in h: two saturated same-sign units fix the output
          if (sat[j] !== 0) { sums.eyy += W; continue; }
          let e3 = 0;
          let ek = 0;
          let ei = 0;
          let ej = 0;
          const base = 2 * k * m;
          for (let e = 0; e < 2 * m; e += 2) {
            const pr = pv[base + e], pi = pv[base + e + 1];
            e3 += Q[e] * pr - Q[e + 1] * pi;
            ek += Q[e] * dv[base + e] - Q[e + 1] * dv[base + e + 1];
            ei += A[e] * pr - A[e + 1] * pi;
            ej += B[e] * pr - B[e + 1] * pi;
          }
          const p = Math.min(1, Math.max(0, Tij + pair2[i * n + k] + pair2[j * n + k] - 2 * e3));
          const g1 = Dij + pairD[i * n + k] - 2 * ei;
          const g2 = Dji + pairD[j * n + k] - 2 * ej;
          const g3 = pairD[k * n + i] + pairD[k * n + j] - 2 * ek;
          addTriple(sums, W, p, g1, g2, g3);
        }
      }
    }
  }
  out.psi = sums.psi;
  out.m11 = sums.m11;
  out.m12 = sums.m12;
  out.eyy = sums.eyy;
  return out;
}
