/**
 * State evolution of the spiked Wigner model with the one-layer generative prior v = φ(Wz/√k),
 * z ~ N(0, I_k), α = p/k (Aubin et al., arXiv:1905.12385, Sec. 3; PHYSICS.md §8). With A = q_v/Δ the
 * spike's field on v, the inner problem is a GLM with the Gaussian prior on z and the output channel of
 * generativeOutput.ts; ω = √q_z ξ0, x = ω + √V ξ1, V = 1 − q_z, B = Aφ(x) + √A ξ2:
 *   q_v ← E[v̂²] = ρ_v − E[Var(v | B, ω)],   q̂_z ← α E[g²],   q_z ← q̂_z/(1 + q̂_z) (glm/priorGaussian.ts).
 * linear φ: closed form, q_v = q_z + AV²/(1 + AV), q̂_z = αA/(1 + AV) (= α·G of glm/channelLinear.ts at
 * noise 1/A).
 * sign, ReLU: quadrature. The average over ω uses u = ω/√V ~ N(0, q_z/V), Gauss-Hermite in
 * ξ0 while its width s = √(q_z/V) ≤ 1, beyond a composite 4-point Gauss-Legendre rule in u on unit panels (PHYSICS.md §8 pitfall: as q_z → 1 the width √(q_z/V) grows
 * without bound and fixed Gauss-Hermite nodes in ξ0 miss the O(1) structure in u). The integrands E[Var v]
 * and E[g²] decay like φ(u) on both sides after subtracting their u → +∞ limits (ReLU: V/(1+AV) and
 * A/(1+AV), whose average is ½·limit by symmetry), so |u| ≤ 10 suffices (φ(10) ≈ 8e-23); the panels break at u = 0.
 * Given u: sign has two components v = ±1 (weights Φ(±u)), B = ±A + √A ξ; ReLU has v = 0 (weight
 * Φ(−u)), B = √A ξ, and x > 0, where y = B/A has the density N(y; ω, V + 1/A)Φ(μ/s): y = ω + √(V+1/A) t,
 * weight Φ(u√(1+AV) + √(AV) t). ξ and t: Gauss-Hermite, 32 nodes (ReLU: the 26 of weight ≥ 1e-15, see pruned).
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
import { out, reluAt, reluPrepare, signAt, signPrepare } from './generativeOutput.ts';
import type { ActKind, SeState, Spike } from './types.ts';

/**
 * A Gauss-Hermite rule without its nodes of weight < 1e-15 (32 nodes: the 3 outermost on each side, |ξ| > 8; 24: 1):
 * their terms are below 1e-15 × the integrands' bounds (Var v ≤ ρ_v; g² ≲ Aξ², < 1e4 for A ≤ 100), under the rule's
 * own error, and they cost a quarter of the ReLU step. Sign keeps the full rules: its escape solve just below Δ_c
 * (seSolvePlain from q_v ≈ 0, unconverged after 20000 steps at α = 1, Δ = 1.4047) moves by 1e-3 when the step moves
 * by 1e-15, so its curve would change.
 */
function pruned(q: Quadrature): Quadrature {
  const keep = Array.from(q.w.keys()).filter((i) => q.w[i] >= 1e-15);
  return { x: Float64Array.from(keep, (i) => q.x[i]), w: Float64Array.from(keep, (i) => q.w[i]) };
}

const GH = gaussHermite(32);
const GH_RELU = pruned(GH);
/** the ω average while u = ω/√V is narrower than 1 (s ≤ 1) */
const GH_U = gaussHermite(24);
const GH_U_RELU = pruned(GH_U);
const GL = gaussLegendre(4);
const U_MAX = 10;
/** the Ψ_out integral over the field A */
const GL_A = gaussLegendre(24);

/**
 * E over the spike's observation of (Var v, g²) given u, accumulated into acc[0], acc[1] with weight w;
 * `subtract`: minus the ReLU's u → +∞ limits for u > 0 (the composite rule, which adds back their average).
 */
function inner(act: ActKind, A: number, u: number, V: number, w: number, acc: Float64Array, subtract: boolean): void {
  const omega = u * Math.sqrt(V);
  const sA = Math.sqrt(A);
  let sv = 0;
  let sg = 0;
  if (act === 'sign') {
    const pp = Phi(u);
    const pm = H(u);
    signPrepare(omega, V);
    for (let i = 0; i < GH.x.length; i++) {
      const n = sA * GH.x[i];
      signAt(A + n);
      sv += GH.w[i] * pp * out.vv;
      sg += GH.w[i] * pp * out.g * out.g;
      signAt(-A + n);
      sv += GH.w[i] * pm * out.vv;
      sg += GH.w[i] * pm * out.g * out.g;
    }
  } else {
    const p0 = H(u);
    const k = 1 + A * V;
    const sy = A > 0 ? Math.sqrt(V + 1 / A) : 0;
    reluPrepare(A, omega, V);
    for (let i = 0; i < GH_RELU.x.length; i++) {
      reluAt(sA * GH_RELU.x[i]);
      sv += GH_RELU.w[i] * p0 * out.vv;
      sg += GH_RELU.w[i] * p0 * out.g * out.g;
      // A = 0: y carries no information; B = 0 whatever x is
      reluAt(A > 0 ? A * (omega + sy * GH_RELU.x[i]) : 0);
      // the weight Φ(u√(1+AV) + √(AV) t) is Φ(μ/s) of that step (μ/s = u√k + √(AV) t at B = Ay)
      const wt = GH_RELU.w[i] * out.pc;
      sv += wt * out.vv;
      sg += wt * out.g * out.g;
    }
    if (subtract && u > 0) {
      sv -= V / k;
      sg -= A / k;
    }
  }
  acc[0] += w * sv;
  acc[1] += w * sg;
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
  const acc = res;
  acc[0] = 0;
  acc[1] = 0;
  const s = Math.sqrt(qz / V);
  if (s === 0) {
    inner(act, A, 0, V, 1, acc, false);
    res[0] = a.rhoV - acc[0];
    return;
  }
  if (s <= 1) {
    // a narrow Gaussian in u: Gauss-Hermite in ξ0 = u/s is exact for the O(1)-smooth integrand
    const q = act === 'relu' ? GH_U_RELU : GH_U;
    for (let i = 0; i < q.x.length; i++) inner(act, A, s * q.x[i], V, q.w[i], acc, false);
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
      const w = 0.5 * h * GL.w[i] * norm * Math.exp((-0.5 * u * u) / (s * s));
      inner(act, A, u, V, w, acc, true);
    }
  }
  if (act === 'relu') {
    const k = 1 + A * V;
    acc[0] += (0.5 * V) / k;
    acc[1] += (0.5 * A) / k;
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
