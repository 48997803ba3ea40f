import { glmCurve, glmPoint, type GlmParams } from './physics/glm/index.ts';
import { transferable } from './transfer.ts';
import type { ProgressFn } from './api.ts';

/** GLM jobs for the worker pool. */
export const glmApi = {
  glmCurve(req: GlmParams & { alphas: Float64Array }, onProgress?: ProgressFn) {
    const { alphas, ...p } = req;
    return transferable(glmCurve(p, alphas, onProgress));
  },
  glmPoint(req: GlmParams & { alpha: number }) {
    const { alpha, ...p } = req;
    return glmPoint(p, alpha);
  },
};
