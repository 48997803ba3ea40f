/**
 * The K = 2 sign-committee output channel for AMP (Aubin et al. 2018, arXiv:1806.05451, Sec. 3 and App. B):
 * y = (sign z1 + sign z2)/2 ∈ {−1, 0, 1}, and for z ~ N(ω, V) (2×2 V)
 *   Z_out(y, ω, V) = P(y | ω, V),  g_out = ∇_ω ln Z_out,  ∂_ω g_out = ∇²_ω Z_out / Z_out − g gᵀ.
 * Each label is a union of sign orthants: y = 1 ↔ (+, +), y = −1 ↔ (−, −), y = 0 ↔ (+, −) ∪ (−, +).
 * With a_k = ω_k/σ_k, ρ = V12/(σ1σ2): P(s1 z1 > 0, s2 z2 > 0) = Φ₂(s1 a1, s2 a2; s1 s2 ρ), whose
 * derivatives are closed forms: ∂Φ₂/∂h = φ(h)Φ((k − ρh)/√(1−ρ²)), ∂²Φ₂/∂h∂k = φ₂(h, k; ρ),
 * ∂²Φ₂/∂h² = −hφ(h)Φ(u) − (ρ/√(1−ρ²))φ(h)φ(u), u = (k − ρh)/√(1−ρ²).
 */
import { bivariateNormal, bivariateNormalPdf } from '../numerics/owensT.ts';
import { phi, Phi } from '../numerics/special.ts';

/** Output of one evaluation: g (2) and ∂g (symmetric 2×2 as [11, 12, 22]). */
export interface ChannelOut {
  g1: number;
  g2: number;
  d11: number;
  d12: number;
  d22: number;
  /** Z_out; below Z_MIN the sample is skipped (g = ∂g = 0), as its ratios are not resolved */
  z: number;
}

/** Below this probability the Owen's-T orthant loses relative accuracy (cancellation): the sample contributes nothing. */
export const Z_MIN = 1e-12;

/** Accumulators for the orthant sums (Z, ∇_a Z, ∇²_a Z). */
const acc = { z: 0, h1: 0, h2: 0, h11: 0, h12: 0, h22: 0 };

/** Adds P(s1 X1 ≤ a1', …) = Φ₂(s1 a1, s2 a2; s1 s2 ρ) and its a-derivatives (chain rule through s). */
function addOrthant(s1: number, s2: number, a1: number, a2: number, rho: number): void {
  const h = s1 * a1;
  const k = s2 * a2;
  const r = s1 * s2 * rho;
  const sr = Math.sqrt(1 - r * r);
  const uh = (k - r * h) / sr;
  const uk = (h - r * k) / sr;
  const ph = phi(h);
  const pk = phi(k);
  const Puh = Phi(uh);
  const Puk = Phi(uk);
  acc.z += bivariateNormal(h, k, r);
  acc.h1 += s1 * ph * Puh;
  acc.h2 += s2 * pk * Puk;
  acc.h11 += -h * ph * Puh - (r / sr) * ph * phi(uh);
  acc.h22 += -k * pk * Puk - (r / sr) * pk * phi(uk);
  acc.h12 += s1 * s2 * bivariateNormalPdf(h, k, r);
}

/** g_out and ∂_ω g_out at label y (−1, 0, 1), mean ω = (w1, w2), covariance V = [[v11, v12], [v12, v22]]. */
export function ampSignK2Channel(y: number, w1: number, w2: number, v11: number, v12: number, v22: number, out: ChannelOut): ChannelOut {
  const s1 = Math.sqrt(v11);
  const s2 = Math.sqrt(v22);
  const a1 = w1 / s1;
  const a2 = w2 / s2;
  const rho = Math.max(-0.999999, Math.min(0.999999, v12 / (s1 * s2)));
  acc.z = acc.h1 = acc.h2 = acc.h11 = acc.h12 = acc.h22 = 0;
  if (y > 0) addOrthant(1, 1, a1, a2, rho);
  else if (y < 0) addOrthant(-1, -1, a1, a2, rho);
  else {
    addOrthant(1, -1, a1, a2, rho);
    addOrthant(-1, 1, a1, a2, rho);
  }
  out.z = acc.z;
  if (!(acc.z > Z_MIN)) {
    out.g1 = out.g2 = out.d11 = out.d12 = out.d22 = 0;
    return out;
  }
  // ∇_ω = diag(1/σ) ∇_a
  const g1 = acc.h1 / (s1 * acc.z);
  const g2 = acc.h2 / (s2 * acc.z);
  out.g1 = g1;
  out.g2 = g2;
  out.d11 = acc.h11 / (v11 * acc.z) - g1 * g1;
  out.d12 = acc.h12 / (s1 * s2 * acc.z) - g1 * g2;
  out.d22 = acc.h22 / (v22 * acc.z) - g2 * g2;
  return out;
}
