/**
 * Gaussian orthant probabilities P(x_1 > 0, …, x_n > 0) for a zero-mean Gaussian vector, n ≤ 4.
 * n ≤ 3 are closed forms (Sheppard; Plackett 1954); n = 4 has no elementary form and is reduced to
 * one smooth 1-D integral by Plackett's identity ∂P/∂ρ_ij = φ₂(0, 0; ρ_ij)·P(x_k, x_l > 0 | x_i = x_j = 0)
 * along the path R(t) = I + t(R − I) from the independent case P = 1/16 (Plackett 1954, Biometrika 41, 351).
 */
import { gaussLegendre } from './gaussLegendre.ts';

const TWO_PI = 2 * Math.PI;

/** P(x > 0, y > 0) for unit-variance correlation ρ: ¼ + asin ρ / 2π. */
export function orthant2(rho: number): number {
  return 0.25 + Math.asin(clampUnit(rho)) / TWO_PI;
}

/** Trivariate orthant probability from the three correlations: ⅛ + (asin ρ12 + asin ρ13 + asin ρ23)/4π. */
export function orthant3(r12: number, r13: number, r23: number): number {
  return 0.125 + (Math.asin(clampUnit(r12)) + Math.asin(clampUnit(r13)) + Math.asin(clampUnit(r23))) / (4 * Math.PI);
}

/** Gauss-Legendre nodes for the Plackett integral; the integrand is analytic in s = √(1 − t). */
const N_PLACKETT = 32;

/**
 * Quadrivariate orthant probability from the correlation matrix R (row-major 4×4; only the off-diagonal
 * entries are read). P4 = 1/16 + Σ_{i<j} asin ρ_ij / 8π + (1/4π²) Σ_{i<j} ρ_ij ∫₀¹ asin ρ_{kl·ij}(t) / √(1 − t²ρ_ij²) dt,
 * with t = 1 − s² removing the square-root endpoint behaviour of nearly singular R. The 32-point rule
 * gives ≈ 1e-15 for well-conditioned R; the error grows as the smallest eigenvalue of R goes to 0
 * (≈ 1e-6 when it is 1e-4).
 */
export function orthant4(R: ArrayLike<number>): number {
  const { x, w } = gaussLegendre(N_PLACKETT);
  const r = (i: number, j: number): number => R[4 * i + j];
  let p = 1 / 16;
  // the 6 pairs (i, j) and their complements (k, l)
  const pairs = [[0, 1, 2, 3], [0, 2, 1, 3], [0, 3, 1, 2], [1, 2, 0, 3], [1, 3, 0, 2], [2, 3, 0, 1]];
  for (const [i, j, k, l] of pairs) {
    const rij = clampUnit(r(i, j));
    p += Math.asin(rij) / (4 * TWO_PI);
    if (rij === 0) continue;
    const rki = r(k, i), rkj = r(k, j), rli = r(l, i), rlj = r(l, j), rkl = r(k, l);
    let integral = 0;
    for (let q = 0; q < N_PLACKETT; q++) {
      const s = 0.5 * (x[q] + 1);
      const t = 1 - s * s;
      const det = 1 - t * t * rij * rij;
      const t2 = (t * t) / det;
      const skl = t * rkl - t2 * (rki * rli + rkj * rlj - t * rij * (rki * rlj + rkj * rli));
      const skk = 1 - t2 * (rki * rki + rkj * rkj - 2 * t * rij * rki * rkj);
      const sll = 1 - t2 * (rli * rli + rlj * rlj - 2 * t * rij * rli * rlj);
      const den = Math.sqrt(Math.max(skk * sll, 0));
      const rho = den > 0 ? skl / den : 0;
      integral += w[q] * s * Math.asin(clampUnit(rho)) / Math.sqrt(det); // ½ (interval) × 2s (Jacobian) = s
    }
    p += (rij * integral) / (4 * Math.PI * Math.PI);
  }
  return p;
}

/**
 * Orthant probability of n ≤ 4 zero-mean Gaussians with covariance S (row-major n×n, positive diagonal).
 */
export function orthantProbability(S: ArrayLike<number>, n: number): number {
  if (n === 0) return 1;
  if (n === 1) return 0.5;
  const rho = (i: number, j: number): number => S[n * i + j] / Math.sqrt(S[n * i + i] * S[n * j + j]);
  if (n === 2) return orthant2(rho(0, 1));
  if (n === 3) return orthant3(rho(0, 1), rho(0, 2), rho(1, 2));
  if (n === 4) {
    const R = new Float64Array(16);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) R[4 * i + j] = i === j ? 1 : rho(i, j);
    return orthant4(R);
  }
  throw new RangeError(`orthantProbability: n = ${n} > 4`);
}

function clampUnit(x: number): number {
  return x > 1 ? 1 : x < -1 ? -1 : x;
}
