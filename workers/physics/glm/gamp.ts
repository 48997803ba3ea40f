/**
 * GAMP on finite instances (Rangan, arXiv:1010.5141; normalisations of PHYSICS.md §1 "GAMP", which
 * match SE): X_{μi} ~ N(0, 1/d) i.i.d., so Σ_i X²_{μi} v̂_i → mean v̂ and Σ_μ X²_{μi} ∂g_μ → α mean ∂g —
 * two mat-vecs per iteration. X is stored once as Float32Array (n×d row-major; the N(0,1/d) entries
 * need no more than single precision for overlaps at the 1e-4 level, and it halves memory traffic).
 */
import { storedGaussianDrawn, streamedGaussian, type GaussianDesign } from '../numerics/f32Matrix.ts';
import { childSeed, Rng } from '../numerics/rng.ts';
import { drain, type Resumable } from '../resumable.ts';
import { makeModel, type GlmModel } from './model.ts';
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
 * stored when it fits, a block of rows at a time with a pause after each, else streamed — each product replays the
 * same stretch of the stream (f32Matrix.ts), so both give the same entries and the same numbers. Streaming holds
 * O(n + d) numbers and costs one normal draw per entry per product (issue #11: every d the schema accepts runs, at any α).
 */
function* drawDesign(rng: Rng, n: number, d: number, maxStored: number): Generator<undefined, GaussianDesign, void> {
  const scale = 1 / Math.sqrt(d);
  return n * d <= maxStored ? yield* storedGaussianDrawn(n, d, rng, scale) : streamedGaussian(n, d, rng, scale);
}

/** glmAmp's runs as they go: the iterations every seed has reached (`done`) and each seed's test error there. */
export interface GampRuns extends GampResult {
  /** iterations every seed has run: mse, mse_lo, mse_hi, m and eg hold that many (iter, mse_se, m_se all T) */
  done: number;
  /** each seed's test error at iteration `done` (the last one in the final result) */
  eg_last: Float64Array;
}

/**
 * One seed's instance of glmAmp, drawn from its own stream (X a block of rows at a time, pausing in between); then
 * `step(t)` runs iteration t and records it.
 */
function* gampInstance(model: GlmModel, o: GampOptions, seedIndex: number, n: number, d: number, T: number, maxStored: number) {
  const { prior, channel, rho } = model;
  const alpha = n / d;
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
  const mse = new Float64Array(T);
  const m = new Float64Array(T);
  const eg = new Float64Array(T);
  const rng = new Rng(childSeed(o.seed, seedIndex));
  const X = yield* drawDesign(rng, n, d, maxStored);
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
  let stopped = -1;
  const step = (t: number): void => {
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
    let mt = 0;
    let v = 0;
    for (let i = 0; i < d; i++) {
      q += what[i] * what[i];
      mt += what[i] * w[i];
      v += vhat[i];
    }
    q /= d;
    mt /= d;
    v /= d;
    if (symmetric) mt = Math.abs(mt);
    mse[t] = Math.max(q - 2 * mt + rhoZ, 0);
    m[t] = mt;
    eg[t] = channel.testError(q, mt, rhoZ, v);
    if (stopped < 0 && v < channel.gampVStop) stopped = t;
  };
  return { m0: Math.abs(m0 / d), step, mse, m, eg, dispose: () => X.dispose() };
}

type GampInstance = ReturnType<typeof gampInstance> extends Generator<unknown, infer I> ? I : never;

/**
 * GAMP on `seeds` instances (the s-th drawn from childSeed(seed, s)) with the per-iteration mean and band over seeds,
 * and SE from the same start: m⁰ = mean |ŵ⁰·w⋆|/d (0 for ŵ⁰ = 0; 0+ for |z|).
 */
export function glmAmp(p: GlmParams, o: GampOptions, onProgress?: (f: number) => void): GampResult {
  const { done: _done, eg_last: _last, ...res } = drain(glmAmpStream(p, o, onProgress));
  return res;
}

/**
 * glmAmp as a resumable computation (../resumable.ts): when all the instances fit in memory together
 * (seeds·n·d ≤ maxStoredEntries) the seeds advance together, one iteration each in turn, and every yield offers the
 * statistics over the iterations all seeds have reached, so the AMP-dynamics figure grows iteration by iteration;
 * otherwise they run one after another (one X at a time), and the snapshots come along the last seed's iterations.
 * Each seed keeps its own stream and arithmetic (the instances share nothing but the model), and the statistics are
 * summed in seed order: the result is bit for bit that of the seeds one after another, however the run is cut.
 */
export function* glmAmpStream(p: GlmParams, o: GampOptions, onProgress?: (f: number) => void): Resumable<GampRuns, GampRuns> {
  const model = makeModel(p);
  const { channel, rho } = model;
  const d = Math.round(o.d);
  const n = Math.max(1, Math.round(o.alpha * d));
  const alpha = n / d;
  const T = Math.max(1, Math.round(o.iters));
  const seeds = Math.max(1, Math.round(o.seeds));
  const symmetric = channel.zeroFixed;
  const maxStored = o.maxStoredEntries ?? GAMP_MAX_ENTRIES;
  const together = seeds * n * d <= maxStored;
  const runs: GampInstance[] = [];
  const se = { mse: new Float64Array(T), m: new Float64Array(T) };
  const seFrom = () => {
    let m0Sum = 0;
    for (const r of runs) m0Sum += r.m0;
    let V = rho - Math.max(m0Sum / seeds, symmetric ? rho * M_UNINFORMED : 0);
    for (let t = 0; t < T; t++) {
      V = V > 0 ? (1 - o.damping) * seStep(model, alpha, V).V + o.damping * V : 0;
      se.mse[t] = V;
      se.m[t] = rho - V;
    }
  };
  const snapshot = (k: number): GampRuns => stats(runs, k, T, se, symmetric);
  try {
    if (together) {
      for (let s = 0; s < seeds; s++) {
        runs.push(yield* gampInstance(model, o, s, n, d, T, maxStored));
      }
      seFrom();
      for (let t = 0; t < T; t++) {
        for (let s = 0; s < seeds; s++) {
          // a heartbeat per iteration: a streamed X makes one iteration take seconds
          onProgress?.((t * seeds + s) / (T * seeds));
          runs[s].step(t);
          if (s < seeds - 1) yield undefined;
        }
        const k = t + 1;
        if (k < T) yield () => snapshot(k);
      }
    } else {
      for (let s = 0; s < seeds; s++) {
        const r = yield* gampInstance(model, o, s, n, d, T, maxStored);
        runs.push(r);
        // every start is drawn once the last instance is: SE, and the statistics along the last seed's iterations
        const last = s === seeds - 1;
        if (last) seFrom();
        for (let t = 0; t < T; t++) {
          onProgress?.((s + t / T) / seeds);
          r.step(t);
          const k = t + 1;
          yield last && k < T ? () => snapshot(k) : undefined;
        }
        r.dispose();
        onProgress?.((s + 1) / seeds);
      }
    }
  } finally {
    for (const r of runs) r.dispose();
  }
  onProgress?.(1);
  return snapshot(T);
}

/**
 * The mean and band over seeds of the first k iterations (summed in seed order), each seed's test error at
 * iteration k, and SE from the same start.
 */
function stats(runs: GampInstance[], k: number, T: number, se: { mse: Float64Array; m: Float64Array }, symmetric: boolean): GampRuns {
  const seeds = runs.length;
  const res: GampRuns = {
    iter: Float64Array.from({ length: T }, (_, t) => t + 1),
    mse: new Float64Array(k),
    mse_lo: new Float64Array(k),
    mse_hi: new Float64Array(k),
    mse_se: se.mse.slice(),
    m: new Float64Array(k),
    m_se: se.m.slice(),
    eg: new Float64Array(k),
    start: symmetric ? `ŵ⁰ = ${ABS_START}·N(0,1) (ŵ = 0 is a fixed point of |z|)` : 'ŵ⁰ = 0, v̂⁰ = ρ',
    done: k,
    eg_last: Float64Array.from(runs, (r) => r.eg[k - 1]),
  };
  for (let t = 0; t < k; t++) {
    let sm = 0;
    let sm2 = 0;
    for (let s = 0; s < seeds; s++) {
      sm += runs[s].mse[t];
      sm2 += runs[s].mse[t] ** 2;
      res.m[t] += runs[s].m[t] / seeds;
      res.eg[t] += runs[s].eg[t] / seeds;
    }
    const mean = sm / seeds;
    const sd = Math.sqrt(Math.max(sm2 / seeds - mean * mean, 0));
    res.mse[t] = mean;
    res.mse_lo[t] = Math.max(mean - sd, 0);
    res.mse_hi[t] = mean + sd;
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
