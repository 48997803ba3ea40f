/**
 * The Hessian on the sphere at the end of a finite-N gradient-flow run (arXiv:1907.08226, Sec. 4:
 * "surfing on saddles"): Hess = P(∇²L + μ I)P restricted to the tangent space x^⊥, P = I − xxᵀ/N,
 * μ = −x·∇L/N. At a threshold state (m ≈ 0, μ = 2σ) the bulk is a semicircle on [μ − 2σ, μ + 2σ]
 * touching 0, and the matrix spike −θ x*x*ᵀ/N pulls a BBP outlier out below it iff θ > σ, whose
 * eigenvector points at x* — the direction GF escapes along.
 * Resumable (`landscapeHessianStream`): the instance's draw, the run and the eigen-decomposition pause every few
 * ms, so a page's slider step stops it at once. It offers no snapshot: the figure draws the spectrum only, and what
 * comes before it (m, μ at t_H) is no histogram; the eigenvalues found so far by the QL sweep are those of the middle
 * of the spectrum (numerics/symEig.ts), no picture of it.
 */
import { drain, type Resumable } from '../resumable.ts';
import { symEigStream } from '../numerics/symEig.ts';
import { lossGradient, lossHessian } from './instance.ts';
import { seededRunStream, spikedGfRunStream } from './gradientFlow.ts';
import type { GfStepParams } from './gradientFlow.ts';
import { bbpPrediction } from './thresholds.ts';

export interface LandscapeHessianParams extends GfStepParams {
  N: number;
  invd2: number;
  dp: number;
  seed: number;
}

export interface LandscapeHessianResult {
  /** the N − 1 tangent eigenvalues, ascending (the bulk histogram and the outlier) */
  eigenvalues: Float64Array;
  lambda_min: number;
  /** (v_min·x*)²/N: squared overlap of the bottom eigenvector with the signal */
  overlap_min: number;
  /** state at the end of the run */
  m: number;
  mu: number;
  /** predicted bulk edge μ − 2σ, BBP outlier μ − θ − σ²/θ and its overlap² 1 − σ²/θ² (valid at m ≈ 0) */
  edge_pred: number;
  outlier_pred: number | null;
  overlap2_pred: number | null;
  /** the run itself (seed index 0 of landscapeGf with the same parameters) */
  t: Float64Array;
  m_t: Float64Array;
}

/** N ≤ 300 keeps the O(N³) eigen-decomposition well under a second. */
export const MAX_HESSIAN_N = 300;

export function landscapeHessian(p: LandscapeHessianParams, onProgress?: (fraction: number) => void): LandscapeHessianResult {
  return drain(landscapeHessianStream(p, onProgress));
}

/**
 * The stages' costs in tensor passes (N³/6 entries read, ~8 ms at N = 300), for the progress reported: the instance's
 * draw (one normal per entry) ~20, a GF step 1, the Hessian and its eigen-decomposition (~(7/3)N³ multiply-adds) ~16.
 */
const DRAW_PASSES = 20;
const EIGEN_PASSES = 16;

/** landscapeHessian, resumable. */
export function* landscapeHessianStream(p: LandscapeHessianParams, onProgress?: (fraction: number) => void): Resumable<LandscapeHessianResult, never> {
  const N = p.N;
  if (N > MAX_HESSIAN_N) throw new RangeError(`landscapeHessian: N ≤ ${MAX_HESSIAN_N} (got ${N})`);
  const steps = Math.max(0, Math.round(p.tmax / p.h));
  const total = DRAW_PASSES + steps + EIGEN_PASSES;
  const { inst, x, rng } = yield* seededRunStream(p, 0);
  onProgress?.(DRAW_PASSES / total);
  const run = yield* spikedGfRunStream(inst, x, p, rng, onProgress, DRAW_PASSES / total, (DRAW_PASSES + steps) / total);
  const g = new Float64Array(N);
  lossGradient(inst, x, g);
  let xg = 0;
  let m = 0;
  for (let i = 0; i < N; i++) {
    xg += x[i] * g[i];
    m += x[i] * inst.xStar[i];
  }
  m /= N;
  const mu = -xg / N;
  const H = lossHessian(inst, x);
  for (let i = 0; i < N; i++) H[i * N + i] += mu;
  projectTangent(H, x, N);
  const eigenFrom = (DRAW_PASSES + steps) / total;
  const { values, vectors } = yield* symEigStream(H, N, onProgress && ((f) => onProgress(eigenFrom + (f * EIGEN_PASSES) / total)));
  // drop the radial direction x (eigenvalue 0 of PHP): the eigenvector with the largest |v·x|
  let radial = 0;
  let best = -1;
  for (let k = 0; k < N; k++) {
    let s = 0;
    for (let i = 0; i < N; i++) s += vectors[i * N + k] * x[i];
    if (Math.abs(s) > best) {
      best = Math.abs(s);
      radial = k;
    }
  }
  const eigenvalues = new Float64Array(N - 1);
  for (let k = 0, o = 0; k < N; k++) if (k !== radial) eigenvalues[o++] = values[k];
  const kMin = radial === 0 ? 1 : 0;
  let ov = 0;
  for (let i = 0; i < N; i++) ov += vectors[i * N + kMin] * inst.xStar[i];
  const pred = bbpPrediction(p.invd2, p.dp, mu);
  onProgress?.(1);
  return {
    eigenvalues,
    lambda_min: eigenvalues[0],
    overlap_min: (ov * ov) / N,
    m,
    mu,
    edge_pred: pred.edge,
    outlier_pred: pred.outlier,
    overlap2_pred: pred.overlap2,
    t: run.t,
    m_t: run.m,
  };
}

/** H ← P H P with P = I − xxᵀ/N (|x|² = N), in place: H − u xᵀ − x uᵀ + (xᵀHx/N) xxᵀ/N, u = Hx/N. */
function projectTangent(H: Float64Array, x: Float64Array, N: number): void {
  const u = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let s = 0;
    for (let j = 0; j < N; j++) s += H[i * N + j] * x[j];
    u[i] = s / N;
  }
  let c = 0;
  for (let i = 0; i < N; i++) c += x[i] * u[i];
  c /= N;
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) H[i * N + j] += -u[i] * x[j] - x[i] * u[j] + c * x[i] * x[j];
  }
}
