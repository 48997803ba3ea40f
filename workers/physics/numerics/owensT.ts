/**
 * Owen's T function and the bivariate normal cdf built on it.
 *
 * T(h, a) = (1/2π) ∫_0^a exp(−h²(1 + x²)/2) / (1 + x²) dx   (Owen 1956, Ann. Math. Stat. 27, 1075).
 * For |a| ≤ 1 the integrand is smooth on [0, a] and a fixed Gauss-Legendre rule reaches ~1e-16
 * absolute accuracy; for |a| > 1 Owen's reflection T(h, a) + T(ah, 1/a) = ½[Φ(h)H(ah) + Φ(ah)H(h)]
 * (h, a ≥ 0) brings the argument back to |a| < 1. T is even in h and odd in a.
 */
import { gaussLegendre } from './gaussLegendre.ts';
import { H } from './special.ts';

const INV_2PI = 1 / (2 * Math.PI);
const GL = gaussLegendre(20);
// nodes/weights mapped from [−1, 1] to [0, 1]
const U = Float64Array.from(GL.x, (x) => 0.5 * (x + 1));
const W = Float64Array.from(GL.w, (w) => 0.5 * w);

/** T(h, a) for 0 ≤ a ≤ 1, h ≥ 0. */
function owensTSmall(h: number, a: number): number {
  const h2 = 0.5 * h * h;
  let s = 0;
  for (let i = 0; i < U.length; i++) {
    const x = a * U[i];
    const y = 1 + x * x;
    s += (W[i] * Math.exp(-h2 * y)) / y;
  }
  return s * a * INV_2PI;
}

/** Owen's T function T(h, a) for every real h and a (a = ±Infinity allowed). */
export function owensT(h: number, a: number): number {
  if (a < 0) return -owensT(h, -a);
  h = Math.abs(h);
  if (a === 0) return 0;
  if (a === Infinity) return 0.5 * H(h);
  if (a <= 1) return owensTSmall(h, a);
  const ah = a * h;
  // Owen (1956) eq. (2.3): reflection to 1/a < 1
  return 0.5 * ((1 - H(h)) * H(ah) + (1 - H(ah)) * H(h)) - owensTSmall(ah, 1 / a);
}

/**
 * Φ₂(h, k; ρ) = P(X ≤ h, Y ≤ k) for standard normals with correlation ρ ∈ (−1, 1), by Owen's
 * formula Φ₂ = ½Φ(h) + ½Φ(k) − T(h, a_h) − T(k, a_k) − β with a_h = (k − ρh)/(h√(1−ρ²)),
 * a_k = (h − ρk)/(k√(1−ρ²)), β = ½ unless hk > 0 or (hk = 0 and h + k ≥ 0) (Owen 1956, eq. 3.1).
 */
export function bivariateNormal(h: number, k: number, rho: number): number {
  if (h === 0 && k === 0) return 0.25 + Math.asin(rho) * INV_2PI; // Sheppard's formula
  const s = Math.sqrt(1 - rho * rho);
  const ah = h === 0 ? signedInf(k - rho * h) : (k - rho * h) / (h * s);
  const ak = k === 0 ? signedInf(h - rho * k) : (h - rho * k) / (k * s);
  const beta = h * k > 0 || (h * k === 0 && h + k >= 0) ? 0 : 0.5;
  const p = 0.5 * (1 - H(h)) + 0.5 * (1 - H(k)) - owensT(h, ah) - owensT(k, ak) - beta;
  return p < 0 ? 0 : p;
}

/** Density φ₂(h, k; ρ) of the standard bivariate normal with correlation ρ. */
export function bivariateNormalPdf(h: number, k: number, rho: number): number {
  const s2 = 1 - rho * rho;
  return (INV_2PI * Math.exp(-(h * h - 2 * rho * h * k + k * k) / (2 * s2))) / Math.sqrt(s2);
}

function signedInf(x: number): number {
  return x >= 0 ? Infinity : -Infinity;
}
