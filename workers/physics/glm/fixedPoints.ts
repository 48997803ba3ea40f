/**
 * All SE fixed points at one α, their stability and free entropy (PHYSICS.md §1 "Free entropy": the stationary
 * points of the potential Φ(m); its maxima are the stable fixed points), and the informed branch. On the
 * fixed-point curve α(s), s = ln r (fixedPointCurve.ts), the fixed points at α are the roots of α(s) = α and a
 * fixed point is stable where α(s) increases (the SE map V ↦ mmse(αG) crosses the diagonal from above). All local
 * extrema of α(s) are bracketed on a grid of step S_STEP and refined by golden section, so each monotone piece
 * between them holds at most one root, found by Brent — no root is read off a grid.
 */
import { brent } from '../numerics/roots.ts';
import { glmBranches } from './curve.ts';
import { alphaOfR, goldenMax, rOfV } from './fixedPointCurve.ts';
import { makeModel, type GlmModel } from './model.ts';
import { freeEntropy, M_UNINFORMED } from './stateEvolution.ts';
import type { GlmParams } from './types.ts';

const S_STEP = 0.25;
const S_FLOOR = Math.log(1e-8);
/** The curve is followed up to V = V_END·ρ; below, the fixed point V = 0 is judged by SE from the informed start. */
const V_END = 1e-9;

export interface GlmFixedPoints {
  alpha: number;
  /** overlaps of the fixed points, ascending (m = 0 for |z|-like channels, m = ρ when perfect recovery is stable) */
  m: Float64Array;
  /** Φ(m) = f_RS at each fixed point (+Infinity at perfect recovery of a noiseless continuous channel) */
  f: Float64Array;
  stable: boolean[];
  n_stable: number;
  /** SE from the uninformed start (what AMP reaches), as glm-point */
  m_amp: number;
  f_amp: number;
  /** SE from the informed start m = ρ(1 − 1e-13): the informed branch */
  m_inf: number;
  f_inf: number;
  converged_inf: boolean;
  /** the stable fixed point with the largest f (glm-point's m_bayes) */
  m_bayes: number;
}

const alphaAt = (model: GlmModel, s: number): number => alphaOfR(model, Math.exp(s));

/** s of every local extremum of α(s) on [lo, hi], ascending. */
function extrema(model: GlmModel, lo: number, hi: number): number[] {
  const out: number[] = [];
  let s0 = lo;
  let a0 = alphaAt(model, s0);
  let s1 = Math.min(lo + S_STEP, hi);
  let a1 = alphaAt(model, s1);
  while (s1 < hi) {
    const s2 = Math.min(s1 + S_STEP, hi);
    const a2 = alphaAt(model, s2);
    const sign = a1 >= a0 && a1 > a2 ? 1 : a1 <= a0 && a1 < a2 ? -1 : 0;
    if (sign !== 0) out.push(goldenMax((s) => sign * alphaAt(model, s), s0, s2, 1e-9).x);
    [s0, a0, s1, a1] = [s1, a1, s2, a2];
  }
  return out;
}

export function glmFixedPoints(p: GlmParams, alpha: number): GlmFixedPoints {
  const model = makeModel(p);
  const { rho, channel } = model;
  const sLo = channel.zeroFixed ? Math.log(rOfV(model, rho * (1 - M_UNINFORMED))) : S_FLOOR;
  const sHi = Math.log(rOfV(model, V_END * rho));
  const knots = [sLo, ...extrema(model, sLo, sHi), sHi];
  const pts: { m: number; f: number; stable: boolean }[] = [];
  const at = (V: number, r: number, stable: boolean) => pts.push({ m: rho - V, f: freeEntropy(model, alpha, V, r), stable });
  if (channel.zeroFixed) at(rho, 0, alpha < alphaAt(model, sLo)); // m = 0: stable below α_WR
  for (let k = 0; k + 1 < knots.length; k++) {
    const [a, b] = [knots[k], knots[k + 1]];
    const [fa, fb] = [alphaAt(model, a) - alpha, alphaAt(model, b) - alpha];
    if (fa * fb > 0 || (fa === 0 && k > 0)) continue;
    const s = brent((x) => alphaAt(model, x) - alpha, a, b, 1e-13).x;
    const r = Math.exp(s);
    at(model.prior.mmse(r), r, fb > fa);
  }
  const br = glmBranches(p, alpha);
  if (br.inf.V === 0) at(0, Infinity, true); // perfect recovery, stable: the informed SE run collapses to V = 0
  pts.sort((x, y) => x.m - y.m);
  return {
    alpha,
    m: Float64Array.from(pts, (x) => x.m),
    f: Float64Array.from(pts, (x) => x.f),
    stable: pts.map((x) => x.stable),
    n_stable: pts.filter((x) => x.stable).length,
    m_amp: rho - br.amp.V,
    f_amp: br.amp.f,
    m_inf: rho - br.inf.V,
    f_inf: br.inf.f,
    converged_inf: br.inf.converged,
    m_bayes: br.bayes.m,
  };
}
