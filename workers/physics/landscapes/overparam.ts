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
import { rowProductsTs } from '../numerics/wasm/rowProducts.ts';
import { f64View, wasmKernels, type WasmKernels } from '../numerics/wasm/kernels.ts';

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
 * The flow of the header for the data (a: M×d row-major, y: M labels) from the student Wᵀ0 (m×d, row k = w_k),
 * stepped by Euler with step h: `step(advance)` gives L = ¼Σ(y − ŷ)² at the student and then, with `advance`,
 * moves it, Wᵀ += h Ẇᵀ, Ẇᵀ = (GW/(2αd))ᵀ. Its three dense products are ABᵀ products, each entry a plain dot
 * product summed in order:
 *   s_kμ = Σ_i w_ki a_μi,   G_ij = Σ_μ (r_μ a_μi) a_μj, j ≥ i (mirrored; r = y − ŷ),   Ẇᵀ_ki = Σ_j w_kj (G_ij/(2αd)),
 * and ŷ_μ·md = Σ_k s_kμ², the loss Σ_μ ¼r_μ², in k and μ order: the same operations in the same order as the loops
 * over one sample at a time, so the same bits. With WebAssembly the whole step is one call (kernels.as
 * overparamStep, f64x2 lanes over independent entries, the student and the data held in the module's memory:
 * 2× the step of the products called one by one, the default map 1.0 → 0.5 s; issue #10 item 6); without it, the
 * TypeScript loops below, the reference the kernel is tested against. `dispose()` frees the module memory.
 */
export class OverparamFlow {
  private readonly k: WasmKernels | null;
  /** the module block: a, aT, y, Wᵀ, S, yh, rA, G, Ẇᵀ in turn (byte offsets in `at`) */
  private readonly block: number = 0;
  private readonly at: Record<'a' | 'aT' | 'y' | 'Wt' | 'S' | 'yh' | 'rA' | 'G' | 'Wdot', number> = { a: 0, aT: 0, y: 0, Wt: 0, S: 0, yh: 0, rA: 0, G: 0, Wdot: 0 };
  private readonly M: number;
  private readonly scale: number;
  // the TypeScript path's arrays
  private readonly Wt: Float64Array;
  private readonly aT: Float64Array;
  private readonly S: Float64Array;
  private readonly yh: Float64Array;
  private readonly rA: Float64Array;
  private readonly G: Float64Array;
  private readonly Wdot: Float64Array;

  constructor(
    private readonly a: Float64Array, private readonly y: Float64Array, private readonly d: number, private readonly m: number,
    alpha: number, Wt0: Float64Array, private readonly h: number,
  ) {
    const M = (this.M = y.length);
    const aT = new Float64Array(d * M);
    for (let mu = 0; mu < M; mu++) for (let i = 0; i < d; i++) aT[i * M + mu] = a[mu * d + i];
    this.scale = 1 / (2 * alpha * d);
    this.k = wasmKernels();
    const sizes = { a: M * d, aT: d * M, y: M, Wt: m * d, S: m * M, yh: M, rA: d * M, G: d * d, Wdot: m * d };
    if (this.k) {
      let bytes = 0;
      for (const [name, n] of Object.entries(sizes) as [keyof typeof sizes, number][]) {
        this.at[name] = bytes;
        bytes += 8 * n + ((8 * n) % 16);
      }
      this.block = this.k.alloc(bytes);
      for (const name of Object.keys(this.at) as (keyof typeof sizes)[]) this.at[name] += this.block;
      const put = (name: keyof typeof sizes, v: Float64Array) => f64View(this.k!, this.at[name], sizes[name]).set(v);
      put('a', a);
      put('aT', aT);
      put('y', y);
      put('Wt', Wt0);
      this.aT = this.S = this.yh = this.rA = this.G = this.Wdot = this.Wt = new Float64Array(0);
      return;
    }
    this.Wt = Float64Array.from(Wt0);
    this.aT = aT;
    this.S = new Float64Array(m * M);
    this.yh = new Float64Array(M);
    this.rA = new Float64Array(d * M);
    this.G = new Float64Array(d * d);
    this.Wdot = new Float64Array(m * d);
  }

  /** L at the student; then, with `advance`, one Euler step of the student. */
  step(advance: boolean): number {
    const { k, at, d, m, M } = this;
    if (k) return k.overparamStep(at.a, at.aT, at.y, at.Wt, at.S, at.yh, at.rA, at.G, at.Wdot, d, m, M, this.scale, this.h, advance ? 1 : 0);
    const { Wt, aT, S, yh, rA, G, Wdot, y } = this;
    rowProductsTs(Wt, m, this.a, M, d, S, M);
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
    rowProductsTs(rA, d, aT, d, M, G, d, true);
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) G[j * d + i] = G[i * d + j];
    for (let q = 0; q < d * d; q++) G[q] *= this.scale;
    rowProductsTs(Wt, m, G, d, d, Wdot, d);
    if (advance) for (let q = 0; q < d * m; q++) Wt[q] += this.h * Wdot[q];
    return loss;
  }

  /** The student Wᵀ (m×d, a copy). */
  student(): Float64Array {
    return this.k ? f64View(this.k, this.at.Wt, this.m * this.d).slice() : Float64Array.from(this.Wt);
  }

  dispose(): void {
    if (this.k && this.block) this.k.free(this.block);
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
  const flow = new OverparamFlow(a, y, d, m, alpha, Wt, p.h);
  const nSteps = Math.max(0, Math.round(p.tmax / p.h));
  let loss = 0;
  try {
    for (let step = 0; step <= nSteps; step++) {
      loss = flow.step(step < nSteps);
      if (step === nSteps) break;
      // a heartbeat every 8 steps: one step costs O(α d² m), a run can take seconds (worker liveness and the CLI budget read it)
      if (onProgress && (step & 7) === 7) onProgress(step / nSteps);
    }
    Wt.set(flow.student());
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
