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
import { drain, type Resumable } from '../resumable.ts';
import { randomOnSphere } from './instance.ts';
import { RowOperand } from '../numerics/wasm/rowProducts.ts';

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

/**
 * The flow of the header for the data (a: M×d row-major, y: M labels), on the student stored as Wᵀ (m×d, row k =
 * w_k): Wᵀ ↦ {Ẇᵀ = (GW/(2αd))ᵀ, L = ¼Σ(y − ŷ)²}. Its three dense products are ABᵀ products of
 * ../numerics/wasm/rowProducts.ts (WebAssembly f64x2, ~4× the blocked TypeScript loops at d = m = 30; issue #10
 * item 6), each entry a plain dot product summed in order:
 *   s_kμ = Σ_i w_ki a_μi                           (a packed once per run),
 *   G_ij = Σ_μ (r_μ a_μi) a_μj, j ≥ i (mirrored)   (aᵀ packed once per run; r = y − ŷ),
 *   Ẇᵀ_ki = Σ_j w_kj (G_ij/(2αd))                   (G packed once per step),
 * and ŷ_μ·md = Σ_k s_kμ², the loss Σ_μ ¼r_μ², in k and μ order: the same operations in the same order as the loops
 * over one sample at a time, so the same bits. `dispose()` frees the module memory the packed operands hold.
 */
export class OverparamFlow {
  readonly Wdot: Float64Array;
  private readonly rowsA: RowOperand;
  private readonly rowsAT: RowOperand;
  private readonly aT: Float64Array;
  private readonly S: Float64Array;
  /** ŷ_μ·md, then the residual r_μ */
  private readonly yh: Float64Array;
  private readonly rA: Float64Array;
  private readonly G: Float64Array;
  private readonly M: number;
  private readonly scale: number;

  constructor(a: Float64Array, private readonly y: Float64Array, private readonly d: number, private readonly m: number, alpha: number) {
    const M = (this.M = y.length);
    const aT = (this.aT = new Float64Array(d * M));
    for (let mu = 0; mu < M; mu++) for (let i = 0; i < d; i++) aT[i * M + mu] = a[mu * d + i];
    this.rowsA = new RowOperand(a, M, d);
    this.rowsAT = new RowOperand(aT, d, M);
    this.yh = new Float64Array(M);
    this.S = new Float64Array(m * M);
    this.rA = new Float64Array(d * M);
    this.G = new Float64Array(d * d);
    this.Wdot = new Float64Array(m * d);
    this.scale = 1 / (2 * alpha * d);
  }

  /** Ẇᵀ into `this.Wdot` (overwritten by the next call), and the loss at Wᵀ. */
  step(Wt: Float64Array): number {
    const { aT, d, m, M, S, yh, rA, G, y } = this;
    this.rowsA.products(Wt, m, S, M);
    // ŷ_μ·md = Σ_k s_kμ², each μ's sum in k order (rows of S in turn)
    yh.fill(0);
    for (let k = 0; k < m; k++) for (let mu = 0, o = k * M; mu < M; mu++) yh[mu] += S[o + mu] * S[o + mu];
    let loss = 0;
    for (let mu = 0; mu < M; mu++) {
      const r = y[mu] - yh[mu] / (m * d);
      yh[mu] = r;
      loss += 0.25 * r * r;
    }
    for (let i = 0; i < d; i++) for (let mu = 0, o = i * M; mu < M; mu++) rA[o + mu] = yh[mu] * aT[o + mu];
    this.rowsAT.products(rA, d, G, d, true);
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) G[j * d + i] = G[i * d + j];
    for (let q = 0; q < d * d; q++) G[q] *= this.scale;
    const g = new RowOperand(G, d, d);
    try {
      g.products(Wt, m, this.Wdot, d);
    } finally {
      g.dispose();
    }
    return loss;
  }

  dispose(): void {
    this.rowsA.dispose();
    this.rowsAT.dispose();
  }
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
  // the student as Wᵀ (row k = w_k), the layout of OverparamFlow
  const Wt = new Float64Array(m * d);
  for (let i = 0; i < d; i++) for (let k = 0; k < m; k++) Wt[k * d + i] = W[i * m + k];
  const flow = new OverparamFlow(a, y, d, m, alpha);
  const nSteps = Math.max(0, Math.round(p.tmax / p.h));
  let loss = 0;
  try {
    for (let step = 0; step <= nSteps; step++) {
      loss = flow.step(Wt);
      if (step === nSteps) break;
      for (let q = 0; q < d * m; q++) Wt[q] += p.h * flow.Wdot[q];
      // a heartbeat every 8 steps: one step costs O(α d² m), a run can take seconds (worker liveness and the CLI budget read it)
      if (onProgress && (step & 7) === 7) onProgress(step / nSteps);
    }
  } finally {
    flow.dispose();
  }
  // ‖WWᵀ/m − x*x*ᵀ‖_F / d
  let err2 = 0;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += Wt[k * d + i] * Wt[k * d + j];
      const diff = s / m - xStar[i] * xStar[j];
      err2 += diff * diff;
    }
  }
  return { error: Math.sqrt(err2) / d, loss: loss / M };
}

/** Recovery by the over-parameterised student vs α (run s at grid point iα seeded childSeed(childSeed(seed, s), iα)). */
export function prOverparam(p: OverparamParams, onProgress?: (fraction: number) => void): OverparamResult {
  return drain(prOverparamStream(p, onProgress));
}

/**
 * prOverparam as a resumable computation: it pauses after each run (the default map's 24 runs take ~40 ms each), so
 * a superseded map stops there (cooperative cancel) instead of having its worker terminated. No snapshot: a grid
 * point's average is complete only after its last run.
 */
export function* prOverparamStream(p: OverparamParams, onProgress?: (fraction: number) => void): Resumable<OverparamResult> {
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
      yield undefined;
    }
  }
  return out;
}
