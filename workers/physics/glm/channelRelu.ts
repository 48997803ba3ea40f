/**
 * ReLU channel with Gaussian noise Δ: y = max(0, z) + √Δ ξ (PHYSICS.md §1 channel table; Barbier et
 * al. PNAS 2019). Given (ω, V), z ~ N(ω, V) and
 *   Z_out = Z0 + Z1,  Z0 = N(y; 0, Δ) Φ(−ω/√V),  Z1 = N(y; ω, V+Δ) Φ(μ/s),
 *   μ = (yV + ωΔ)/(V+Δ), s² = VΔ/(V+Δ):
 * the posterior of z is a mixture (weights π_k = Z_k/Z) of N(ω, V) truncated to z < 0 and N(μ, s²)
 * truncated to z > 0, and g_out = (E[z|y] − ω)/V, ∂_ω g_out = (Var[z|y] − V)/V² (truncated-normal
 * moments with the Mills ratio λ = φ/Φ). Every Z enters through its logarithm (logH, logPhi) and every
 * moment through λ, so nothing underflows; the deviations from ω and from V are formed directly
 * (E0 − ω = −√V λ0, Var0 − V + (E0 − ω)² = V b λ0 with b = ω/√V) rather than by subtraction.
 *
 * SE averages G = E[g_out²] and Ψ = E[ln Z_out] over ω = √m ξ0 and y ~ Z_out(·|ω) are 2-D quadratures:
 *   ω: trapezoid in τ with ξ0 = ε sinh τ, ε = min(1, √(V/m)), which resolves the switch of Φ(−ω/√V)
 *      at |ω| ~ √V as well as the O(1) bulk (the integrand is analytic, so the error is exponentially
 *      small in 1/h);
 *   y: 48-point Gauss-Legendre panels (1e-7 relative against scipy's adaptive quad; 48 rather than 24
 *      points so that G and Ψ are smooth in m to ~1e-11, which the Chebyshev tables of reluTable.ts
 *      need — with 24 the panel error wanders by ~5e-8 as the panels move with m) — Z0 on ±9√Δ; Z1 on [y⋆ − L, y⋆], [y⋆, y⋆ + L], [y⋆ + L, ∞) cut to
 *      ω ± 9√(V+Δ), where y⋆ (μ = 0) is the centre and L = 10 s (V+Δ)/V the width of the switch of
 *      Φ(μ/s) (below y⋆ − L it is < Φ(−10)).
 * Δ is clamped to ≥ DELTA_MIN: the noiseless ReLU has a point mass at y = 0 and is not implemented.
 */
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { LOG_SQRT_2PI, logAddExp, logH, logPhi, millsPhi, phi, Phi, sigmoid } from '../numerics/special.ts';
import type { Rng } from '../numerics/rng.ts';
import { GAMP_V_FLOOR, type Channel } from './types.ts';
import { sinhGaussMean } from './sinhGauss.ts';
import { ReluTable } from './reluTable.ts';

/** Smallest noise variance handled (the tested range is Δ ∈ [1e-3, 1]). */
export const RELU_DELTA_MIN = 1e-3;

const GL = gaussLegendre(48);
/** trapezoid step in τ for the outer (ω) average */
const H_TAU = 0.2;
/** half-width of the ξ0 range (φ(9) ≈ 1e-18) */
const XI_MAX = 9;

/** One (y, ω) evaluation of the channel; results in the module-level slots below (no allocation). */
let outLnZ = 0;
let outG = 0;
let outDg = 0;

function evalAt(y: number, omega: number, V: number, D: number, wantDg: boolean): void {
  const sV = Math.sqrt(V);
  const S = V + D;
  const s = Math.sqrt((V * D) / S);
  const b = omega / sV;
  const mu = (y * V + omega * D) / S;
  const c = mu / s;
  const lnZ0 = (-0.5 * y * y) / D - 0.5 * Math.log(D) - LOG_SQRT_2PI + logH(b);
  const d = y - omega;
  const lnZ1 = (-0.5 * d * d) / S - 0.5 * Math.log(S) - LOG_SQRT_2PI + logPhi(c);
  const p1 = sigmoid(lnZ1 - lnZ0);
  const p0 = 1 - p1;
  const l0 = millsPhi(-b); // z < 0 branch: φ(β)/Φ(β) at β = −b
  const l1 = millsPhi(c); // z > 0 branch
  const d0 = -sV * l0; // E0 − ω
  const d1 = (d * V) / S + s * l1; // E1 − ω
  const g = (p0 * d0 + p1 * d1) / V;
  outLnZ = logAddExp(lnZ0, lnZ1);
  outG = g;
  if (wantDg) {
    // Var0 − V + d0² = V·b·λ0 ;  Var1 − V + d1² = d1² − V²/S − s²(cλ1 + λ1²)
    const t1 = Math.min(Math.max(c * l1 + l1 * l1, 0), 1);
    const e0 = V * b * l0;
    const e1 = d1 * d1 - (V * V) / S - s * s * t1;
    outDg = (p0 * e0 + p1 * e1) / (V * V) - g * g;
  }
}

/** ln Z_out(y | ω, V) of the ReLU channel with noise Δ (exported for the normalisation and derivative tests). */
export function reluLogZout(y: number, omega: number, V: number, delta: number): number {
  evalAt(y, omega, V, delta, false);
  return outLnZ;
}

/** Σ over one Gauss-Legendre panel [a, b] of w·Z(y)·{g², ln Z}, with Z = Z0 (which = 0) or Z1 (which = 1). */
function panel(a: number, b: number, omega: number, V: number, D: number, which: 0 | 1, acc: Float64Array): void {
  if (!(b > a)) return;
  const half = 0.5 * (b - a);
  const mid = 0.5 * (a + b);
  const S = V + D;
  const s = Math.sqrt((V * D) / S);
  const lb = logH(omega / Math.sqrt(V));
  for (let i = 0; i < GL.x.length; i++) {
    const y = mid + half * GL.x[i];
    let lnZk: number;
    if (which === 0) lnZk = (-0.5 * y * y) / D - 0.5 * Math.log(D) - LOG_SQRT_2PI + lb;
    else {
      const d = y - omega;
      lnZk = (-0.5 * d * d) / S - 0.5 * Math.log(S) - LOG_SQRT_2PI + logPhi((y * V + omega * D) / (S * s));
    }
    const wz = half * GL.w[i] * Math.exp(lnZk);
    if (wz === 0) continue;
    evalAt(y, omega, V, D, false);
    acc[0] += wz * outG * outG;
    acc[1] += wz * outLnZ;
  }
}

/** acc += ∫ dy Z_out(y|ω) {g_out², ln Z_out} at one ω */
function innerY(omega: number, V: number, D: number, acc: Float64Array): void {
  const sV = Math.sqrt(V);
  // a component whose total mass (Φ(∓ω/√V)) is below e^{−60} cannot change G or Ψ at 1e-20
  if (logH(omega / sV) > -60) {
    const w0 = 9 * Math.sqrt(D);
    panel(-w0, -w0 / 3, omega, V, D, 0, acc);
    panel(-w0 / 3, 0, omega, V, D, 0, acc);
    panel(0, w0 / 3, omega, V, D, 0, acc);
    panel(w0 / 3, w0, omega, V, D, 0, acc);
  }
  if (logPhi(omega / sV) > -60) {
    const S = V + D;
    const sig = Math.sqrt(S);
    const s = Math.sqrt((V * D) / S);
    const yStar = (-omega * D) / V;
    const L = (10 * s * S) / V;
    const lo = omega - 9 * sig;
    const hi = omega + 9 * sig;
    panel(Math.max(lo, yStar - L), Math.min(hi, yStar), omega, V, D, 1, acc);
    panel(Math.max(lo, yStar), Math.min(hi, yStar + L), omega, V, D, 1, acc);
    // the bulk panel can span 18σ: two halves, so that 24 nodes each resolve the Gaussian to 1e-10
    const a3 = Math.max(lo, yStar + L);
    const m3 = 0.5 * (a3 + hi);
    panel(a3, m3, omega, V, D, 1, acc);
    panel(m3, hi, omega, V, D, 1, acc);
  }
}

const ACC = new Float64Array(2);

/**
 * Reference 2-D quadrature of G(m, V) = E[g_out²] and Ψ(m, V) = E[ln Z_out] (see the header), written
 * to out[0], out[1]. Costs ~3-6 ms; the SE solvers use the tables of reluTable.ts built from it.
 */
export function reluAverages(m: number, V: number, delta: number, out: Float64Array): void {
  const D = Math.max(delta, RELU_DELTA_MIN);
  const acc = ACC;
  let sG = 0;
  let sPsi = 0;
  if (m <= 0) {
    acc.fill(0);
    innerY(0, V, D, acc);
    sG = acc[0];
    sPsi = acc[1];
  } else {
    const eps = Math.min(1, Math.sqrt(V / m));
    const T = Math.asinh(XI_MAX / eps);
    const K = Math.ceil(T / H_TAU);
    const h = T / K;
    for (let k = -K; k <= K; k++) {
      const tau = k * h;
      const xi = eps * Math.sinh(tau);
      const w = h * eps * Math.cosh(tau) * phi(xi);
      acc.fill(0);
      innerY(Math.sqrt(m) * xi, V, D, acc);
      sG += w * acc[0];
      sPsi += w * acc[1];
    }
  }
  out[0] = sG;
  out[1] = sPsi;
}

/**
 * The channel. With `rho` given, G and Ψ on the SE line m = ρ − V (the only place the solvers ask)
 * come from Chebyshev tables in V built lazily from reluAverages (reluTable.ts, ≤ 1e-9 relative);
 * any other (m, V), or no `rho`, runs the reference quadrature.
 */
export function reluChannel(delta: number, rho?: number): Channel {
  const D = Math.max(delta, RELU_DELTA_MIN);
  const PsiAtZero = -0.5 * Math.log(2 * Math.PI * D) - 0.5;
  const buf = new Float64Array(2);
  const table = rho !== undefined && rho > 0 ? new ReluTable(D, rho, 0.5 / D, PsiAtZero, (m, V, out) => reluAverages(m, V, D, out)) : null;
  let cacheM = NaN;
  let cacheV = NaN;
  let cacheG = 0;
  let cachePsi = 0;

  /** G and Ψ together (the SE solver asks for G, freeEntropy then for Ψ at the same point) */
  const average = (m: number, V: number): void => {
    if (m === cacheM && V === cacheV) return;
    if (table && Math.abs(m + V - table.rho) <= 1e-12 * table.rho) table.at(V, buf);
    else reluAverages(m, V, D, buf);
    cacheM = m;
    cacheV = V;
    cacheG = buf[0];
    cachePsi = buf[1];
  };

  return {
    // V → 0: z is known, y | z = relu(z) + √Δ ξ, so Ψ = E ln N(ξ√Δ; 0, Δ)
    PsiAtZero,
    zeroFixed: false,
    gampVStop: GAMP_V_FLOOR,
    gampSafeguard: true,
    ...(table && { prepare: () => table.prepare() }),
    G(m, V) {
      if (V <= 0) return Infinity;
      average(Math.max(m, 0), V);
      return cacheG;
    },
    Psi(m, V) {
      if (V <= 0) return PsiAtZero;
      average(Math.max(m, 0), V);
      return cachePsi;
    },
    gout(y, omega, V, g, dg) {
      for (let i = 0; i < y.length; i++) {
        evalAt(y[i], omega[i], V, D, true);
        g[i] = outG;
        dg[i] = outDg;
      }
    },
    sample(z: Float64Array, rng: Rng, y: Float64Array) {
      const sd = Math.sqrt(D);
      for (let i = 0; i < z.length; i++) y[i] = Math.max(z[i], 0) + sd * rng.normal();
    },
    /**
     * Test MSE of ŷ = E[y | ω] = reluMean(ω, V) for (ω, z) jointly Gaussian (Var ω = q, Cov = m,
     * Var z = ρ_z): Δ + E[relu(z)²] − 2E[ŷ·E(relu z | ω)] + E[ŷ²], with E[relu(z)²] = ρ_z/2. The ω average
     * is sinhGaussMean on the scale of the switch of ŷ (Gauss-Hermite(64) missed it at small V by 0.6 %).
     */
    testError(q, m, rhoZ, V) {
      const sq = Math.sqrt(Math.max(q, 0));
      const tau = q > 0 ? Math.max(rhoZ - (m * m) / q, 0) : rhoZ;
      // kinks, no variance: ŷ = max(w, 0), E(relu z | w) = max(mw/q, 0) ⇒ q/2 − max(m, 0) + ρ_z/2 (Δ at perfect recovery)
      if (V <= 0 && tau <= 0) return Math.max(q / 2 - Math.max(m, 0) + rhoZ / 2, 0) + D;
      // ŷ switches at |w| ~ √V, E(relu z | w) at |mw/q| ~ √τ: the rule's scale in x = w/√q is the smaller one
      const eps = q > 0 ? Math.min(Math.sqrt(V / q), m !== 0 ? Math.sqrt(tau * q) / Math.abs(m) : 1) : 1;
      const s = sinhGaussMean((x) => {
        const w = sq * x;
        const yhat = reluMean(w, V);
        return yhat * yhat - 2 * yhat * reluMean(q > 0 ? (m * w) / q : 0, tau);
      }, eps);
      return Math.max(rhoZ / 2 + s, 0) + D;
    },
  };
}

/** E[max(0, z)] for z ~ N(μ, τ) */
export function reluMean(mu: number, tau: number): number {
  if (tau <= 0) return Math.max(mu, 0);
  const st = Math.sqrt(tau);
  return mu * Phi(mu / st) + st * phi(mu / st);
}
