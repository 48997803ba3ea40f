/**
 * The output step of the generative prior's inner GLM (Aubin et al., arXiv:1905.12385, Algorithm 1 and
 * Sec. 3): the posterior of x = (Wz/√k)_i given its cavity mean ω and variance V and the spike's
 * Gaussian field (A, B) on v = φ(x),
 *   P(x) ∝ N(x; ω, V) exp(B φ(x) − A φ(x)²/2),   Z(B, ω, V) its normalisation,
 * gives g = ∂_ω ln Z, dg = ∂_ω g (to the latent side) and the mean and variance of v = φ(x) (back to the
 * spike). It is the GLM output channel "y = φ(x) + N(0, 1/A)" with y = B/A (glm/channelLinear.ts,
 * glm/channelRelu.ts), read in the field form, which stays finite at A = 0.
 * linear: Gaussian, μ = (ω + BV)/(1 + AV), variance V/(1 + AV), g = (B − Aω)/(1 + AV), dg = −A/(1 + AV).
 * sign:   Z ∝ e^B Φ(u) + e^{−B} Φ(−u), u = ω/√V: v̂ = tanh(B + ½ ln(Φ(u)/Φ(−u))); Z'' = −(ω/V) Z', so
 *         dg = −(ω/V) g − g²; g is formed with the Mills ratios so that nothing overflows.
 * relu:   x < 0 with weight Φ(−u) (v = 0), or x > 0 from N(μ, s²), s² = V/(1 + AV), truncated, with
 *         weight e^{μ²/2s² − ω²/2V}(s/√V)Φ(μ/s); truncated-normal moments through λ = φ/Φ(μ/s).
 */
import { erfcx, logPhi, millsPhi, phi } from '../numerics/special.ts';
import type { ActKind } from './types.ts';

/** One evaluation's results (module slots: the quadratures call this millions of times). */
export const out = { g: 0, dg: 0, vm: 0, vv: 0 };

/**
 * The sign step's factors of (ω, V) alone — √V, u, the prior field h = ½ ln(Φ(u)/Φ(−u)), the Mills ratios at ±u —
 * set by signPrepare and read by signAt: the state evolution's average over the spike's noise at fixed ω calls
 * signAt alone (the same operations as sign(), so the same bits).
 */
const pre = { omega: 0, V: 0, sV: 0, h: 0, mp: 0, mm: 0 };

export function signPrepare(omega: number, V: number): void {
  const sV = Math.sqrt(V);
  const u = omega / sV;
  pre.omega = omega;
  pre.V = V;
  pre.sV = sV;
  // log Φ(±u) and the Mills ratios at ±u, two by two from one erfcx (logPhiMills; log Φ(−u) = log H(u))
  logPhiMills(u);
  const lp = lm.lp;
  pre.mp = lm.ml;
  logPhiMills(-u);
  pre.h = 0.5 * (lp - lm.lp);
  pre.mm = lm.ml;
}

/** The sign step at field B, with (ω, V) of the last signPrepare: results in `out`. */
export function signAt(B: number): void {
  const t = Math.tanh(B + pre.h);
  // g√V = 2 sinh B φ(u) / (e^B Φ(u) + e^{−B} Φ(−u)), divided through by e^{|B|} φ(u)
  const e = Math.exp(-2 * Math.abs(B));
  const r = B >= 0 ? (1 - e) / (1 / pre.mp + e / pre.mm) : -(1 - e) / (1 / pre.mm + e / pre.mp);
  const g = r / pre.sV;
  out.g = g;
  out.dg = -(pre.omega / pre.V) * g - g * g;
  out.vm = t;
  out.vv = 1 - t * t;
}

function sign(B: number, omega: number, V: number): void {
  signPrepare(omega, V);
  signAt(B);
}

/**
 * The ReLU step's factors: of (A, V) alone (reluField) and of ω at that (A, V) (reluOmega), read by reluAt. The
 * quadratures set the field once per average and ω once per node (as for sign, the same operations as outputAt).
 */
const rpre = { omega: 0, V: 0, sV: 0, k: 0, sk: 0, s2: 0, s: 0, l0: 0, d0: 0, e0: 0 };

export function reluField(A: number, V: number): void {
  const k = 1 + A * V;
  rpre.V = V;
  rpre.sV = Math.sqrt(V);
  rpre.k = k;
  rpre.sk = Math.sqrt(k);
  rpre.s2 = V / k;
  rpre.s = Math.sqrt(V / k);
}

export function reluOmega(omega: number): void {
  const u = omega / rpre.sV;
  // the Mills ratio at −u, λ0 = φ(u)/H(u): E[x | x < 0] − ω = −√V λ0, E[(x − ω)² | x < 0] = V(1 + uλ0)
  const l0 = mills(-u);
  rpre.omega = omega;
  rpre.l0 = l0;
  rpre.d0 = -rpre.sV * l0;
  rpre.e0 = rpre.V * (1 + u * l0);
}

export function reluPrepare(A: number, omega: number, V: number): void {
  reluField(A, V);
  reluOmega(omega);
}

/**
 * The Mills ratio φ(c)/Φ(c) from one erfcx(|c|/√2) (special.ts's millsPhi takes erfcx and φ apart: two
 * exponentials where one does; the SE's quadrature calls reluAt ~10⁵ times a step).
 */
function mills(c: number): number {
  const u = -c / Math.SQRT2;
  if (u >= 0.46875) return (2 * INV_SQRT_2PI) / erfcx(u);
  if (u < -0.46875) {
    // Φ(c) = 1 − e^{−u²} erfcx(−u)/2, φ(c) = e^{−u²}/√(2π)
    const g = Math.exp(-u * u);
    return (INV_SQRT_2PI * g) / (1 - 0.5 * (g * erfcx(-u)));
  }
  return millsPhi(c);
}

/** log Φ(c) and the Mills ratio φ(c)/Φ(c), set by logPhiMills */
const lm = { lp: 0, ml: 0 };
const INV_SQRT_2PI = 0.3989422804014326779;

/**
 * log Φ(c) and φ(c)/Φ(c) with one erfcx(|c|/√2) where special.ts's logPhi and millsPhi both take it
 * (|c|/√2 > 0.46875): the same operations, so the same bits, at half the cost.
 */
function logPhiMills(c: number): void {
  const u = -c / Math.SQRT2;
  if (u >= 0.46875) {
    const e = erfcx(u);
    lm.lp = Math.log(0.5 * e) - u * u;
    lm.ml = (2 * INV_SQRT_2PI) / e;
  } else if (u < -0.46875) {
    // Φ(c) = 1 − H(c) = 1 − t/2, t = erfc(|u|)
    const t = Math.exp(-u * u) * erfcx(-u);
    lm.lp = Math.log1p(-(0.5 * t));
    lm.ml = phi(c) / (0.5 * (2 - t));
  } else {
    lm.lp = logPhi(c);
    lm.ml = millsPhi(c);
  }
}

/**
 * The ReLU step at field B, with (A, V) of the last reluField and ω of the last reluOmega: results in `out`. The
 * weight of x > 0 is Z1/(Z0 + Z1) with Z1/Z0 = e^{c²/2 − u²/2}Φ(c)/(√k H(u)) = λ0/(√k λ1) (λ = φ/Φ at c and at −u):
 * Mills ratios alone, no exponential or logarithm, finite at both ends.
 */
export function reluAt(B: number): void {
  const { omega, V, k, sk, s2, s, l0, d0, e0 } = rpre;
  const mu = (omega + B * V) / k;
  const l1 = mills(mu / s);
  // both ratios underflow to 0 only at u < −38 and c > 38 together: no node of the quadratures (|u| ≤ 10, |ξ| < 9)
  const den = l0 + sk * l1;
  const p1 = den > 0 ? l0 / den : 0.5;
  const p0 = 1 - p1;
  const m1 = mu + s * l1; // E[x | x > 0]
  const x2 = mu * mu + s2 + mu * s * l1; // E[x² | x > 0]
  const vm = p1 * m1;
  out.vm = vm;
  out.vv = Math.max(p1 * x2 - vm * vm, 0);
  // posterior of x: E[x] − ω and Var[x]; g = (E x − ω)/V, dg = (Var x − V)/V²
  const d1 = m1 - omega;
  const g = (p0 * d0 + p1 * d1) / V;
  // E[(x − ω)² | x > 0] = x2 − 2ωm1 + ω²
  const e1 = x2 - 2 * omega * m1 + omega * omega;
  out.g = g;
  out.dg = (p0 * e0 + p1 * e1 - V) / (V * V) - g * g;
}

/** The output step at one site: results in `out`. */
export function outputAt(act: ActKind, B: number, A: number, omega: number, V: number): void {
  if (act === 'sign') return sign(B, omega, V);
  if (act === 'relu') {
    reluPrepare(A, omega, V);
    return reluAt(B);
  }
  const k = 1 + A * V;
  out.g = (B - A * omega) / k;
  out.dg = -A / k;
  out.vm = (omega + B * V) / k;
  out.vv = V / k;
}
