/**
 * Output-channel averages of the sign committee machine Y = sign(Σ_k sign(z_k)) for K = 1, 2, 3
 * under the committee-symmetric ansatz q = q_d I + (q_a/K) 11ᵀ (Aubin et al. 2018, arXiv:1806.05451,
 * eqs. (5)-(8) and App. on the symmetric ansatz).
 *
 * With ω ~ N(0, q) and z | ω ~ N(ω, I − q):
 *   psi = Ψ_out = E_ω Σ_y P(y|ω) ln P(y|ω)
 *   m11, m12 = mean diagonal / off-diagonal entry of E_ω Σ_y ∇P ∇Pᵀ / P   (r = α·that matrix)
 *   eyy = E[Y Y'] = E_ω (E[Y|ω])²  (teacher and an independent posterior sample share ω)
 * P(y|ω) are orthant probabilities of z: closed form for K = 1, Owen's T for K = 2 (bivariate); K = 3 off
 * the plane in committee3Shift.ts (majority polynomial of per-unit cdfs under an imaginary common shift,
 * checked against the Plackett trivariate form of committee3.ts), any odd K on the plane in oddPlane.ts.
 */
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { bivariateCorrelationPart, prepareBivariate } from '../numerics/bivariateDW.ts';
import { bivariateNormal } from '../numerics/owensT.ts';
import { H, logH, millsPhi, phi } from '../numerics/special.ts';
import { committee3ShiftAverages } from './committee3Shift.ts';
import { planeAverages } from './oddPlane.ts';

export interface ChannelAverages {
  psi: number;
  m11: number;
  m12: number;
  eyy: number;
}

export const newAverages = (): ChannelAverages => ({ psi: 0, m11: 0, m12: 0, eyy: 0 });

/** Quadrature orders (nodes per ω direction); chosen so q and f are converged to ~1e-7 for α ≤ 10. */
export const NODES: Readonly<Record<1 | 2, number>> = { 1: 64, 2: 32 };

/**
 * K = 1 (sign perceptron, Gaussian prior), q = q_d + q_a. The integrands carry a factor φ(h), so
 * E_{h~N(0,k²)}[φ(h) v(h)] = (2π(1+k²))^{-½} E_t[v(√q t)] keeps them bounded as q → 1
 * (PHYSICS.md §1, "accurate Gaussian averages as V → 0").
 */
function perceptron(q: number, out: ChannelAverages): void {
  const { x, w } = gaussHermite(NODES[1]);
  const V = 1 - q;
  const s = Math.sqrt(q);
  let psi = 0;
  let fisher = 0;
  for (let i = 0; i < x.length; i++) {
    const h = Math.abs(s * x[i]);
    const R = 1 / millsPhi(-h); // H(h)/φ(h)
    const Hh = H(h);
    const l1p = Hh < 1e-300 ? -1 : Math.log1p(-Hh) / Hh; // log Φ(h) / H(h)
    // [Φ ln Φ + H ln H](h) / φ(h)
    psi += w[i] * ((1 - Hh) * l1p * R + R * logH(h));
    fisher += w[i] * (millsPhi(h) + millsPhi(-h));
  }
  const norm = Math.sqrt(V / (2 * Math.PI)); // (2π(1+k²))^{-½}, 1 + k² = 1/V
  out.psi = norm * psi;
  out.m11 = (norm * fisher) / V; // G(q) = E[g_out²]
  out.m12 = 0;
  out.eyy = (2 / Math.PI) * Math.asin(q);
}

/**
 * K = 2, Y = (s1 + s2)/2 ∈ {−1, 0, 1}. ω = (a x e₊ + b y e₋) with e± = (1, ±1)/√2, a² = q_d + q_a,
 * b² = q_d; the integrand is even under (x, y) → −(x, y) and under y → −y (ω1 ↔ ω2), so only the
 * quadrant x, y > 0 is summed.
 */
function committee2(qd: number, qa: number, out: ChannelAverages): void {
  const { x, w } = gaussHermite(NODES[2]);
  const n = x.length;
  const a = Math.sqrt(qd + qa) / Math.SQRT2;
  const b = Math.sqrt(qd) / Math.SQRT2;
  const sig2 = 1 - qd - qa / 2;
  const sig = Math.sqrt(sig2);
  const rho = -qa / 2 / sig2;
  const s = Math.sqrt(1 - rho * rho);
  // ρ is the same at every node: the arcsine-rule nodes are computed once (null: Owen's T, |ρ| ≥ 0.925)
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
      const h1 = (a * x[i] + b * yj) / sig;
      const h2 = (a * x[i] - b * yj) / sig;
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
      psi += wt * tpsi;
      m11 += wt * 0.5 * t11;
      m12 += wt * t12;
      eyy += wt * (pp - pm) * (pp - pm);
    }
  }
  out.psi = psi;
  out.m11 = m11 / sig2;
  out.m12 = m12 / sig2;
  out.eyy = eyy;
}

const plane = { psi: 0, fisher: 0, stability: 0, eyy: 0 };

/**
 * Fill `out` with the channel averages at (q_d, q_a): K = 1, 2, 3 anywhere, any odd K on the plane q_d = 0
 * (oddPlane.ts; there ∇P ∝ 1, so M̄11 = M̄12 and r_a = αK M̄12 = α·fisher).
 */
export function signCommitteeAverages(K: number, qd: number, qa: number, out: ChannelAverages): ChannelAverages {
  if (K === 1) perceptron(qd + qa, out);
  else if (qd === 0 && K % 2 === 1 && qa === 0) {
    // q = 0: ω = 0, P = ½, ∂_c P = φ(0)·P(the other K − 1 units tie) = φ(0)·C(K−1, (K−1)/2)/2^{K−1}
    let tie = 1;
    for (let j = 1; j <= (K - 1) / 2; j++) tie *= ((K - 1) / 2 + j) / j / 4;
    const g = phi(0) * tie;
    out.psi = -Math.LN2;
    out.m11 = 4 * g * g;
    out.m12 = 4 * g * g;
    out.eyy = 0;
  }
  else if (qd === 0 && K % 2 === 1) {
    planeAverages(K, qa, plane);
    out.psi = plane.psi;
    out.m11 = plane.fisher / K;
    out.m12 = plane.fisher / K;
    out.eyy = plane.eyy;
  }
  else if (K === 2) committee2(qd, qa, out);
  else if (K === 3) committee3ShiftAverages(qd, qa, out);
  else throw new RangeError(`exact committee channel only for K = 1, 2, 3 (got ${K})`);
  return out;
}
