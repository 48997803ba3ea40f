/**
 * ReLU Gaussian averages for the SGD ODEs (g = max(0, x), g' = θ(x)), over fields with covariance C
 * (row-major L×L). I2, I3, J2 are the closed forms of PHYSICS.md §3 (arc-cosine kernels, Cho & Saul 2009).
 * I4 = E[θ(ℓa)θ(ℓb) ℓc θ(ℓc) ℓd θ(ℓd)] has no elementary form: two applications of Stein's lemma
 * E[x_p F(x)] = Σ_e S_pe E[∂_e F] reduce it exactly to bivariate/trivariate orthant probabilities and one
 * quadrivariate orthant probability P4, which is a smooth 1-D integral (numerics/orthant.ts, ≈ 1e-15 for
 * well-conditioned fields, ≈ 1e-6 when the 4×4 correlation matrix has an eigenvalue near 1e-4).
 */
import { orthantProbability } from '../numerics/orthant.ts';

const INV_TWO_PI = 1 / (2 * Math.PI);
const PHI0 = 1 / Math.sqrt(2 * Math.PI);

/** E[relu(ℓa) relu(ℓb)] = (1/2π)[√(C11C22 − C12²) + C12(π − arccos(C12/√(C11C22)))]. */
export function reluI2(C: Float64Array, L: number, a: number, b: number): number {
  const c11 = C[a * L + a], c22 = C[b * L + b], c12 = C[a * L + b];
  const r = clampUnit(c12 / Math.sqrt(c11 * c22));
  return INV_TWO_PI * (Math.sqrt(Math.max(c11 * c22 - c12 * c12, 0)) + c12 * (Math.PI - Math.acos(r)));
}

/** E[θ(ℓa) θ(ℓb)] = ¼ + arcsin(C12/√(C11C22))/2π. */
export function reluJ2(C: Float64Array, L: number, a: number, b: number): number {
  return 0.25 + INV_TWO_PI * Math.asin(clampUnit(C[a * L + b] / Math.sqrt(C[a * L + a] * C[b * L + b])));
}

/** E[θ(ℓa) ℓb relu(ℓc)] = C12√(C11C33 − C13²)/(2πC11) + C23[¼ + arcsin(C13/√(C11C33))/2π]. */
export function reluI3(C: Float64Array, L: number, a: number, b: number, c: number): number {
  const c11 = C[a * L + a], c12 = C[a * L + b], c13 = C[a * L + c], c23 = C[b * L + c], c33 = C[c * L + c];
  return (
    (c12 * Math.sqrt(Math.max(c11 * c33 - c13 * c13, 0))) / (2 * Math.PI * c11) +
    c23 * (0.25 + INV_TWO_PI * Math.asin(clampUnit(c13 / Math.sqrt(c11 * c33))))
  );
}

/**
 * E[θ(ℓa) θ(ℓb) relu(ℓc) relu(ℓd)]. Coinciding slots are merged first (θ(x)² = θ(x), θ(x) relu(x) =
 * relu(x)), so the integrand is x_p x_q Π_{v∈V} θ(x_v) over the n ≤ 4 distinct fields V, with p, q ∈ V. Then
 *   E[x_p x_q Πθ] = S_pq P(V) + Σ_{e≠q} S_pe p_e(0) E[x_q Π_{v≠e} θ | x_e = 0],
 *   E[x_q Π_{v∈W} θ | x_e = 0] = Σ_{f∈W} S'_qf p'_f(0) P(W∖f | x_e = x_f = 0)
 * (Stein's lemma twice; δ(x_q) x_q = 0 removes the e = q term; p_e(0) = 1/√(2π S_ee)).
 */
export function reluI4(C: Float64Array, L: number, a: number, b: number, c: number, d: number): number {
  const vars: number[] = [];
  for (const s of [a, b, c, d]) if (!vars.includes(s)) vars.push(s);
  const n = vars.length;
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) S[i * n + j] = C[vars[i] * L + vars[j]];
  const p = vars.indexOf(c);
  const q = vars.indexOf(d);
  let res = S[p * n + q] * orthantProbability(S, n);
  for (let e = 0; e < n; e++) {
    if (e === q || S[p * n + e] === 0) continue;
    const { S: S1, keep: keep1 } = condition(S, n, e);
    const m = n - 1;
    const q1 = keep1.indexOf(q);
    let inner = 0;
    for (let f = 0; f < m; f++) {
      const sff = S1[f * m + f];
      if (!(sff > 0) || S1[q1 * m + f] === 0) continue;
      const { S: S2 } = condition(S1, m, f);
      inner += (S1[q1 * m + f] * PHI0 * orthantProbability(S2, m - 1)) / Math.sqrt(sff);
    }
    res += (S[p * n + e] * PHI0 * inner) / Math.sqrt(S[e * n + e]);
  }
  return res;
}

/** Covariance of the other fields given x_e = 0 (Schur complement), and which original indices they are. */
function condition(S: Float64Array, n: number, e: number): { S: Float64Array; keep: number[] } {
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (i !== e) keep.push(i);
  const m = n - 1;
  const out = new Float64Array(m * m);
  const see = S[e * n + e];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      const ki = keep[i], kj = keep[j];
      out[i * m + j] = S[ki * n + kj] - (S[ki * n + e] * S[kj * n + e]) / see;
    }
  }
  return { S: out, keep };
}

function clampUnit(x: number): number {
  return x > 1 ? 1 : x < -1 ? -1 : x;
}
