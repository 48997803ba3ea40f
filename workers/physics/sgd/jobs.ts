import type { ProgressFn } from '../manifest.ts';
import { sgdCurveStream } from './curve.ts';
import { sgdFinalVsKStream } from './overparam.ts';
import { sgdVeigaStream, type SgdVeigaParams } from './phase.ts';
import type { SgdParams } from './setup.ts';
import { sgdSimStream } from './sim.ts';
import { sgdStabilityStream, type SgdStabilityParams } from './stability.ts';

/** A learning-curve request: the model and the log α grid (from alphaMin to alpha, nOut points). */
export type SgdCurveRequest = SgdParams & { alpha: number; alphaMin: number; nOut: number };
export type SgdSimRequest = SgdCurveRequest & { seeds: number };
export type SgdFinalVsKRequest = Omit<SgdParams, 'K' | 'both'> & { alpha: number };
export type SgdVeigaRequest = SgdVeigaParams & { alpha: number; nOut: number };
/** Not η: the limits do not depend on it, so dragging the η slider asks for nothing new. */
export type SgdStabilityRequest = SgdStabilityParams;

/** Two-layer online-SGD jobs (PHYSICS.md §3): adapters from requests to the physics calls. */
export const jobs = {
  /** Figures 1 and 2: one ODE solve (ε_g, Q, R, v), where it stopped, the plateau and its exits; resumable, a pause every step (curve.ts). */
  sgdCurve(req: SgdCurveRequest, onProgress?: ProgressFn) {
    const { alpha, alphaMin, nOut, ...p } = req;
    return sgdCurveStream(p, alpha, nOut, alphaMin, onProgress);
  },
  /** Figure 1: finite-N online SGD, all seeds advancing together, resumable: the statistics so far stream along α (sim.ts). */
  sgdSimRuns(req: SgdSimRequest, onProgress?: ProgressFn) {
    const { alpha, alphaMin, nOut, ...p } = req;
    return sgdSimStream(p, alpha, nOut, alphaMin, onProgress);
  },
  /** Figure 3: ε_g at α and α/10 against K, first layer only and both, one K at a time (overparam.ts). */
  sgdFinalVsK(req: SgdFinalVsKRequest, onProgress?: ProgressFn) {
    const { alpha, ...p } = req;
    return sgdFinalVsKStream(p, alpha, undefined, onProgress);
  },
  /** Figure 4: the (κ, δ) regions, the reader's point and each region's limit ODE; resumable, a pause every step (phase.ts). */
  sgdVeiga(req: SgdVeigaRequest) {
    const { alpha, nOut, ...c } = req;
    return sgdVeigaStream(c, alpha, nOut);
  },
  /** The η-slider note and the learning-curve notice: the maximal stable η of K, M, g, σ, both; resumable (stability.ts). */
  sgdStability(req: SgdStabilityRequest) {
    return sgdStabilityStream(req);
  },
};
