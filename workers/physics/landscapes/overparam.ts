/**
 * Over-parameterised phase retrieval (Sarao Mannelli, Vanden-Eijnden, Zdeborová, arXiv:2006.15459;
 * PHYSICS.md §4): a two-layer student with quadratic activation and m hidden units,
 *   ŷ_μ = (1/(m d)) Σ_k (a_μ·w_k)² = a_μᵀ A a_μ / d,  A = WWᵀ/m,
 * learns the rank-one teacher y_μ = (a_μ·x*)²/d, |x*|² = d, from M = αd samples by gradient flow on
 * L = ¼ Σ_μ (y_μ − ŷ_μ)². For m ≥ d it reaches the teacher (A → x*x*ᵀ) iff α > 2; just above 2 the
 * approach is a slow power law in time.
 * Time: gradient flow on L with t rescaled so that rates are O(1) for every α and width,
 *   Ẇ = −(m/(2α)) ∇_W L = (1/(2αd)) G W,  G = Σ_μ r_μ a_μ a_μᵀ, r = y − ŷ
 * (∇_W L = −GW/(md)), i.e. dA/dt = −(1/α)(∇_A L·A + A·∇_A L) = (GA + AG)/(2αd) with ∇_A L = −G/(2d):
 * the flow of A in units of 1/α, as `pr-gf` measures time (phaseRetrieval.ts). Until issue #18 item 3 the
 * update was GW/(αd), twice this header's rate, so "t" ran twice as fast as documented (the recovery error
 * at d = m = 80, α = 3, t = 300 was 0.180, against 0.247–0.428 from an independent run of this flow).
 */
import { childSeed, Rng } from '../numerics/rng.ts';
import { randomOnSphere } from './instance.ts';

export interface OverparamParams {
  /** α grid (M = αd samples) */
  alpha: Float64Array;
  d: number;
  /** hidden units per input dimension, m = round(width·d) */
  width: number;
  seed: number;
  seeds: number;
  tmax: number;
  h: number;
}

export interface OverparamResult {
  alpha: Float64Array;
  /** fraction of runs ending with recovery error ‖A − x*x*ᵀ‖_F/d below 0.1 */
  success_rate: Float64Array;
  /** mean final ‖A − x*x*ᵀ‖_F/d over the runs (1 = no better than A = 0) */
  recovery_error: Float64Array;
  /** mean final training loss per sample L/M */
  train_loss: Float64Array;
  n_runs: number;
}

export const OVERPARAM_SUCCESS_ERROR = 0.1;

/**
 * The over-parameterised student's threshold: for width m ≥ d, gradient flow reaches the rank-one
 * teacher iff α = M/d > 2 as d → ∞ (Sarao Mannelli, Vanden-Eijnden, Zdeborová, arXiv:2006.15459, for a
 * teacher of width m* = 1; PHYSICS.md §4 "Over-parameterised"). Below 2 the empirical loss has global
 * minima other than the teacher, and gradient flow finds one of them.
 */
export const ALPHA_OVERPARAM = 2;

interface RunOut {
  error: number;
  loss: number;
}

/** Rows of the data handled together by overparamFlow: each weight and each G entry is loaded once per block. */
const ROWS = 4;

/**
 * dst[at + t] += c0·x[o0 + t], then += c1·x[o1 + t], … c3·x[o3 + t], for t in [from, to): four terms added one by one
 * in that order, so bit for bit four passes of one term, with one read and one write of dst[at + t].
 */
function addFour(dst: Float64Array, at: number, x: Float64Array, c0: number, o0: number, c1: number, o1: number, c2: number, o2: number, c3: number, o3: number, from: number, to: number): void {
  for (let t = from; t < to; t++) {
    let v = dst[at + t];
    v += c0 * x[o0 + t];
    v += c1 * x[o1 + t];
    v += c2 * x[o2 + t];
    v += c3 * x[o3 + t];
    dst[at + t] = v;
  }
}

/**
 * The flow of the header for the data (a: M×d row-major, y: M labels): W ↦ {Ẇ = GW/(2αd), L = ¼Σ(y − ŷ)²}.
 * The returned closure reuses its buffers (Wdot is overwritten by the next call).
 * Speed (issue #10 item 6), not a new method: the samples go in blocks of ROWS, so each weight W_ik and each G_ij
 * is read once per block instead of once per sample, and a_μᵀw_k is summed in a register. Every sum is still
 * taken term by term in the order of the plain loops (over i for a_μᵀw_k, k for ŷ, μ for G and the loss, j for
 * GW), so the results are bit for bit those of one sample at a time. The data are padded to a whole number of
 * blocks with rows a = 0, y = 0: r = 0 there, and adding r·a_i·a_j = ±0 or ¼r² = 0 leaves every sum unchanged.
 */
export function overparamFlow(a: Float64Array, y: Float64Array, d: number, m: number, alpha: number): (W: Float64Array) => { Wdot: Float64Array; loss: number } {
  const M = Math.ceil(y.length / ROWS) * ROWS;
  const ap = new Float64Array(M * d);
  ap.set(a.subarray(0, y.length * d));
  const yp = new Float64Array(M);
  yp.set(y);
  const G = new Float64Array(d * d);
  const Wdot = new Float64Array(d * m);
  const scale = 1 / (2 * alpha * d);
  return (W) => {
    G.fill(0);
    let loss = 0;
    for (let mu = 0; mu < M; mu += ROWS) {
      const r0 = mu * d, r1 = r0 + d, r2 = r1 + d, r3 = r2 + d;
      // ŷ_μ·md = Σ_k (a_μ·w_k)², for the block's four rows
      let y0 = 0, y1 = 0, y2 = 0, y3 = 0;
      for (let k = 0; k < m; k++) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (let i = 0, q = k; i < d; i++, q += m) {
          const w = W[q];
          s0 += ap[r0 + i] * w;
          s1 += ap[r1 + i] * w;
          s2 += ap[r2 + i] * w;
          s3 += ap[r3 + i] * w;
        }
        y0 += s0 * s0;
        y1 += s1 * s1;
        y2 += s2 * s2;
        y3 += s3 * s3;
      }
      const q0 = yp[mu] - y0 / (m * d);
      const q1 = yp[mu + 1] - y1 / (m * d);
      const q2 = yp[mu + 2] - y2 / (m * d);
      const q3 = yp[mu + 3] - y3 / (m * d);
      loss += 0.25 * q0 * q0;
      loss += 0.25 * q1 * q1;
      loss += 0.25 * q2 * q2;
      loss += 0.25 * q3 * q3;
      // G += Σ_μ r_μ a_μ a_μᵀ over the block, μ in order (upper triangle; mirrored below)
      for (let i = 0; i < d; i++) {
        const c0 = q0 * ap[r0 + i], c1 = q1 * ap[r1 + i], c2 = q2 * ap[r2 + i], c3 = q3 * ap[r3 + i];
        addFour(G, i * d, ap, c0, r0, c1, r1, c2, r2, c3, r3, i, d);
      }
    }
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) G[j * d + i] = G[i * d + j];
    // Ẇ = (G·scale) W, summed over j in order, four terms per read of Ẇ_ik
    Wdot.fill(0);
    for (let i = 0; i < d; i++) {
      const gr = i * d;
      const out = i * m;
      let j = 0;
      for (; j + 4 <= d; j += 4) {
        const g0 = G[gr + j] * scale, g1 = G[gr + j + 1] * scale, g2 = G[gr + j + 2] * scale, g3 = G[gr + j + 3] * scale;
        const w0 = j * m;
        addFour(Wdot, out, W, g0, w0, g1, w0 + m, g2, w0 + 2 * m, g3, w0 + 3 * m, 0, m);
      }
      for (; j < d; j++) {
        const g = G[gr + j] * scale;
        const wr = j * m;
        for (let k = 0; k < m; k++) Wdot[out + k] += g * W[wr + k];
      }
    }
    return { Wdot, loss };
  };
}

export interface OverparamInstance {
  xStar: Float64Array;
  /** M×d inputs, row-major */
  a: Float64Array;
  y: Float64Array;
  /** W(0), d×m row-major */
  W: Float64Array;
}

/** Teacher x* (|x*|² = d), M = αd samples, then W(0) ~ N(0, 1) (A(0) ≈ I), in this order from `rng`. */
export function overparamInstance(d: number, m: number, alpha: number, rng: Rng): OverparamInstance {
  const M = Math.max(1, Math.round(alpha * d));
  const xStar = randomOnSphere(d, rng);
  const a = new Float64Array(M * d);
  rng.fillNormal(a);
  const y = new Float64Array(M);
  for (let mu = 0; mu < M; mu++) {
    let z = 0;
    for (let i = 0; i < d; i++) z += a[mu * d + i] * xStar[i];
    y[mu] = (z * z) / d;
  }
  const W = new Float64Array(d * m);
  rng.fillNormal(W);
  return { xStar, a, y, W };
}

/** One run on the instance drawn from `rng` (no small-initialisation bias). */
function overparamRun(d: number, m: number, alpha: number, p: { tmax: number; h: number }, rng: Rng, onProgress?: (fraction: number) => void): RunOut {
  const { xStar, a, y, W } = overparamInstance(d, m, alpha, rng);
  const M = y.length;
  const flow = overparamFlow(a, y, d, m, alpha);
  const nSteps = Math.max(0, Math.round(p.tmax / p.h));
  let loss = 0;
  for (let step = 0; step <= nSteps; step++) {
    const v = flow(W);
    loss = v.loss;
    if (step === nSteps) break;
    for (let q = 0; q < d * m; q++) W[q] += p.h * v.Wdot[q];
    // a heartbeat every 8 steps: one step costs O(α d² m), a run can take seconds (worker liveness and the CLI budget read it)
    if (onProgress && (step & 7) === 7) onProgress(step / nSteps);
  }
  // ‖WWᵀ/m − x*x*ᵀ‖_F / d
  let err2 = 0;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += W[i * m + k] * W[j * m + k];
      const diff = s / m - xStar[i] * xStar[j];
      err2 += diff * diff;
    }
  }
  return { error: Math.sqrt(err2) / d, loss: loss / M };
}

/** Recovery by the over-parameterised student vs α (run s at grid point iα seeded childSeed(childSeed(seed, s), iα)). */
export function prOverparam(p: OverparamParams, onProgress?: (fraction: number) => void): OverparamResult {
  const nA = p.alpha.length;
  const m = Math.max(1, Math.round(p.width * p.d));
  const out: OverparamResult = {
    alpha: Float64Array.from(p.alpha),
    success_rate: new Float64Array(nA),
    recovery_error: new Float64Array(nA),
    train_loss: new Float64Array(nA),
    n_runs: p.seeds,
  };
  for (let ia = 0; ia < nA; ia++) {
    for (let s = 0; s < p.seeds; s++) {
      const done = ia * p.seeds + s;
      const r = overparamRun(p.d, m, p.alpha[ia], p, new Rng(childSeed(childSeed(p.seed, s), ia)), onProgress && ((f) => onProgress((done + f) / (nA * p.seeds))));
      if (r.error < OVERPARAM_SUCCESS_ERROR) out.success_rate[ia] += 1 / p.seeds;
      out.recovery_error[ia] += r.error / p.seeds;
      out.train_loss[ia] += r.loss / p.seeds;
      onProgress?.((ia * p.seeds + s + 1) / (nA * p.seeds));
    }
  }
  return out;
}
