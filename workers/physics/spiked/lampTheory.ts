/**
 * LAMP in the p → ∞ limit (PHYSICS.md §8 "Spectral"; the LAMP matrix of arXiv:1905.12385 Sec. 4): the bulk
 * edges, the outlier and the squared overlap of the top eigenvector of Γ = K(M − ρ_v I)/Δ, K = E[vvᵀ | W].
 * The paper gives LAMP's threshold (= AMP's); the rest is derived here, and checked against finite p
 * (lampTheory.test.ts) and against the threshold Δ_c it must reproduce.
 *
 * Γ is similar to K^{1/2}(M − ρ_v I)K^{1/2}/Δ = H + θuuᵀ with H = K^{1/2}(G/√Δ − ρ_v/Δ)K^{1/2} (G Wigner,
 * semicircle on [−2, 2], independent of K), u = K^{1/2}v/√p, θ = 1/Δ.
 * Bulk. H = aK + bK^{1/2}GK^{1/2} with a = −ρ_v/Δ, b² = 1/Δ; its resolvent's deterministic equivalent solves the
 * matrix Dyson equation (Erdős, Krüger, Schröder, Forum Math. Sigma 2019, Eq. (2.1)) with S[R] = b² tr(KR)/p·K:
 *   R(λ) ≈ (cK − λ)^{−1},  c = a − b²τ,  τ = ∫ κ/(cκ − λ) dμ_K(κ).
 * With y = λ/c this is c² − ac + b²T(y) = 0, T(y) = ∫ κ/(κ − y) dμ_K, so that along the curve c ↦ (y, λ = cy),
 * y = T^{−1}(Δc(a − c)), the real λ outside the bulk are traced from λ = +∞ (c → a⁺) and from −∞ (c → a⁻); the
 * edges are the first turning points of λ(c) met from either end (as for any free convolution, the inverse of
 * the Stieltjes transform is monotone outside the support; Silverstein & Choi, J. Multivar. Anal. 54 (1995)).
 * Outlier. uᵀ(λ − H)^{−1}u = 1/θ (rank-one perturbation, Benaych-Georges & Nadakuditi, Adv. Math. 227 (2011));
 * v depends on K but not on G, and vᵀf(K)v/p → tr(f(K)K)/p since E[vvᵀ | W] = K, so
 *   F(λ) = ∫ κ²/(λ − cκ) dμ_K = −T₂(y)/c = Δ,   T₂(y) = ∫ κ²/(κ − y) dμ_K.
 * Overlap. The LAMP estimate is K^{1/2}y_top; with y_top ∝ (λ − H)^{−1}u, cos² = 1/(θ²ρ_v uᵀRKRu), and
 * uᵀRKRu = ∂_a uᵀRu (∂H/∂a = K), whose deterministic equivalent is ∂_aF = U₃/(c² − U₂/Δ) (differentiating
 * c = a − b²τ at fixed λ), U_m = ∫ κ^m/(κ − y)² dμ_K. So cos² = Δ(Δc² − U₂)/(ρ_v U₃).
 * Check: K = I (i.i.d.) gives the outlier 1 = (ρ_v + Δ/ρ_v − ρ_v)ρ_v/Δ and cos² = 1 − Δ: BBP.
 * μ_K: i.i.d. priors K = ρ_v I (a point mass); generative K = c1 XXᵀ + c0 I with XXᵀ = WWᵀ/k Marchenko-Pastur of
 * ratio γ = α (spectral.ts lampKernel), whose Stieltjes transform s(w) = ∫ dμ(x)/(x − w) solves
 * γws² − (1 − γ − w)s + 1 = 0 (Bai & Silverstein, Spectral Analysis of Large Dimensional Random Matrices, Eq. (3.1.1)
 * with y = γ, σ² = 1), the root ~ −1/w at infinity.
 */
import { brent } from '../numerics/roots.ts';
import { lampKernel } from './spectral.ts';
import type { SpikedParams } from './types.ts';

/**
 * The spectrum of K: its T(y) = ∫ κ/(κ − y) dμ_K inverted on the real line off the support (yOfT, NaN out of
 * T's range), and S(y) = ∫ dμ_K/(κ − y), S'(y).
 * Marchenko-Pastur: with m = T_MP(w) = 1 + w s(w), the quadratic for s gives w = (m − 1)(1 − γm)/m, increasing in m
 * on (0, 1/√γ) (below the support, T_MP(w₋) = 1/√γ) and on (−1/√γ, 0) (above it). For K = c1·MP + c0 (κ − y =
 * c1(x − w)), T_K = m(1 + c0/(c1(1 − γm))), so m solves c1γm² − (ρ_v + tc1γ)m + tc1 = 0, the root on that interval
 * (an MP atom at 0, γ > 1, puts a pole of T_K at m = 1/γ when c0 > 0).
 */
interface KernelLaw {
  rhoV: number;
  /** K has an atom at 0 (linear φ, α > 1) */
  atomAtZero: boolean;
  yOfT(t: number): number;
  S(y: number): number;
  S1(y: number): number;
}

/** s(w) and s'(w) of Marchenko-Pastur (ratio γ, variance 1) at w = (m − 1)(1 − γm)/m */
function mpStieltjes(m: number, w: number, g: number): [number, number] {
  const s = (m - 1) / w;
  return [s, -(g * s * s + s) / (2 * g * w * s - (1 - g - w))];
}

function kernelLaw(params: SpikedParams): KernelLaw | null {
  const kern = lampKernel(params);
  if (!kern) return null;
  const { c1, c0, rhoV } = kern;
  if (c1 === 0) return { rhoV, atomAtZero: false, yOfT: (t) => (t === 0 ? NaN : (rhoV * (t - 1)) / t), S: (y) => 1 / (rhoV - y), S1: (y) => 1 / (rhoV - y) ** 2 };
  const g = params.alpha;
  const mTop = g > 1 && c0 > 0 ? 1 / g : 1 / Math.sqrt(g);
  const mOf = (t: number): number => {
    const A = c1 * g;
    const B = -(rhoV + t * c1 * g);
    let disc = B * B - 4 * A * t * c1;
    // a double root (disc = 0 up to rounding) where the fold of the curve meets m = 1/γ
    if (disc < 0 && disc > -1e-12 * B * B) disc = 0;
    if (t === 0 || disc < 0) return NaN;
    const q = -0.5 * (B + Math.sign(B || 1) * Math.sqrt(disc));
    // T_K is monotone on the interval: the root there is unique, the one of smaller magnitude (the other may sit
    // on the interval's end, e.g. m = 1/γ = 1 for linear φ at α = 1)
    const [m1, m2] = [q / A, (t * c1) / q].sort((x, y) => Math.abs(x) - Math.abs(y));
    // the end m = mTop with a rounding margin: at α = 1 (linear φ) the curve's root runs into it, and a root a few
    // ulps past it made the curve "end" at isolated points, the overlap 0 or NaN there (lampTheory.test.ts)
    const ok = (m: number) => (t > 0 ? m > 0 && m < mTop * (1 + 1e-10) : m < 0 && m > -1 / Math.sqrt(g));
    return ok(m1) ? m1 : ok(m2) ? m2 : NaN;
  };
  const wOf = (m: number) => ((m - 1) * (1 - g * m)) / m;
  return {
    rhoV,
    atomAtZero: g > 1 && c0 === 0,
    yOfT: (t) => c0 + c1 * wOf(mOf(t)),
    S: (y) => {
      const w = (y - c0) / c1;
      return mpStieltjes(tMp(w, g), w, g)[0] / c1;
    },
    S1: (y) => {
      const w = (y - c0) / c1;
      return mpStieltjes(tMp(w, g), w, g)[1] / (c1 * c1);
    },
  };
}

/** T_MP(w) = 1 + w s(w) off the support: the root of γ(m − 1)² − (1 − γ)(m − 1) + wm = 0 with m ~ −1/w at infinity */
function tMp(w: number, g: number): number {
  // γm² − (1 + γ − w)m + 1 = 0
  const B = -(1 + g - w);
  const q = -0.5 * (B + Math.sign(B || 1) * Math.sqrt(Math.max(B * B - 4 * g, 0)));
  const r1 = q / g;
  const r2 = 1 / q;
  // the branch with |m| < 1/√γ (T_MP(w±) = ±1/√γ at the edges)
  return Math.abs(r1) < Math.abs(r2) ? r1 : r2;
}

/** The point of the curve at c: y and λ = cy (NaN where the curve has ended). */
function curveAt(law: KernelLaw, delta: number, c: number): { y: number; lambda: number } {
  const a = -law.rhoV / delta;
  const y = law.yOfT(delta * c * (a - c));
  return { y, lambda: c * y };
}

/** The first turning point of λ(c) from c = a along dir (+1: from λ = +∞, a local min; −1: from −∞, a local max). */
function firstTurn(law: KernelLaw, delta: number, dir: 1 | -1): { c: number; lambda: number } | null {
  const a = -law.rhoV / delta;
  const sgn = dir; // λ decreases along +1 from +∞, increases along −1 from −∞: turning where dir·dλ changes sign
  const N = 96;
  // c = a + dir·|a|·(e^{u} − 1)·…: geometric in the distance from a (λ ~ 1/(c − a) there), out to 40|a|
  const cs = Array.from({ length: N }, (_, j) => a + dir * Math.abs(a) * 1e-6 * Math.pow(4e7, j / (N - 1)));
  let prev = NaN;
  for (let j = 0; j < N; j++) {
    // c = 0 is the point at infinity of y (λ = 1 there): step over it
    if (Math.abs(cs[j]) < 1e-9 * Math.abs(a)) continue;
    const l = curveAt(law, delta, cs[j]).lambda;
    if (!Number.isFinite(l)) {
      // the curve ends (y reaches the edge of K's support, where T is finite) before turning: the edge of H's bulk
      // is that end point (a square-root edge inherited from K's), located by bisection on where the curve exists
      if (j === 0) return null;
      let ok = cs[j - 1];
      let bad = cs[j];
      for (let it = 0; it < 200 && Math.abs(bad - ok) > 1e-15 * Math.abs(a); it++) {
        const mid = 0.5 * (ok + bad);
        if (Number.isFinite(curveAt(law, delta, mid).lambda)) ok = mid;
        else bad = mid;
      }
      return { c: ok, lambda: curveAt(law, delta, ok).lambda };
    }
    if (j > 0 && sgn * (l - prev) > 0) {
      // bracketed in [c_{j−2}, c_j]: golden section on sgn·λ
      let lo = cs[Math.max(0, j - 2)];
      let hi = cs[j];
      const phi = (Math.sqrt(5) - 1) / 2;
      // a point off the curve (rounding at its ends) counts as no better
      const val = (c: number) => {
        const l = sgn * curveAt(law, delta, c).lambda;
        return Number.isFinite(l) ? l : Infinity;
      };
      for (let it = 0; it < 100 && Math.abs(hi - lo) > 1e-14 * Math.abs(a); it++) {
        const m1 = hi - phi * (hi - lo);
        const m2 = lo + phi * (hi - lo);
        if (val(m1) < val(m2)) hi = m2;
        else lo = m1;
      }
      const c = 0.5 * (lo + hi);
      return { c, lambda: curveAt(law, delta, c).lambda };
    }
    prev = l;
  }
  return null;
}

export interface LampTheory {
  /** the bulk's edges (null where not located) */
  edge_lo: number | null;
  edge_hi: number | null;
  /** the outlier above the bulk (null: none) */
  outlier: number | null;
  /** the squared cosine of the LAMP estimate with v* (0 without an outlier) */
  overlap: number;
}

/**
 * LAMP's bulk edges, outlier and overlap as p → ∞ (see the header); null where LAMP is not defined (ReLU).
 * `lower`: also locate the lower edge (the overlap does not need it).
 */
export function lampTheory(params: SpikedParams, delta: number, lower = true): LampTheory | null {
  const law = kernelLaw(params);
  if (!law) return null;
  const hiTurn = firstTurn(law, delta, 1);
  const loTurn = lower ? firstTurn(law, delta, -1) : null;
  const res: LampTheory = { edge_lo: loTurn?.lambda ?? null, edge_hi: hiTurn?.lambda ?? null, outlier: null, overlap: 0 };
  // linear φ at α > 1: K, hence H, has an atom at 0 (weight 1 − 1/α) next to the continuous part
  if (law.atomAtZero) {
    if (res.edge_hi !== null) res.edge_hi = Math.max(res.edge_hi, 0);
    if (res.edge_lo !== null) res.edge_lo = Math.min(res.edge_lo, 0);
  }
  if (!hiTurn) return res;
  const a = -law.rhoV / delta;
  // F(λ(c))/Δ − 1 along the curve from λ = +∞ (F → 0) to the edge
  // T₂(y) = ρ_v + yT(y) and T = Δc(a − c) on the curve
  const g = (c: number) => -(law.rhoV + curveAt(law, delta, c).y * delta * c * (a - c)) / (c * delta) - 1;
  const cEdge = hiTurn.c;
  if (!(g(cEdge) > 0)) return res;
  const c = brent(g, a + 1e-12 * Math.abs(a) * Math.sign(cEdge - a), cEdge, 1e-15 * Math.abs(a)).x;
  const { y, lambda } = curveAt(law, delta, c);
  const S = law.S(y);
  const S1 = law.S1(y);
  const U2 = 1 + 2 * y * S + y * y * S1;
  const U3 = law.rhoV + 2 * y + 3 * y * y * S + y * y * y * S1;
  res.outlier = lambda;
  res.overlap = Math.min(Math.max((delta * (delta * c * c - U2)) / (law.rhoV * U3), 0), 1);
  return res;
}
