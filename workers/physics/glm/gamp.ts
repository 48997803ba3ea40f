/**
 * GAMP on finite instances (Rangan, arXiv:1010.5141; normalisations of PHYSICS.md §1 "GAMP", which
 * match SE): X_{μi} ~ N(0, 1/d) i.i.d., so Σ_i X²_{μi} v̂_i → mean v̂ and Σ_μ X²_{μi} ∂g_μ → α mean ∂g —
 * two mat-vecs per iteration. X is stored once as Float32Array (n×d row-major; the N(0,1/d) entries
 * need no more than single precision for overlaps at the 1e-4 level, and it halves memory traffic).
 */
import { storedGaussian, streamedGaussian, type GaussianDesign } from '../numerics/f32Matrix.ts';
import { childSeed, Rng } from '../numerics/rng.ts';
import { makeModel } from './model.ts';
import { M_UNINFORMED, seStep } from './stateEvolution.ts';
import type { Channel, GlmParams } from './types.ts';

export interface GampOptions {
  alpha: number;
  d: number;
  seed: number;
  seeds: number;
  iters: number;
  damping: number;
  /** X is stored when n·d ≤ this (default GAMP_MAX_ENTRIES), else streamed (tests force streaming with 0) */
  maxStoredEntries?: number;
}

export interface GampResult {
  /** 1..iters */
  iter: Float64Array;
  /** weight MSE |ŵ − w⋆|²/d, mean over seeds (|z|: up to the global sign) */
  mse: Float64Array;
  mse_lo: Float64Array;
  mse_hi: Float64Array;
  /** SE prediction from the same start */
  mse_se: Float64Array;
  /** overlap ŵ·w⋆/d (|z|: its absolute value), mean over seeds */
  m: Float64Array;
  m_se: Float64Array;
  /** test error on fresh inputs (exact Gaussian expectation at the run's overlaps; see Channel.testError) */
  eg: Float64Array;
  /** which start was used, for the caption */
  start: string;
}

/** Scale of the random start for |z|, where ŵ = 0 is an exact fixed point (PHYSICS.md §1). */
const ABS_START = 0.1;
/**
 * Variance safeguard: in the matched (Bayes-optimal) setting the output step obeys the Nishimori identity
 * Σ g² = −Σ ∂g at the true variance of ω − z. When R = Σ g²/Σ(−∂g) exceeds 1 by more than SAFE_SIGMAS finite-size
 * standard deviations (~1/√n; measured spread of R on converging runs ≲ 2/√n), v̂ underestimates the error of ω and
 * the next step is overconfident — where GAMP's divergence starts (binary perceptron, α = 1.7, d = 1000, seed
 * 442755239: R = 1.19, 1.70, 2.37 at t = 11-13, MSE 0.03 → 0.28). V is then raised to the root of R(V) = 1 for the
 * output step (the Onsager term keeps mean v̂). Asymptotically R → 1, so this leaves large-d GAMP = SE untouched.
 */
const SAFE_SIGMAS = 4;
/**
 * Largest n·d entries of the stored Float32 matrix X (4·10⁷ entries = 160 MB): a browser tab must
 * survive the largest instance the sliders allow (d = 8000, α = 10 would be 2.5 GB). Beyond it X is streamed.
 */
export const GAMP_MAX_ENTRIES = 4e7;

/**
 * Draw X (n×d, entries N(0, 1/d) as Float32) from `rng` (the stream then stands after it, as after `fillNormal`):
 * stored when it fits, else streamed — each product replays the same stretch of the stream (f32Matrix.ts), so
 * both give the same entries and the same numbers. Streaming holds O(n + d) numbers and costs one normal draw per
 * entry per product (issue #11: every d the schema accepts runs, at any α).
 */
function drawDesign(rng: Rng, n: number, d: number, maxStored: number): GaussianDesign {
  const scale = 1 / Math.sqrt(d);
  return n * d <= maxStored ? storedGaussian(n, d, rng, scale) : streamedGaussian(n, d, rng, scale);
}

export function glmAmp(p: GlmParams, o: GampOptions, onProgress?: (f: number) => void): GampResult {
  const model = makeModel(p);
  const { prior, channel, rho } = model;
  const d = Math.round(o.d);
  const n = Math.max(1, Math.round(o.alpha * d));
  const alpha = n / d;
  const T = Math.max(1, Math.round(o.iters));
  const seeds = Math.max(1, Math.round(o.seeds));
  const gam = o.damping;
  const symmetric = channel.zeroFixed;
  const w = new Float64Array(d);
  const z = new Float64Array(n);
  const y = new Float64Array(n);
  const what = new Float64Array(d);
  const vhat = new Float64Array(d);
  const fa = new Float64Array(d);
  const fv = new Float64Array(d);
  const B = new Float64Array(d);
  const omega = new Float64Array(n);
  const g = new Float64Array(n);
  const dg = new Float64Array(n);
  const mseRuns = Array.from({ length: seeds }, () => new Float64Array(T));
  const mRuns = Array.from({ length: seeds }, () => new Float64Array(T));
  const egRuns = Array.from({ length: seeds }, () => new Float64Array(T));
  let m0Sum = 0;
  for (let s = 0; s < seeds; s++) {
    const rng = new Rng(childSeed(o.seed, s));
    const X = drawDesign(rng, n, d, o.maxStoredEntries ?? GAMP_MAX_ENTRIES);
    try {
      prior.sample(rng, w);
      X.times(w, z);
      channel.sample(z, rng, y);
      let rhoZ = 0;
      for (let i = 0; i < d; i++) rhoZ += w[i] * w[i];
      rhoZ /= d;
      if (symmetric) rng.fillNormal(what, ABS_START);
      else what.fill(0);
      vhat.fill(rho);
      g.fill(0);
      let m0 = 0;
      for (let i = 0; i < d; i++) m0 += what[i] * w[i];
      m0Sum += Math.abs(m0 / d);
      let stopped = -1;
      for (let t = 0; t < T; t++) {
        // a heartbeat per iteration: a streamed X makes one iteration take seconds
        onProgress?.((s + t / T) / seeds);
        if (stopped < 0) {
          let V = 0;
          for (let i = 0; i < d; i++) V += vhat[i];
          V /= d;
          X.times(what, omega);
          for (let mu = 0; mu < n; mu++) omega[mu] -= V * g[mu];
          outputStep(channel, y, omega, V, g, dg, 4 * rho);
          let sdg = 0;
          for (let mu = 0; mu < n; mu++) sdg += dg[mu];
          const A = (-alpha * sdg) / n;
          X.transposeTimes(g, B);
          for (let i = 0; i < d; i++) B[i] += A * what[i];
          prior.denoise(A, B, fa, fv);
          for (let i = 0; i < d; i++) {
            what[i] = (1 - gam) * fa[i] + gam * what[i];
            vhat[i] = (1 - gam) * fv[i] + gam * vhat[i];
          }
        }
        let q = 0;
        let m = 0;
        let v = 0;
        for (let i = 0; i < d; i++) {
          q += what[i] * what[i];
          m += what[i] * w[i];
          v += vhat[i];
        }
        q /= d;
        m /= d;
        v /= d;
        if (symmetric) m = Math.abs(m);
        mseRuns[s][t] = Math.max(q - 2 * m + rhoZ, 0);
        mRuns[s][t] = m;
        egRuns[s][t] = channel.testError(q, m, rhoZ, v);
        if (stopped < 0 && v < channel.gampVStop) stopped = t;
      }
    } finally {
      X.dispose();
    }
    onProgress?.((s + 1) / seeds);
  }
  const res: GampResult = {
    iter: Float64Array.from({ length: T }, (_, t) => t + 1),
    mse: new Float64Array(T),
    mse_lo: new Float64Array(T),
    mse_hi: new Float64Array(T),
    mse_se: new Float64Array(T),
    m: new Float64Array(T),
    m_se: new Float64Array(T),
    eg: new Float64Array(T),
    start: symmetric ? `ŵ⁰ = ${ABS_START}·N(0,1) (ŵ = 0 is a fixed point of |z|)` : 'ŵ⁰ = 0, v̂⁰ = ρ',
  };
  for (let t = 0; t < T; t++) {
    let sm = 0;
    let sm2 = 0;
    for (let s = 0; s < seeds; s++) {
      sm += mseRuns[s][t];
      sm2 += mseRuns[s][t] ** 2;
      res.m[t] += mRuns[s][t] / seeds;
      res.eg[t] += egRuns[s][t] / seeds;
    }
    const mean = sm / seeds;
    const sd = Math.sqrt(Math.max(sm2 / seeds - mean * mean, 0));
    res.mse[t] = mean;
    res.mse_lo[t] = Math.max(mean - sd, 0);
    res.mse_hi[t] = mean + sd;
  }
  // SE from the same start: m⁰ = mean |ŵ⁰·w⋆|/d (0 for ŵ⁰ = 0; 0+ for |z|)
  let V = rho - Math.max(m0Sum / seeds, symmetric ? rho * M_UNINFORMED : 0);
  for (let t = 0; t < T; t++) {
    V = V > 0 ? (1 - gam) * seStep(model, alpha, V).V + gam * V : 0;
    res.mse_se[t] = V;
    res.m_se[t] = rho - V;
  }
  return res;
}

/** Σ g² / Σ(−∂g) at variance V (Nishimori ratio: 1 at the true variance). */
function nishimoriRatio(channel: Channel, y: Float64Array, omega: Float64Array, V: number, g: Float64Array, dg: Float64Array): number {
  channel.gout(y, omega, V, g, dg);
  let g2 = 0;
  let mdg = 0;
  for (let mu = 0; mu < y.length; mu++) {
    g2 += g[mu] * g[mu];
    mdg -= dg[mu];
  }
  return g2 / mdg;
}

/**
 * GAMP's output step g = g_out(y, ω, V), dg = ∂_ω g_out, with the variance safeguard (SAFE_SIGMAS): if the channel
 * allows it and R(V) > 1 + SAFE_SIGMAS/√n, V is raised (doubling, then 30 bisections in ln V, capped at vMax) to
 * where R = 1. n evaluations of g_out per trial, against the n·d of the mat-vecs.
 */
function outputStep(channel: Channel, y: Float64Array, omega: Float64Array, V: number, g: Float64Array, dg: Float64Array, vMax: number): void {
  if (!channel.gampSafeguard) {
    channel.gout(y, omega, V, g, dg);
    return;
  }
  if (!(nishimoriRatio(channel, y, omega, V, g, dg) > 1 + SAFE_SIGMAS / Math.sqrt(y.length))) return;
  let lo = V;
  let hi = V;
  while (hi < vMax && nishimoriRatio(channel, y, omega, hi, g, dg) > 1) {
    lo = hi;
    hi = Math.min(2 * hi, vMax);
  }
  for (let k = 0; k < 30 && hi > lo; k++) {
    const mid = Math.sqrt(lo * hi);
    if (nishimoriRatio(channel, y, omega, mid, g, dg) > 1) lo = mid;
    else hi = mid;
  }
  channel.gout(y, omega, hi, g, dg);
}
