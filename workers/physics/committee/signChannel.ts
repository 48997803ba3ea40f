/**
 * Output-channel averages of the sign committee machine Y = sign(Σ_k sign(z_k)) for K = 1, 2, 3
 * under the committee-symmetric ansatz q = q_d I + (q_a/K) 11ᵀ (Aubin et al. 2018, arXiv:1806.05451,
 * eqs. (5)-(8) and App. on the symmetric ansatz).
 *
 * With ω ~ N(0, q) and z | ω ~ N(ω, I − q):
 *   psi = Ψ_out = E_ω Σ_y P(y|ω) ln P(y|ω)
 *   m11, m12 = mean diagonal / off-diagonal entry of E_ω Σ_y ∇P ∇Pᵀ / P   (r = α·that matrix)
 *   eyy = E[Y Y'] = E_ω (E[Y|ω])²  (teacher and an independent posterior sample share ω)
 * P(y|ω) are orthant probabilities of z: closed form for K = 1, bivariate cdfs for K = 2 (signK2Orthants.ts); K = 3 off
 * the plane in signK3Shift.ts (majority polynomial of per-unit cdfs under an imaginary common shift,
 * checked in tests against the Plackett trivariate form of signK3Plackett.reference.ts), any odd K on the plane in
 * oddPlane.ts. The averages' type lives in averages.ts (the per-K modules import it, not this dispatcher).
 */
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { H, logH, millsPhi, phi } from '../numerics/special.ts';
import type { ChannelAverages } from './averages.ts';
import { signK2Averages } from './signK2Orthants.ts';
import { signK3Averages } from './signK3Shift.ts';
import { planeAverages } from './oddPlane.ts';

/** Gauss-Hermite nodes of the K = 1 rule (q and f converged to ~1e-10; K = 2: signK2Orthants.ts). */
const PERCEPTRON_NODES = 64;

/**
 * K = 1 (sign perceptron, Gaussian prior), q = q_d + q_a. The integrands carry a factor φ(h), so
 * E_{h~N(0,k²)}[φ(h) v(h)] = (2π(1+k²))^{-½} E_t[v(√q t)] keeps them bounded as q → 1
 * (PHYSICS.md §1, "accurate Gaussian averages as V → 0").
 */
function perceptron(q: number, out: ChannelAverages): void {
  const { x, w } = gaussHermite(PERCEPTRON_NODES);
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

const plane = { psi: 0, fisher: 0, stability: 0, eyy: 0 };

/**
 * Fill `out` with the channel averages at (q_d, q_a): K = 1, 2, 3 anywhere, any odd K on the plane q_d = 0
 * (oddPlane.ts; there ∇P ∝ 1, so M̄11 = M̄12 and r_a = αK M̄12 = α·fisher).
 */
export function signCommitteeAverages(K: number, qd0: number, qa0: number, out: ChannelAverages): ChannelAverages {
  // ω ~ N(0, q) needs q ⪰ 0 (eigenvalues q_d, ×(K−1), and q_d + q_a). Under Nishimori (Bayes-optimal SE)
  // q = E[ŵŵᵀ] always is; an overlap with the teacher measured at a random AMP start need not be (q_d + q_a < 0 gave
  // NaN). Project onto the cone: a negative eigenvalue carries no information, so it is set to 0.
  const qd = Math.max(0, qd0);
  const qa = Math.max(qa0, -qd);
  if (K === 1) perceptron(Math.max(0, qd0 + qa0), out);
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
  else if (K === 2) signK2Averages(qd, qa, out);
  else if (K === 3) {
    // the imaginary-shift rule writes the negative equicorrelation of I − q, i.e. q_a ≥ 0: the K = 3 fixed points
    // have it, but a transient (informed start, Newton trial) may dip below and is evaluated at q_a = 0
    signK3Averages(qd, Math.max(0, qa), out);
  }
  else throw new RangeError(`exact committee channel only for K = 1, 2, 3 (got ${K})`);
  return out;
}
