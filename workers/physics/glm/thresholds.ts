/**
 * Phase-transition thresholds of the Bayes-optimal GLM (PHYSICS.md §1 "Thresholds"; Barbier et al.
 * PNAS 2019, Sec. "Phase diagrams"), located on the parametric fixed-point curve α(s), s = ln r
 * (fixedPointCurve.ts: α = r / G(ρ − mmse(r)), no inversion needed):
 *   α_WR  = α at the lower end m = 0+ where m = 0 is a fixed point (|z|: ½);
 *   α_alg = first local maximum of α(s): the uninformed (AMP) branch ends (spinodal);
 *   α_IT  = where the free entropies of the uninformed and the informed stable branches are equal
 *           (Brent on Δf); for noiseless continuous channels the informed branch is perfect recovery
 *           with f = +∞, so α_IT is where V = 0 becomes stable: lim_{r→∞} α.
 * Extrema are bracketed on a grid in s (or, when continuing along a parameter, around the previous
 * extremum) and refined by golden section; roots by Brent.
 */
import { brent, brentStream } from '../numerics/roots.ts';
import { drain, type Resumable } from '../resumable.ts';
import { alphaOfR, goldenMax, rOfV } from './fixedPointCurve.ts';
import { makeModel, type GlmModel } from './model.ts';
import { freeEntropy, M_UNINFORMED } from './stateEvolution.ts';
import type { GlmParams } from './types.ts';

export interface GlmThresholds {
  alpha_wr: number | null;
  alpha_alg: number | null;
  alpha_it: number | null;
}

/** Bracketing grid step in s = ln r; extrema of α(s) are O(1) wide in s for every prior × channel here. */
const S_STEP = 0.25;
/** Lower end of the grid when m = 0 is not a fixed point (α(r) ∝ r there, so nothing happens below). */
const S_FLOOR = Math.log(1e-8);
/** Upper end of the informed segment: mmse(r) = V_END·ρ (the m-grid of the SE solvers reaches 1e-9 too). */
const V_END = 1e-9;
/** Golden-section tolerance in s: α is flat at an extremum, so its error is O(α''·1e-14). */
const S_TOL = 1e-7;
/** Half-width in s of the warm bracket around the previous extremum. */
const WARM_S = 2 * S_STEP;
/** Relative half-width of the warm α_IT bracket. */
const WARM_IT = 0.05;
/**
 * An extremum must stand out of the rounding noise of α(s) by this much (relative), on both flanks one grid
 * step away. Near m = 0+ the SE quantities are differences of nearly equal numbers and α(s) wobbles by ~1e-8
 * (sparse prior × |z|: a 5e-8 bump right after α_WR was once taken for the spinodal); genuine spinodals of
 * the models here stand out by ≥ 1e-3.
 */
const PROMINENCE = 1e-6;

interface Extremum {
  s: number;
  alpha: number;
}

/** Everything the threshold and branch solvers share for one model. */
export interface FixedPointCurve {
  model: GlmModel;
  /** ln r at the lower end of the uninformed segment (m = 0+ for |z|) */
  sLo: number;
  /** ln r at the upper end of the informed segment, mmse = V_END·ρ */
  sHi: number;
  /** first local maximum of α(s) (AMP spinodal), or null */
  alg: Extremum | null;
  /** next local minimum after it (informed-branch spinodal), or null */
  inf: Extremum | null;
  /** α(r → ∞): onset of stable perfect recovery when the informed branch is V = 0 */
  alphaPerfect: number;
}

/** Where the previous point of a continuation found its extrema and α_IT (null: did not exist). */
export interface ThresholdHint {
  sAlg: number | null;
  sInf: number | null;
  alphaIt: number | null;
}

const alphaAt = (model: GlmModel, s: number): number => alphaOfR(model, Math.exp(s));

/**
 * Golden section of sign·α on [a, b]; null unless the optimum is interior and prominent (a genuine local
 * extremum, not rounding noise). [lo, hi] is the whole segment, where the flanks are evaluated.
 */
function refine(model: GlmModel, sign: 1 | -1, a: number, b: number, lo: number, hi: number): Extremum | null {
  const r = goldenMax((s) => sign * alphaAt(model, s), a, b, S_TOL);
  const margin = 10 * S_TOL * Math.max(1, Math.abs(r.x));
  if (r.x - a < margin || b - r.x < margin) return null;
  const flank = Math.max(sign * alphaAt(model, Math.max(lo, r.x - S_STEP)), sign * alphaAt(model, Math.min(hi, r.x + S_STEP)));
  if (r.f - flank < PROMINENCE * Math.abs(r.f)) return null;
  return { s: r.x, alpha: sign * r.f };
}

/** First interior local maximum of sign·α(s) on the grid from `from` to `to`, refined; a pause at each grid step. */
function* scan(model: GlmModel, sign: 1 | -1, from: number, to: number): Resumable<Extremum | null, never> {
  let s0 = from;
  let f0 = sign * alphaAt(model, s0);
  let s1 = Math.min(from + S_STEP, to);
  let f1 = sign * alphaAt(model, s1);
  while (s1 < to) {
    yield;
    const s2 = Math.min(s1 + S_STEP, to);
    const f2 = sign * alphaAt(model, s2);
    if (f1 >= f0 && f1 > f2) {
      const e = refine(model, sign, s0, s2, from, to);
      if (e) return e;
    }
    [s0, f0, s1, f1] = [s1, f1, s2, f2];
  }
  return null;
}

/** Extremum near the previous one (continuation), else by scanning. */
function* extremum(model: GlmModel, sign: 1 | -1, from: number, to: number, prev: number | null): Resumable<Extremum | null, never> {
  if (prev !== null) {
    const a = Math.max(from, prev - WARM_S);
    const b = Math.min(to, prev + WARM_S);
    const e = b > a ? refine(model, sign, a, b, from, to) : null;
    if (e) return e;
  }
  return yield* scan(model, sign, from, to);
}

export function fixedPointCurve(model: GlmModel, hint?: ThresholdHint): FixedPointCurve {
  return drain(fixedPointCurveStream(model, hint));
}

function* fixedPointCurveStream(model: GlmModel, hint?: ThresholdHint): Resumable<FixedPointCurve, never> {
  const { rho } = model;
  const sLo = model.channel.zeroFixed ? Math.log(rOfV(model, rho * (1 - M_UNINFORMED))) : S_FLOOR;
  const sHi = Math.log(rOfV(model, V_END * rho));
  const alg = yield* extremum(model, 1, sLo, sHi, hint ? hint.sAlg : null);
  const inf = alg ? yield* extremum(model, -1, alg.s, sHi, hint ? hint.sInf : null) : null;
  return { model, sLo, sHi, alg, inf, alphaPerfect: alphaOfR(model, rOfV(model, rho * 1e-14)) };
}

/** f_RS and m of the fixed point at r = e^s (V = mmse(r)); s = ±Infinity give m = 0 and V = 0. */
function atS(model: GlmModel, alpha: number, s: number): { m: number; f: number } {
  const r = Math.exp(s);
  const V = s === -Infinity ? model.rho : model.prior.mmse(r);
  return { m: model.rho - V, f: freeEntropy(model, alpha, V, V > 0 ? r : Infinity) };
}

/** The uninformed stable fixed point at α < α_alg (solve α(s) = α on the increasing segment). */
export function lowerBranch(c: FixedPointCurve, alpha: number): { m: number; f: number } {
  const { model, sLo } = c;
  const sTop = c.alg ? c.alg.s : c.sHi;
  if (alpha <= alphaAt(model, sLo)) return atS(model, alpha, -Infinity);
  if (alpha >= alphaAt(model, sTop)) return atS(model, alpha, sTop);
  return atS(model, alpha, brent((s) => alphaAt(model, s) - alpha, sLo, sTop, 1e-12).x);
}

/** The informed stable fixed point (perfect recovery V = 0 when no local minimum of α(s) exists). */
export function upperBranch(c: FixedPointCurve, alpha: number): { m: number; f: number } {
  const { model } = c;
  if (!c.inf || alpha >= alphaAt(model, c.sHi)) return atS(model, alpha, Infinity);
  return atS(model, alpha, brent((s) => alphaAt(model, s) - alpha, c.inf.s, c.sHi, 1e-12).x);
}

/** Thresholds of one model, optionally continued from a neighbouring parameter's `hint`; returns the next hint. */
export function thresholdsOf(model: GlmModel, hint?: ThresholdHint): { thresholds: GlmThresholds; hint: ThresholdHint } {
  return drain(thresholdsOfStream(model, hint));
}

/** thresholdsOf as a resumable computation: it pauses at each step of the extrema's scans and after each Δf (two SE roots). */
export function* thresholdsOfStream(model: GlmModel, hint?: ThresholdHint): Resumable<{ thresholds: GlmThresholds; hint: ThresholdHint }, never> {
  const c = yield* fixedPointCurveStream(model, hint);
  const alpha_wr = model.channel.zeroFixed ? alphaAt(model, c.sLo) : null;
  const out = (alpha_alg: number | null, alpha_it: number | null) => ({
    thresholds: { alpha_wr, alpha_alg, alpha_it },
    hint: { sAlg: c.alg ? c.alg.s : null, sInf: c.inf ? c.inf.s : null, alphaIt: alpha_it },
  });
  const perfectInfinite = model.channel.PsiAtZero === Infinity && Number.isFinite(c.alphaPerfect);
  if (!c.alg) {
    // no spinodal: continuous transition; for noiseless continuous channels AMP and Bayes reach V = 0 together
    const a = perfectInfinite ? c.alphaPerfect : null;
    return out(a, a);
  }
  const alpha_alg = c.alg.alpha;
  if (!c.inf && perfectInfinite) return out(alpha_alg, Math.min(c.alphaPerfect, alpha_alg));
  function* df(a: number): Resumable<number, never> {
    const d = upperBranch(c, a).f - lowerBranch(c, a).f;
    yield;
    return d;
  }
  let hi = alpha_alg * (1 - 1e-9);
  let lo = c.inf ? c.inf.alpha * (1 + 1e-9) : alpha_alg * 1e-3;
  if (hint?.alphaIt != null) {
    const a = Math.max(lo, hint.alphaIt * (1 - WARM_IT));
    const b = Math.min(hi, hint.alphaIt * (1 + WARM_IT));
    if (a < b && (yield* df(a)) < 0 && (yield* df(b)) > 0) [lo, hi] = [a, b];
  }
  if (!((yield* df(hi)) > 0 && (yield* df(lo)) < 0)) return out(alpha_alg, null);
  return out(alpha_alg, (yield* brentStream(df, lo, hi, 1e-10)).x);
}

/** α_WR, α_alg, α_IT (null where absent) for one prior × channel. */
export function glmThresholds(p: GlmParams): GlmThresholds {
  return thresholdsOf(makeModel(p)).thresholds;
}
