import {
  ESCAPE_M,
  bbpPrediction,
  landscapeDmft,
  landscapeGf,
  landscapeHessian,
  landscapeThresholdLines,
  landscapeThresholds,
  prGf,
  prOverparam,
  prTrajectory,
  type BbpPrediction,
  type DmftParams,
  type LandscapeGfParams,
  type LandscapeHessianParams,
  type LandscapeThresholds,
  type OverparamParams,
  type PrGfParams,
  type PrTrajectoryParams,
} from './index.ts';
import { glmThresholds } from '../glm/index.ts';
import type { ProgressFn } from '../manifest.ts';

/** The thresholds at the reader's Δp and the BBP picture at (1/Δ2, Δp) for threshold states μ = 2σ. */
export type LandscapePoint = LandscapeThresholds & BbpPrediction & { dp: number; invd2: number };

/** Phase-retrieval thresholds marked on the success map (PHYSICS.md §1, §4). */
export interface PrThresholds {
  /** information-theoretic, α = 1 (Bayes-optimal, noiseless |z| channel) */
  alpha_it: number;
  /** AMP's algorithmic threshold ≈ 1.13 */
  alpha_amp: number;
  /**
   * Over-parameterised quadratic student (width m ≥ d): gradient flow reaches the teacher iff α > 2
   * (Sarao Mannelli, Vanden-Eijnden, Zdeborová, arXiv:2006.15459).
   */
  alpha_overparam: number;
}

/** First time |m| passes the escape level (PHYSICS.md §4), null if it never does. */
function escapeTime(t: ArrayLike<number>, m: ArrayLike<number>): number | null {
  for (let i = 0; i < m.length; i++) if (Math.abs(m[i]) > ESCAPE_M) return t[i];
  return null;
}

/** Rough-landscapes jobs for the worker pool (PHYSICS.md §4). */
export const landscapesJobs = {
  landscapePoint(req: { dp: number; invd2: number }): LandscapePoint {
    return { dp: req.dp, invd2: req.invd2, ...landscapeThresholds(req.dp), ...bbpPrediction(req.invd2, req.dp) };
  },
  landscapeLines(req: { dp: Float64Array }) {
    return landscapeThresholdLines(req.dp);
  },
  /** N → ∞ curves, with the time m(t) first leaves the equator (|m| > 0.3) */
  landscapeDmft(req: DmftParams, onProgress?: ProgressFn) {
    const r = landscapeDmft(req, onProgress);
    return { ...r, m0: req.m0, t_escape: escapeTime(r.t, r.m) };
  },
  /** finite-N runs, with each run's escape time */
  landscapeGf(req: LandscapeGfParams, onProgress?: ProgressFn) {
    const r = landscapeGf(req, onProgress);
    return { ...r, t_escape_seeds: r.m_seeds.map((m) => escapeTime(r.t, m)) };
  },
  landscapeHessian(req: LandscapeHessianParams, onProgress?: ProgressFn) {
    return landscapeHessian(req, onProgress);
  },
  prGf(req: PrGfParams, onProgress?: ProgressFn) {
    return prGf(req, onProgress);
  },
  prTrajectory(req: PrTrajectoryParams) {
    return prTrajectory(req);
  },
  prOverparam(req: OverparamParams, onProgress?: ProgressFn) {
    return prOverparam(req, onProgress);
  },
  prThresholds(_req: Record<string, never>): PrThresholds {
    // the same state-evolution thresholds the GLM chapter draws for phase retrieval (Gaussian prior, y = |z|)
    const t = glmThresholds({ prior: 'gaussian', channel: 'abs', noise: 0, rho: 1 });
    return { alpha_it: t.alpha_it ?? NaN, alpha_amp: t.alpha_alg ?? NaN, alpha_overparam: 2 };
  },
};
