/**
 * Free-entropy landscape in m alone (PHYSICS.md §1 "Free entropy"): Φ(m) = αΨ(m) + ψ(r₊) − m r₊/2
 * with mmse(r₊) = ρ − m, i.e. f_RS maximised over r at fixed m. Its maxima are the stable SE fixed
 * points; the global one is the Bayes-optimal overlap, the others are metastable states.
 */
import { glmPoint } from './curve.ts';
import { rOfV } from './fixedPointCurve.ts';
import { makeModel } from './model.ts';
import { freeEntropy } from './stateEvolution.ts';
import type { GlmParams } from './types.ts';

/** The page's m grid: fine enough for the maxima, cheap enough to follow a dragged α slider. */
export const LANDSCAPE_POINTS = 151;

export interface GlmLandscape {
  /** n points evenly spaced on [0, ρ] */
  m: Float64Array;
  /** Φ(m); +Infinity at m = ρ for noiseless continuous channels */
  f: Float64Array;
  m_amp: number;
  m_bayes: number;
}

/** The landscape with its maxima: the global one (Bayes, exact from glmPoint) and the other local ones, read off the m grid. */
export interface GlmLandscapeMaxima extends GlmLandscape {
  /** f at m_bayes (finite unless perfect recovery of a noiseless continuous channel) */
  f_bayes: number;
  /** local maxima of f on the grid other than the global one (metastable states) */
  local_m: Float64Array;
  local_f: Float64Array;
  /** AMP reaches the global maximum: |m_amp − m_bayes| ≤ 1e-6 ρ (the two solvers agree to ~1e-12 then) */
  amp_is_bayes: boolean;
}

export function glmLandscape(p: GlmParams, alpha: number, nPoints: number): GlmLandscape {
  return landscapeAt(p, alpha, nPoints, glmPoint(p, alpha));
}

function landscapeAt(p: GlmParams, alpha: number, nPoints: number, pt: { m_amp: number; m_bayes: number }): GlmLandscape {
  const model = makeModel(p);
  const n = Math.max(2, Math.floor(nPoints));
  const m = new Float64Array(n);
  const f = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    m[i] = (model.rho * i) / (n - 1);
    const V = model.rho - m[i];
    f[i] = freeEntropy(model, alpha, V, rOfV(model, V));
  }
  return { m, f, m_amp: pt.m_amp, m_bayes: pt.m_bayes };
}

/** Grid indices where f is a local maximum (an end point counts when f rises towards it; a flat start does not). */
export function gridMaxima(f: ArrayLike<number>): number[] {
  const out: number[] = [];
  const n = f.length;
  for (let i = 0; i < n; i++) {
    const left = i === 0 || f[i] >= f[i - 1];
    const right = i === n - 1 || f[i] > f[i + 1];
    if (left && right && !(i === 0 && f[1] === f[0])) out.push(i);
  }
  return out;
}

/** Relative distance |m_amp − m_bayes|/ρ below which AMP is at the global maximum. */
const SAME_STATE = 1e-6;

/**
 * The landscape at α with its maxima. A grid maximum within two cells of the exact global maximum is that
 * same state; the others with f below f_bayes are the metastable ones.
 */
export function glmLandscapeMaxima(p: GlmParams, alpha: number, nPoints = LANDSCAPE_POINTS): GlmLandscapeMaxima {
  const pt = glmPoint(p, alpha);
  const l = landscapeAt(p, alpha, nPoints, pt);
  const { f_bayes } = pt;
  const rho = l.m[l.m.length - 1];
  const cell = (2 * rho) / (l.m.length - 1);
  const local = gridMaxima(l.f).filter((i) => Math.abs(l.m[i] - l.m_bayes) > cell && l.f[i] < f_bayes);
  return {
    ...l,
    f_bayes,
    local_m: Float64Array.from(local, (i) => l.m[i]),
    local_f: Float64Array.from(local, (i) => l.f[i]),
    amp_is_bayes: Math.abs(l.m_amp - l.m_bayes) <= SAME_STATE * rho,
  };
}
