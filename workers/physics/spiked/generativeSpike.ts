/**
 * State evolution of the spiked Wigner model with the one-layer generative prior v = φ(Wz/√k),
 * z ~ N(0, I_k), α = p/k (Aubin et al., arXiv:1905.12385, Sec. 3; PHYSICS.md §8). With A = q_v/Δ the
 * spike's field on v, the inner problem is a GLM with the Gaussian prior on z and the output channel of
 * generativeOutput.ts; ω = √q_z ξ0, x = ω + √V ξ1, V = 1 − q_z, B = Aφ(x) + √A ξ2:
 *   q_v ← E[v̂²] = ρ_v − E[Var(v | B, ω)],   q̂_z ← α E[g²],   q_z ← q̂_z/(1 + q̂_z) (glm/priorGaussian.ts).
 * linear φ: closed form, q_v = q_z + AV²/(1 + AV), q̂_z = αA/(1 + AV) (= α·G of glm/channelLinear.ts at
 * noise 1/A).
 * sign, ReLU: quadrature. The average over ω uses u = ω/√V ~ N(0, s²), s = √(q_z/V): Gauss-Hermite in
 * ξ0 = u/s while s ≤ 1, beyond a composite Gauss-Legendre rule in u (PHYSICS.md §8 pitfall: as q_z → 1 the width s
 * grows without bound and fixed Gauss-Hermite nodes in ξ0 miss the O(1) structure in u), |u| ≤ 10 (φ(10) ≈ 8e-23).
 * sign: two components v = ±1 (weights Φ(±u)), B = ±A + √A ξ, ξ by Gauss-Hermite 32; the composite rule has 4 points
 * on unit panels breaking at u = 0 (the integrands decay like φ(u) on both sides).
 * ReLU (#17: to ~1e-7 for A ≤ 50, the field at Δ = 0.01): v = 0 (weight Φ(−u)), B = √A ξ, smooth in (u, ξ) on scale
 * 1 — Gauss-Hermite 24 in ξ0 (s ≤ 1) or 8-point Gauss-Legendre on panels ≤ 2 in u (s > 1), Gauss-Hermite 24-40 in ξ; and
 * x > 0, where y = B/A = ω + √(V+1/A) t has the weight Φ(c), c = μ/s_x = √k u + √(AV) t (k = 1 + AV, s_x² = V/k):
 * a step of width 1/√(AV) along c, which a product rule in (u, t) misses at large A (off by 1e-4 in E g² at A = 10,
 * 2e-2 at A = 50). So this branch is integrated in the rotated pair (c, x): c ~ N(0, σ²), σ² = k s² + AV, and
 * u = m c + τ x, t = (√(AV)/σ²) c − (√k s/σ) x with m = √k s²/σ², τ = s√(AV)/σ, x ~ N(0, 1) independent of c (an
 * orthogonal change of the standardised (u, t)); given c the integrand is smooth in x (τ < 1): Gauss-Hermite 8 (16 for A > 10); in c,
 * Gauss-Hermite 32 while σ ≤ 1, else 8-point Gauss-Legendre on panels of width 2 over [−6, 4] (Φ(−6) ≈ 1e-9),
 * widening beyond (2(c − 4), at most 2σ) out to 9σ, where the integrand is smooth on the Gaussian's own scale.
 *
 * Mutual information (arXiv:1905.12385, Sec. 3, the replica free entropy with the inner GLM's, Barbier et al.
 * PNAS 2019 Eq. (9)): with Ψ_out(A, q_z) = E ln Z(B, ω, V) the output step's free entropy (generativeOutput.ts)
 * and ψ_z(q̂) = q̂/2 − ½ ln(1 + q̂) the Gaussian latent prior's (glm/priorGaussian.ts psiShift),
 *   i_RS(Δ, q_v, q_z) = (ρ_v − q_v)²/(4Δ) + Aρ_v/2 − (1/α)[ψ_z(q̂_z) − q_z q̂_z/2] − Ψ_out(A, q_z),   A = q_v/Δ,
 * where Aρ_v/2 − (…) − Ψ_out is I(v; √A v + ξ)/p (the Gaussian normalisation of the channel cancels). Its stationary
 * points are the SE fixed points: ∂_{q̂} gives q_z = q̂/(1 + q̂), ∂_{q_z} gives q̂_z = 2α∂_qΨ_out = αE[g²],
 * ∂_{q_v} gives q_v = 2∂_AΨ_out. q̂_z is eliminated by the first, so that ψ_z − q_z q̂_z/2 = q_z/2 + ½ ln(1 − q_z).
 * Ψ_out(0, q_z) = 0 (Z = 1 at A = 0) and ∂_AΨ_out = q_v(A, q_z)/2 (Nishimori), so Ψ_out = ½∫₀^A q_v(a, q_z) da:
 * 24-point Gauss-Legendre in s = ln(1 + a) (q_v is smooth in a and saturates beyond a ~ 1). Linear φ: closed form
 * Ψ_out = A/2 − ½ ln(1 + AV).
 */
import { gaussHermite, type Quadrature } from '../numerics/gaussHermite.ts';
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { H, Phi } from '../numerics/special.ts';
import { gaussianPrior } from '../glm/priorGaussian.ts';
import { linearChannel } from '../glm/channelLinear.ts';
import { ACTIVATIONS } from './activation.ts';
import { out, reluAt, reluField, reluOmega, signAt, signPrepare } from './generativeOutput.ts';
import type { ActKind, SeState, Spike } from './types.ts';

/**
 * A Gauss-Hermite rule without its nodes of weight < 1e-15 (32 nodes: the 3 outermost on each side, |ξ| > 8; 24: 1):
 * their terms are below 1e-15 × the integrands' bounds (Var v ≤ ρ_v; g² ≲ Aξ², < 1e4 for A ≤ 100), under the rule's
 * own error, and they cost a quarter of the ReLU step. Sign keeps the full rules (its golden outputs stay).
 */
function pruned(q: Quadrature): Quadrature {
  const keep = Array.from(q.w.keys()).filter((i) => q.w[i] >= 1e-15);
  return { x: Float64Array.from(keep, (i) => q.x[i]), w: Float64Array.from(keep, (i) => q.w[i]) };
}

const GH = gaussHermite(32);
/** the ω average while u = ω/√V is narrower than 1 (s ≤ 1) */
const GH_U = gaussHermite(24);
const GH_U_RELU = pruned(GH_U);
const GL = gaussLegendre(4);
const U_MAX = 10;
/** ReLU's rules (see the header) */
/** ReLU's ξ rules by field: the posterior's step in ξ sharpens with A (24 nodes: 1e-9 at A ≤ 2, 32: 3e-8 at A ≤ 10) */
const GH_XI_RELU: [number, Quadrature][] = [[2, pruned(gaussHermite(24))], [10, pruned(GH)], [Infinity, pruned(gaussHermite(40))]];
/** the c rule while σ ≤ 1 (16 nodes: 5e-6 in E g² at σ = 0.96) */
const GH_C_RELU = GH_XI_RELU[1][1];
const GL8 = gaussLegendre(8);
/** the x rule by field (8 nodes: 8e-7 in E g² at A = 49, q_z = 0.81; 16: 1e-8) */
const GH_X_RELU: [number, Quadrature][] = [[10, gaussHermite(8)], [Infinity, gaussHermite(16)]];
/** the x > 0 branch's c-range starts at −C_LOW (Φ(−6) ≈ 1e-9, times the Gaussian's density); its steps lie below C_CORE */
const C_LOW = 6;
const C_CORE = 4;
/** the Ψ_out integral over the field A */
const GL_A = gaussLegendre(24);

/** sign: E over the spike's observation of (Var v, g²) given u, accumulated into acc[0], acc[1] with weight w. */
function innerSign(A: number, u: number, V: number, w: number, acc: Float64Array): void {
  const sA = Math.sqrt(A);
  let sv = 0;
  let sg = 0;
  const pp = Phi(u);
  const pm = H(u);
  signPrepare(u * Math.sqrt(V), V);
  for (let i = 0; i < GH.x.length; i++) {
    const n = sA * GH.x[i];
    signAt(A + n);
    sv += GH.w[i] * pp * out.vv;
    sg += GH.w[i] * pp * out.g * out.g;
    signAt(-A + n);
    sv += GH.w[i] * pm * out.vv;
    sg += GH.w[i] * pm * out.g * out.g;
  }
  acc[0] += w * sv;
  acc[1] += w * sg;
}

/** ReLU, v = 0: Φ(−u)·E_ξ[(Var v, g²)] at B = √A ξ given u (ξ by the rule q), into acc with weight w; reluField set. */
function reluZero(A: number, u: number, V: number, q: Quadrature, w: number, acc: Float64Array): void {
  const sA = Math.sqrt(A);
  const p0 = H(u);
  let sv = 0;
  let sg = 0;
  reluOmega(u * Math.sqrt(V));
  for (let i = 0; i < q.x.length; i++) {
    reluAt(sA * q.x[i]);
    sv += q.w[i] * out.vv;
    sg += q.w[i] * out.g * out.g;
  }
  acc[0] += w * p0 * sv;
  acc[1] += w * p0 * sg;
}

/** The composite 8-point Gauss-Legendre rule on [a, b] with weight N(·; 0, sd²): calls f(node, weight) per node. */
function gaussianPanel(a: number, b: number, sd: number, f: (x: number, w: number) => void): void {
  const h = b - a;
  const norm = 0.5 * h / (sd * Math.sqrt(2 * Math.PI));
  for (let i = 0; i < GL8.x.length; i++) {
    const x = a + 0.5 * h * (1 + GL8.x[i]);
    f(x, norm * GL8.w[i] * Math.exp((-0.5 * x * x) / (sd * sd)));
  }
}

/** The ReLU averages at field A and latent overlap q_z (see the header) into acc: E[Var v], E[g²]. */
function reluAverages(A: number, qz: number, acc: Float64Array): void {
  const V = 1 - qz;
  const s = Math.sqrt(qz / V);
  const sV = Math.sqrt(V);
  acc[0] = 0;
  acc[1] = 0;
  reluField(A, V);
  // v = 0
  const qxi = GH_XI_RELU.find(([amax]) => A <= amax)![1];
  const zero = (u: number, w: number) => reluZero(A, u, V, qxi, w, acc);
  if (s <= 1) for (let i = 0; i < GH_U_RELU.x.length; i++) zero(s * GH_U_RELU.x[i], GH_U_RELU.w[i]);
  else {
    const U = Math.min(9 * s, U_MAX);
    const n = Math.ceil(U / 2);
    for (let k = -n; k < n; k++) gaussianPanel((k * U) / n, ((k + 1) * U) / n, s, zero);
  }
  // x > 0 in (c, x)
  const k = 1 + A * V;
  const a = Math.sqrt(k);
  const b = Math.sqrt(A * V);
  const sig2 = k * s * s + b * b;
  const sig = Math.sqrt(sig2);
  // σ = 0 (A = 0, q_z = 0): u = t = 0, the weight Φ(0) = ½
  const m = sig > 0 ? (a * s * s) / sig2 : 0;
  const tau = sig > 0 ? (s * b) / sig : 0;
  const tc = sig > 0 ? b / sig2 : 0;
  const tx = sig > 0 ? (a * s) / sig : 0;
  const sy = A > 0 ? Math.sqrt(V + 1 / A) : 0;
  const qx = GH_X_RELU.find(([amax]) => A <= amax)![1];
  const positive = (c: number, w: number) => {
    // the weight Φ(c) is Φ(μ/s) of every step at this c
    const pc = Phi(c);
    let sv = 0;
    let sg = 0;
    for (let j = 0; j < qx.x.length; j++) {
      const x = qx.x[j];
      const omega = (m * c + tau * x) * sV;
      reluOmega(omega);
      // A = 0: y carries no information; B = 0 whatever x is
      reluAt(A > 0 ? A * (omega + sy * (tc * c - tx * x)) : 0);
      sv += qx.w[j] * out.vv;
      sg += qx.w[j] * out.g * out.g;
    }
    acc[0] += w * pc * sv;
    acc[1] += w * pc * sg;
  };
  if (sig <= 1) for (let i = 0; i < GH_C_RELU.x.length; i++) positive(sig * GH_C_RELU.x[i], GH_C_RELU.w[i]);
  else {
    const hi = 9 * sig;
    for (let c0 = Math.max(-9 * sig, -C_LOW); c0 < hi; ) {
      const h = Math.min(c0 < C_CORE ? 2 : Math.min(Math.max(2, 2 * (c0 - C_CORE)), 2 * sig), hi - c0);
      gaussianPanel(c0, c0 + h, sig, positive);
      c0 += h;
    }
  }
}

/**
 * The output averages at field A and latent overlap q_z: into res, q_v = ρ_v − E[Var v] and E[g²]
 * (q̂_z = α·E[g²]).
 */
export function outputAverages(act: ActKind, A: number, qz: number, res: Float64Array): void {
  const a = ACTIVATIONS[act];
  const V = 1 - qz;
  if (act === 'linear') {
    const k = 1 + A * V;
    res[0] = qz + (A * V * V) / k;
    res[1] = A > 0 ? linearChannel(1 / A).G(qz, V) : 0;
    return;
  }
  if (act === 'relu') {
    reluAverages(A, qz, res);
    res[0] = a.rhoV - res[0];
    return;
  }
  const acc = res;
  acc[0] = 0;
  acc[1] = 0;
  const s = Math.sqrt(qz / V);
  if (s === 0) {
    innerSign(A, 0, V, 1, acc);
    res[0] = a.rhoV - acc[0];
    return;
  }
  if (s <= 1) {
    // a narrow Gaussian in u: Gauss-Hermite in ξ0 = u/s is exact for the O(1)-smooth integrand
    for (let i = 0; i < GH_U.x.length; i++) innerSign(A, s * GH_U.x[i], V, GH_U.w[i], acc);
    res[0] = a.rhoV - acc[0];
    return;
  }
  const U = Math.min(9 * s, U_MAX);
  const panels = 2 * Math.ceil(U);
  const h = (2 * U) / panels;
  const norm = 1 / (s * Math.sqrt(2 * Math.PI));
  for (let k = 0; k < panels; k++) {
    const c = -U + (k + 0.5) * h;
    for (let i = 0; i < GL.x.length; i++) {
      const u = c + 0.5 * h * GL.x[i];
      innerSign(A, u, V, 0.5 * h * GL.w[i] * norm * Math.exp((-0.5 * u * u) / (s * s)), acc);
    }
  }
  res[0] = a.rhoV - acc[0];
}

/** Ψ_out(A, q_z) = E ln Z(B, ω, V) of the output step (see the header). */
export function psiOut(act: ActKind, A: number, qz: number): number {
  if (act === 'linear') return A / 2 - 0.5 * Math.log1p(A * (1 - qz));
  if (A === 0) return 0;
  const res = new Float64Array(2);
  const S = Math.log1p(A);
  let sum = 0;
  for (let i = 0; i < GL_A.x.length; i++) {
    const sv = 0.5 * S * (GL_A.x[i] + 1);
    outputAverages(act, Math.expm1(sv), qz, res);
    sum += GL_A.w[i] * res[0] * Math.exp(sv);
  }
  return 0.25 * S * sum;
}

/** i_RS(Δ, q_v, q_z) of the generative prior (see the header). */
export function generativeMutualInfo(act: ActKind, alpha: number, s: SeState, delta: number): number {
  const rhoV = ACTIVATIONS[act].rhoV;
  const A = s.qv / delta;
  const d = rhoV - s.qv;
  // ψ_z(q̂) − q_z q̂/2 = q̂(1 − q_z)/2 + psiShift(q̂) at q̂ = q_z/(1 − q_z)
  const qhat = s.qz / (1 - s.qz);
  const latent = 0.5 * qhat * (1 - s.qz) + gaussianPrior.psiShift(qhat);
  return (d * d) / (4 * delta) + (A * rhoV) / 2 - latent / alpha - psiOut(act, A, s.qz);
}

export function generativeSpike(act: ActKind, alpha: number): Spike {
  const a = ACTIVATIONS[act];
  const res = new Float64Array(2);
  return {
    rhoV: a.rhoV,
    zeroFixed: a.zeroMean,
    step(s: SeState, delta: number, o: SeState) {
      outputAverages(act, s.qv / delta, s.qz, res);
      const qhat = alpha * res[1];
      o.qv = res[0];
      o.qz = 1 - gaussianPrior.mmse(qhat);
    },
    mutualInfo: (s: SeState, delta: number) => generativeMutualInfo(act, alpha, s, delta),
  };
}
