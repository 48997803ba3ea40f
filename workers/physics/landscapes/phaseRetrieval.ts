/**
 * Spherical gradient flow for noiseless phase retrieval (Sarao Mannelli, Biroli, Cammarota, Krzakala,
 * Urbani, Zdeborová, arXiv:2006.06997; PHYSICS.md §4): y_μ = (a_μ·x*)²/N, a_μ ~ N(0, I_N),
 * μ = 1..M = αN, L(x) = ¼ Σ_μ (y_μ − (a_μ·x)²/N)² on |x|² = N.
 * Time is measured in units of 1/α: ẋ = −∇L/α − μx, μ = −x·∇L/(αN). L/α is O(N) for every α, so its
 * Hessian is O(1) (≈ 2(I + 2x*x*ᵀ/N) at the signal) and one step size h serves the whole α axis; the
 * paths (and the success map) are those of ẋ = −∇L − μx with t rescaled.
 * IT needs α = 1, AMP α ≈ 1.13; GF needs far more (success 0/10 at α = 2, 10/10 at α ≥ 7 for N = 200).
 */
import { matVec } from '../numerics/linalg.ts';
import { childSeed, Rng } from '../numerics/rng.ts';
import { f64View, resident, Scratch, wasmKernels, type WasmKernels } from '../numerics/wasm/kernels.ts';
import { projectToSphere, randomOnSphere } from './instance.ts';
import { drain, type Resumable } from '../resumable.ts';

export interface PrInstance {
  readonly N: number;
  readonly M: number;
  readonly xStar: Float64Array;
  /** sensing vectors a_μ as rows, M×N; Float32 halves the memory (40 MB at N = 1000, α = 10) */
  readonly A: Float32Array;
  readonly y: Float64Array;
}

export function prInstance(N: number, alpha: number, rng: Rng): PrInstance {
  return drain(prInstanceStream(N, alpha, rng));
}

/** Entries of A drawn, or multiplied by x*, between two pauses of prInstanceStream (a few ms). */
const INSTANCE_CHUNK = 1 << 18;

/**
 * prInstance as a resumable computation: A (up to 2·10⁷ entries at d = 1000, α = 20) is drawn and multiplied by x*
 * a block of rows at a time, with a pause after each. Chunked draws continue the one generator (numerics/rng.ts) and
 * each y_μ is its own row's sum, so the numbers are prInstance's, which drains it.
 */
export function* prInstanceStream(N: number, alpha: number, rng: Rng): Resumable<PrInstance> {
  const M = Math.max(1, Math.round(alpha * N));
  const xStar = randomOnSphere(N, rng);
  const A = new Float32Array(M * N);
  const rows = Math.max(1, Math.floor(INSTANCE_CHUNK / N));
  for (let r = 0; r < M; r += rows) {
    rng.fillNormal(A.subarray(r * N, Math.min(M, r + rows) * N));
    yield undefined;
  }
  const y = new Float64Array(M);
  for (let r = 0; r < M; r += rows) {
    const r1 = Math.min(M, r + rows);
    matVec(A.subarray(r * N, r1 * N), r1 - r, N, xStar, y.subarray(r, r1));
    yield undefined;
  }
  for (let mu = 0; mu < M; mu++) y[mu] = (y[mu] * y[mu]) / N;
  return { N, M, xStar, A, y };
}

/** Success: |m| above this at the end (the sign of x* is not identifiable). */
export const PR_SUCCESS_M = 0.9;
/** A run stops early once |m| passes this (the basin of ±x* is never left) */
const PR_CONVERGED_M = 0.995;
/** ... or once the tangent gradient per component is below 1e-6 (a spurious critical point) */
const STUCK_GRAD2 = 1e-12;

export interface PrRunParams {
  /** time horizon in units of 1/α */
  tmax: number;
  h: number;
}

export interface PrTrajectory {
  t: Float64Array;
  /** m = x·x* / N */
  m: Float64Array;
  /** loss per sample L/M */
  loss: Float64Array;
}

/**
 * g = ∇L/α, returns L: z = a_μ·x, r = y − z²/N, ∇L = −Σ_μ r z a_μ/N. One pass over A with both
 * products per row while the row is in cache (A is 40 MB at N = 1000, α = 10: the step is memory-bound,
 * so this halves it against matVec + matTVec).
 */
export function prLossGradient(inst: PrInstance, x: Float64Array, alpha: number, g: Float64Array): number {
  const { N, M, A, y } = inst;
  const c = -1 / (N * alpha);
  const k = wasmKernels();
  if (k) return prLossGradientWasm(k, inst, x, c, g);
  g.fill(0);
  let L = 0;
  for (let mu = 0; mu < M; mu++) {
    const row = mu * N;
    let z = 0;
    for (let i = 0; i < N; i++) z += A[row + i] * x[i];
    const r = y[mu] - (z * z) / N;
    L += 0.25 * r * r;
    const w = c * r * z;
    for (let i = 0; i < N; i++) g[i] += w * A[row + i];
  }
  return L;
}

/** prLossGradient in WebAssembly (kernels.as prGradientF32: the same bits), A and y copied there once per instance. */
function prLossGradientWasm(k: WasmKernels, inst: PrInstance, x: Float64Array, c: number, g: Float64Array): number {
  const { N, M } = inst;
  const A = resident(k, inst.A);
  const y = resident(k, inst.y);
  if (scratch?.k !== k) scratch = { k, block: new Scratch(k) };
  const xp = scratch.block.get(8 * (2 * N + 8));
  const gp = xp + 8 * N;
  f64View(k, xp, N).set(x);
  const L = k.prGradientF32(A, M, N, xp, y, c, gp, gp + 8 * N);
  g.set(f64View(k, gp, N));
  return L;
}
let scratch: { k: WasmKernels; block: Scratch } | null = null;

/**
 * Gradient flow from x (overwritten). Stops early when |m| > 0.995 (converged to ±x*) or when the
 * projected gradient vanishes (|∇_sphere L/α|²/N < 1e-12: a spurious critical point); `record`
 * receives every step's (t, m, L) when given.
 */
export function prGfRun(inst: PrInstance, x: Float64Array, alpha: number, p: PrRunParams, record?: (t: number, m: number, L: number) => void): number {
  return drain(prGfRunStream(inst, x, alpha, p, record));
}

/**
 * prGfRun as a resumable computation: a pause after every step (one pass over A: ~0.1 ms at d = 200, α = 4, up to
 * ~30 ms at d = 1000, α = 20). prGfRun drains it.
 */
export function* prGfRunStream(inst: PrInstance, x: Float64Array, alpha: number, p: PrRunParams, record?: (t: number, m: number, L: number) => void): Resumable<number> {
  const { N, xStar } = inst;
  const g = new Float64Array(N);
  const nSteps = Math.max(0, Math.round(p.tmax / p.h));
  let m = 0;
  for (let step = 0; ; step++) {
    const L = prLossGradient(inst, x, alpha, g);
    let xg = 0;
    let xm = 0;
    for (let i = 0; i < N; i++) {
      xg += x[i] * g[i];
      xm += x[i] * xStar[i];
    }
    m = xm / N;
    record?.(step * p.h, m, L);
    if (step === nSteps || Math.abs(m) > PR_CONVERGED_M) break;
    const mu = -xg / N;
    let gt2 = 0;
    for (let i = 0; i < N; i++) {
      const gi = g[i] + mu * x[i];
      gt2 += gi * gi;
      x[i] -= p.h * gi;
    }
    projectToSphere(x);
    if (gt2 / N < STUCK_GRAD2) break;
    yield undefined;
  }
  return m;
}

export interface PrGfParams extends PrRunParams {
  /** α grid */
  alpha: Float64Array;
  N: number;
  seed: number;
  seeds: number;
}

export interface PrGfResult {
  alpha: Float64Array;
  /** fraction of runs with |m| > 0.9 at the end */
  success_rate: Float64Array;
  n_runs: number;
}

/** Success rate of GF vs α over `seeds` runs (instance and start seeded childSeed(childSeed(seed, s), iα)). */
export function prGf(p: PrGfParams, onProgress?: (fraction: number) => void): PrGfResult {
  return drain(prGfStream(p, onProgress));
}

/**
 * prGf as a resumable computation (../resumable.ts): it pauses after every run, and offers the map so far
 * after every finished α point (points not reached yet are NaN, which the chart skips): the map fills
 * point by point. Same runs, same order, same numbers as prGf.
 */
export function* prGfStream(p: PrGfParams, onProgress?: (fraction: number) => void): Resumable<PrGfResult, PrGfResult> {
  const nA = p.alpha.length;
  const success = new Float64Array(nA).fill(NaN);
  const snapshot = (): PrGfResult => ({ alpha: Float64Array.from(p.alpha), success_rate: success.slice(), n_runs: p.seeds });
  // cost ∝ α: report progress by accumulated α
  let total = 0;
  for (let a = 0; a < nA; a++) total += p.alpha[a] * p.seeds;
  let done = 0;
  for (let a = 0; a < nA; a++) {
    const alpha = p.alpha[a];
    let ok = 0;
    for (let s = 0; s < p.seeds; s++) {
      const rng = new Rng(childSeed(childSeed(p.seed, s), a));
      const inst = prInstance(p.N, alpha, rng);
      const x = randomOnSphere(p.N, rng);
      if (Math.abs(prGfRun(inst, x, alpha, p)) > PR_SUCCESS_M) ok++;
      done += alpha;
      onProgress?.(done / total);
      if (s < p.seeds - 1) yield undefined;
    }
    success[a] = ok / p.seeds;
    if (a < nA - 1) yield snapshot;
  }
  return snapshot();
}

export interface PrTrajectoryParams extends PrRunParams {
  alpha: number;
  N: number;
  seed: number;
}

/** One seeded run (run s = 0 of the grid point with this α) with its m(t) and L(t)/M. */
export function prTrajectory(p: PrTrajectoryParams, onProgress?: (fraction: number) => void): PrTrajectory {
  return drain(prTrajectoryStream(p, onProgress));
}

/**
 * prTrajectory as a resumable computation (the worker's job): pauses while the instance is drawn and after every
 * step of the run (up to tmax/h = 30,000 of them), nothing offered. prTrajectory drains it.
 */
export function* prTrajectoryStream(p: PrTrajectoryParams, onProgress?: (fraction: number) => void): Resumable<PrTrajectory> {
  const rng = new Rng(childSeed(childSeed(p.seed, 0), 0));
  const inst = yield* prInstanceStream(p.N, p.alpha, rng);
  const x = randomOnSphere(p.N, rng);
  const t: number[] = [];
  const m: number[] = [];
  const loss: number[] = [];
  yield* prGfRunStream(inst, x, p.alpha, p, (ti, mi, L) => {
    onProgress?.(ti / p.tmax);
    t.push(ti);
    m.push(mi);
    loss.push(L / inst.M);
  });
  return { t: Float64Array.from(t), m: Float64Array.from(m), loss: Float64Array.from(loss) };
}
