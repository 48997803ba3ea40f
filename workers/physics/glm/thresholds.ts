/**
 * Phase-transition thresholds of the Bayes-optimal GLM (PHYSICS.md §1 "Thresholds"; Barbier et al.
 * PNAS 2019, Sec. "Phase diagrams"), located on the parametric fixed-point curve α(m):
 *   α_WR  = lim_{m→0+} α(m) where m = 0 is a fixed point (|z|: ½);
 *   α_alg = first local maximum of α(m): the uninformed (AMP) branch ends (spinodal);
 *   α_IT  = where the free entropies of the uninformed and the informed stable branches are equal
 *           (Brent on Δf); for noiseless continuous channels the informed branch is perfect recovery
 *           with f = +∞, so α_IT is where V = 0 becomes stable: lim_{m→ρ} α(m).
 * Extrema are bracketed on a coarse m grid and refined by golden section; roots by Brent.
 */
import { brent } from '../numerics/roots.ts';
import { alphaOfM, goldenMax, rOfV } from './fixedPointCurve.ts';
import { makeModel, type GlmModel } from './model.ts';
import { freeEntropy, M_UNINFORMED } from './stateEvolution.ts';
import type { GlmParams } from './types.ts';

export interface GlmThresholds {
  alpha_wr: number | null;
  alpha_alg: number | null;
  alpha_it: number | null;
}

/** V of the m-grid used to bracket extrema: dense near m = 0 and, on a log scale, near m = ρ. */
function mGrid(rho: number): Float64Array {
  const out: number[] = [];
  for (let k = 1; k <= 60; k++) out.push(rho * (k / 61) * (k / 61));
  for (let k = 0; k <= 40; k++) out.push(rho * (1 - Math.pow(10, -1 - (8 * k) / 40)));
  return Float64Array.from(out.filter((m) => m > 0 && m < rho).sort((a, b) => a - b));
}

/** Everything the threshold and branch solvers share for one model. */
export interface FixedPointCurve {
  model: GlmModel;
  /** lower end of the uninformed segment (0, or 0+ for |z|) */
  mLo: number;
  /** first local maximum of α(m) (AMP spinodal), or null */
  alg: { m: number; alpha: number } | null;
  /** next local minimum after it (informed-branch spinodal), or null */
  inf: { m: number; alpha: number } | null;
  /** α(m → ρ): onset of stable perfect recovery when the informed branch is V = 0 */
  alphaPerfect: number;
}

export function fixedPointCurve(model: GlmModel): FixedPointCurve {
  const { rho } = model;
  const ms = mGrid(rho);
  const al = Float64Array.from(ms, (m) => alphaOfM(model, m));
  const mLo = model.channel.zeroFixed ? rho * M_UNINFORMED : 0;
  let alg: FixedPointCurve['alg'] = null;
  let inf: FixedPointCurve['inf'] = null;
  let k = 1;
  for (; k < ms.length - 1; k++) {
    if (al[k] >= al[k - 1] && al[k] > al[k + 1]) {
      const r = goldenMax((m) => alphaOfM(model, m), ms[k - 1], ms[k + 1]);
      alg = { m: r.x, alpha: r.f };
      break;
    }
  }
  if (alg) {
    for (k = k + 1; k < ms.length - 1; k++) {
      if (al[k] <= al[k - 1] && al[k] < al[k + 1]) {
        const r = goldenMax((m) => -alphaOfM(model, m), ms[k - 1], ms[k + 1]);
        inf = { m: r.x, alpha: -r.f };
        break;
      }
    }
  }
  return { model, mLo, alg, inf, alphaPerfect: alphaOfM(model, rho * (1 - 1e-14)) };
}

/** f_RS and m of a fixed point given by its overlap */
function atM(model: GlmModel, alpha: number, m: number): { m: number; f: number } {
  const V = model.rho - m;
  return { m, f: freeEntropy(model, alpha, V, V > 0 ? rOfV(model, V) : Infinity) };
}

/** The uninformed stable fixed point at α < α_alg (solve α(m) = α on the increasing segment). */
export function lowerBranch(c: FixedPointCurve, alpha: number): { m: number; f: number } {
  const { model, mLo } = c;
  const mHi = c.alg ? c.alg.m : model.rho * (1 - 1e-10);
  if (alpha <= alphaOfM(model, Math.max(mLo, 1e-300)) || mLo === 0 && alpha <= 0) return atM(model, alpha, 0);
  if (alpha >= alphaOfM(model, mHi)) return atM(model, alpha, mHi);
  return atM(model, alpha, brent((m) => alphaOfM(model, m) - alpha, Math.max(mLo, 1e-300), mHi, 1e-14).x);
}

/** The informed stable fixed point (perfect recovery V = 0 when no local minimum of α(m) exists). */
export function upperBranch(c: FixedPointCurve, alpha: number): { m: number; f: number } {
  const { model } = c;
  if (!c.inf) return atM(model, alpha, model.rho);
  const mHi = model.rho * (1 - 1e-10);
  if (alpha >= alphaOfM(model, mHi)) return atM(model, alpha, model.rho);
  return atM(model, alpha, brent((m) => alphaOfM(model, m) - alpha, c.inf.m, mHi, 1e-14).x);
}

/** α_WR, α_alg, α_IT (null where absent) for one prior × channel. */
export function glmThresholds(p: GlmParams): GlmThresholds {
  const model = makeModel(p);
  const c = fixedPointCurve(model);
  const alpha_wr = model.channel.zeroFixed ? alphaOfM(model, c.mLo) : null;
  const perfectInfinite = model.channel.PsiAtZero === Infinity && Number.isFinite(c.alphaPerfect);
  if (!c.alg) {
    // no spinodal: continuous transition; for noiseless continuous channels AMP and Bayes reach V = 0 together
    const a = perfectInfinite ? c.alphaPerfect : null;
    return { alpha_wr, alpha_alg: a, alpha_it: a };
  }
  const alpha_alg = c.alg.alpha;
  if (!c.inf && perfectInfinite) return { alpha_wr, alpha_alg, alpha_it: Math.min(c.alphaPerfect, alpha_alg) };
  const df = (a: number): number => upperBranch(c, a).f - lowerBranch(c, a).f;
  const aHi = alpha_alg * (1 - 1e-9);
  const aLo = c.inf ? c.inf.alpha * (1 + 1e-9) : alpha_alg * 1e-3;
  if (!(df(aHi) > 0 && df(aLo) < 0)) return { alpha_wr, alpha_alg, alpha_it: null };
  return { alpha_wr, alpha_alg, alpha_it: brent(df, aLo, aHi, 1e-10).x };
}
