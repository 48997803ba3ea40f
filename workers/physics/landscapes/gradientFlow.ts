/**
 * Spherical gradient flow / Langevin dynamics in the spiked matrix-tensor model (arXiv:1812.09066,
 * 1907.08226; PHYSICS.md §4): ẋ = −∇L − μx + η, ⟨η_i(t)η_j(t')⟩ = 2T δ_ij δ(t − t'), with the Lagrange
 * multiplier μ = T − x·∇L/N that keeps |x|² = N. Integrated by Euler-Maruyama steps of size h followed
 * by a projection back onto the sphere (the projection removes the O(h²) drift off the sphere).
 */
import { childSeed, Rng } from '../numerics/rng.ts';
import { lossGradient, projectToSphere, randomOnSphere, spikedInstance } from './instance.ts';
import type { SpikedInstance } from './instance.ts';

export interface GfStepParams {
  /** Langevin temperature; 0 = gradient flow */
  T: number;
  /** time step */
  h: number;
  tmax: number;
}

export interface LandscapeGfParams extends GfStepParams {
  N: number;
  invd2: number;
  dp: number;
  seed: number;
  /** number of independent runs (instance + start), seeded childSeed(seed, s) */
  seeds: number;
}

export interface GfSeries {
  t: Float64Array;
  /** overlap m = x·x* / N */
  m: Float64Array;
  mu: Float64Array;
  /** e = L/N */
  e: Float64Array;
}

export interface LandscapeGfResult extends GfSeries {
  /** series of every run (t shared); m, mu, e above are run 0's */
  m_seeds: Float64Array[];
  mu_seeds: Float64Array[];
  e_seeds: Float64Array[];
  /** fraction of runs ending with m > 0.5 (PHYSICS.md §4) */
  success_rate: number;
  /** fraction of runs ending with |m| > 0.3 (escapes to −x* count) */
  escape_rate: number;
}

/** Success and escape as PHYSICS.md §4 defines them. */
export const SUCCESS_M = 0.5;
export const ESCAPE_M = 0.3;

/** Stored points per series: enough for a chart, bounded for the worker message. */
const MAX_POINTS = 1000;

/**
 * One run from x (overwritten with the final state). `rng` drives the thermal noise only.
 * Progress fractions are mapped onto [p0, p1].
 */
export function spikedGfRun(
  inst: SpikedInstance,
  x: Float64Array,
  p: GfStepParams,
  rng: Rng,
  onProgress?: (fraction: number) => void,
  p0 = 0,
  p1 = 1,
): GfSeries {
  const { N, xStar } = inst;
  const nSteps = Math.max(0, Math.round(p.tmax / p.h));
  const stride = Math.max(1, Math.ceil(nSteps / (MAX_POINTS - 1)));
  const nPoints = Math.floor(nSteps / stride) + 1;
  const out: GfSeries = { t: new Float64Array(nPoints), m: new Float64Array(nPoints), mu: new Float64Array(nPoints), e: new Float64Array(nPoints) };
  const g = new Float64Array(N);
  const noise = p.T > 0 ? Math.sqrt(2 * p.T * p.h) : 0;
  const reportEvery = Math.max(1, Math.ceil(nSteps / 100));
  for (let step = 0; ; step++) {
    const L = lossGradient(inst, x, g);
    let xg = 0;
    let xm = 0;
    for (let i = 0; i < N; i++) {
      xg += x[i] * g[i];
      xm += x[i] * xStar[i];
    }
    const mu = p.T - xg / N;
    if (step % stride === 0) {
      const k = step / stride;
      out.t[k] = step * p.h;
      out.m[k] = xm / N;
      out.mu[k] = mu;
      out.e[k] = L / N;
    }
    if (step === nSteps) break;
    for (let i = 0; i < N; i++) x[i] -= p.h * (g[i] + mu * x[i]);
    if (noise > 0) for (let i = 0; i < N; i++) x[i] += noise * rng.normal();
    projectToSphere(x);
    if (onProgress && (step + 1) % reportEvery === 0) onProgress(p0 + ((p1 - p0) * (step + 1)) / nSteps);
  }
  return out;
}

/** A seeded run's instance, start and noise stream (instance first, then x(0), then the noise). */
export function seededRun(p: { N: number; invd2: number; dp: number; seed: number }, s: number): { inst: SpikedInstance; x: Float64Array; rng: Rng } {
  const rng = new Rng(childSeed(p.seed, s));
  const inst = spikedInstance(p.N, p.invd2, p.dp, rng);
  const x = randomOnSphere(p.N, rng);
  return { inst, x, rng };
}

/**
 * m(t), μ(t), e(t) of `seeds` independent finite-N runs started uniformly on the sphere (m(0) ~ N^{-½});
 * compare with `landscapeDmft` at m0 = 1/√N. Cost: one tensor pass, O(N³/6), per step.
 */
export function landscapeGf(p: LandscapeGfParams, onProgress?: (fraction: number) => void): LandscapeGfResult {
  const runs: GfSeries[] = [];
  let success = 0;
  let escape = 0;
  for (let s = 0; s < p.seeds; s++) {
    const { inst, x, rng } = seededRun(p, s);
    const r = spikedGfRun(inst, x, p, rng, onProgress, s / p.seeds, (s + 1) / p.seeds);
    const mEnd = r.m[r.m.length - 1];
    if (mEnd > SUCCESS_M) success++;
    if (Math.abs(mEnd) > ESCAPE_M) escape++;
    runs.push(r);
  }
  return {
    t: runs[0].t,
    m: runs[0].m,
    mu: runs[0].mu,
    e: runs[0].e,
    m_seeds: runs.map((r) => r.m),
    mu_seeds: runs.map((r) => r.mu),
    e_seeds: runs.map((r) => r.e),
    success_rate: success / p.seeds,
    escape_rate: escape / p.seeds,
  };
}
