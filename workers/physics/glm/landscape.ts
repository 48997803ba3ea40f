/**
 * Free-entropy landscape in m alone (PHYSICS.md §1 "Free entropy"): Φ(m) = αΨ(m) + ψ(r₊) − m r₊/2
 * with mmse(r₊) = ρ − m, i.e. f_RS maximised over r at fixed m. Its maxima are the stable SE fixed
 * points; the global one is the Bayes-optimal overlap.
 */
import { glmPoint } from './curve.ts';
import { rOfV } from './fixedPointCurve.ts';
import { makeModel } from './model.ts';
import { freeEntropy } from './stateEvolution.ts';
import type { GlmParams } from './types.ts';

export interface GlmLandscape {
  m: Float64Array;
  /** Φ(m); +Infinity at m = ρ for noiseless continuous channels */
  f: Float64Array;
  m_amp: number;
  m_bayes: number;
}

export function glmLandscape(p: GlmParams, alpha: number, nPoints: number): GlmLandscape {
  const model = makeModel(p);
  const n = Math.max(2, Math.floor(nPoints));
  const m = new Float64Array(n);
  const f = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    m[i] = (model.rho * i) / (n - 1);
    const V = model.rho - m[i];
    f[i] = freeEntropy(model, alpha, V, rOfV(model, V));
  }
  const pt = glmPoint(p, alpha);
  return { m, f, m_amp: pt.m_amp, m_bayes: pt.m_bayes };
}
