/**
 * Bivariate normal orthant probabilities for many (h, k) at one fixed correlation ρ, by the
 * Drezner-Wesolowsky arcsine form as refined by Genz (Genz 2004, Stat. Comput. 14, 251, "BVNU"):
 *   P(X > h, Y > k; ρ) = H(h)H(k) + S(h, k),
 *   S(h, k) = (1/2π) ∫_0^{asin ρ} exp(−(h² + k² − 2hk sin θ) / (2cos²θ)) dθ,
 * with a 6/12/20-point Gauss-Legendre rule for |ρ| < 0.3 / 0.75 / 0.925 (≈ 1e-15 absolute, Genz's tables).
 * S depends on h, k only through hk and h² + k², so P(X < h, Y < k) = Φ(h)Φ(k) + S(h, k) costs nothing
 * more. The nodes sin θ_i and 1/cos²θ_i depend on ρ only: `prepareBivariate(ρ)` computes them once.
 * For |ρ| ≥ 0.925 callers use Owen's T (`owensT.ts`); `prepareBivariate` returns null there.
 */
import { gaussLegendre } from './gaussLegendre.ts';

export interface PreparedBivariate {
  rho: number;
  /** sin θ_i at the Gauss-Legendre nodes on [0, asin ρ] */
  sn: Float64Array;
  /** 1 / (2cos²θ_i) */
  half: Float64Array;
  /** w_i asin ρ / (4π): weights including the interval length and 1/2π */
  w: Float64Array;
}

/** Largest |ρ| for which the arcsine rule is used (Genz 2004). */
export const DW_MAX_RHO = 0.925;

/** Nodes for correlation ρ, or null when |ρ| ≥ 0.925. */
export function prepareBivariate(rho: number): PreparedBivariate | null {
  const a = Math.abs(rho);
  if (a >= DW_MAX_RHO) return null;
  const gl = gaussLegendre(a < 0.3 ? 6 : a < 0.75 ? 12 : 20);
  const n = gl.x.length;
  const asr = Math.asin(rho);
  const sn = new Float64Array(n);
  const half = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = Math.sin(0.5 * asr * (gl.x[i] + 1));
    sn[i] = s;
    half[i] = 0.5 / (1 - s * s);
    w[i] = (gl.w[i] * asr) / (4 * Math.PI);
  }
  return { rho, sn, half, w };
}

/** S(h, k): the correlation part shared by P(X > h, Y > k) and P(X < h, Y < k). */
export function bivariateCorrelationPart(p: PreparedBivariate, h: number, k: number): number {
  const hk = h * k;
  const hs = h * h + k * k;
  const { sn, half, w } = p;
  let s = 0;
  for (let i = 0; i < sn.length; i++) s += w[i] * Math.exp((2 * sn[i] * hk - hs) * half[i]);
  return s;
}
