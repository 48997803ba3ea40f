import {
  dmftWithEscapeStream,
  finiteSizeStart,
  gfWithEscapeStream,
  hessianWithEscapeStream,
  landscapePoint,
  phaseDiagramStream,
  prOverparamMapStream,
  prSuccessMapStream,
  prThresholds,
  prTrajectoryStream,
  type DmftParams,
  type LandscapeGfParams,
  type LandscapeHessianParams,
  type OverparamMapParams,
  type PrSuccessMapParams,
  type PrTrajectoryParams,
} from './index.ts';
import type { ProgressFn } from '../manifest.ts';

/** Rough-landscapes jobs for the worker pool (PHYSICS.md §4): one physics call each. */
export const jobs = {
  /** thresholds, region and BBP picture at the reader's (Δp, 1/Δ2) */
  landscapePoint(req: { dp: number; invd2: number }) {
    return landscapePoint(req.dp, req.invd2);
  },
  /** the phase-diagram lines over the Δp slider's range; resumable, a pause after every Δp */
  landscapeLines(req: { dpMin: number; dpMax: number }) {
    return phaseDiagramStream(req);
  },
  /** the DMFT start 1/√N that follows the finite-N runs, and whether it is the reader's m0 already */
  landscapeStart(req: { N: number; m0: number }) {
    return finiteSizeStart(req.N, req.m0);
  },
  /** N → ∞ curves, with the time m(t) first leaves the equator (|m| > 0.3); resumable, so a newer request cancels it between two time steps */
  landscapeDmft(req: DmftParams, onProgress?: ProgressFn) {
    return dmftWithEscapeStream(req, onProgress);
  },
  /** finite-N runs, with each run's escape time; resumable, the runs advancing together along t (gradientFlow.ts) */
  landscapeGf(req: LandscapeGfParams, onProgress?: ProgressFn) {
    return gfWithEscapeStream(req, onProgress);
  },
  /** the Hessian's spectrum at t_H; resumable, so a newer request cancels it within milliseconds (no snapshot: hessian.ts) */
  landscapeHessian(req: LandscapeHessianParams, onProgress?: ProgressFn) {
    return hessianWithEscapeStream(req, onProgress);
  },
  /** GF success rate on the fixed α grid, at the reader's d or at half of it; resumable, filling point by point */
  prSuccessMap(req: PrSuccessMapParams, onProgress?: ProgressFn) {
    return prSuccessMapStream(req, onProgress);
  },
  /** one GF run at the reader's α and d; resumable, pauses in the instance's draw and after every step */
  prTrajectory(req: PrTrajectoryParams) {
    return prTrajectoryStream(req);
  },
  /** the over-parameterised student on its fixed α grid and dimension */
  prOverparamMap(req: OverparamMapParams, onProgress?: ProgressFn) {
    return prOverparamMapStream(req, onProgress);
  },
  prThresholds(_req: Record<string, never>) {
    return prThresholds();
  },
};
