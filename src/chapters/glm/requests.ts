import { pickSchema, type ParamsOf } from '../../../workers/physics/schema.ts';
import type { AlphaGridSpec, GlmAmpRequest, GlmParams } from '../../../workers/physics/glm/manifest.ts';
import { chapter } from './meta.ts';

/** The chapter's values, typed by its schema. */
export type GlmView = ParamsOf<typeof chapter.params>;

/** The α slider's declaration: its range is the learning curve's α axis and bounds a click on the phase diagram. */
export const [alphaSpec] = pickSchema(chapter.params, ['alpha']);

/** The model part of the view (what the state-evolution physics depends on). */
export function glmModel(p: GlmView): GlmParams {
  return { prior: p.prior, channel: p.channel, noise: p.noise, rho: p.rho };
}

/** The learning curve's α grid: 300 points over the α slider's range, spaced as the α axis (built in physics: alphaGrid.ts). */
export function curveGrid(p: GlmView): AlphaGridSpec {
  return { alphaMin: alphaSpec.min, alphaMax: alphaSpec.max, n: 300, scale: p.xscale };
}

/** The finite-size (GAMP) request at `alpha` (the figures pass the settled α: see useSettled). */
export function gampRequest(p: GlmView, alpha: number): GlmAmpRequest {
  return { ...glmModel(p), alpha, d: p.d, seed: p.seed, seeds: p.seeds, iters: p.iters, damping: p.damping };
}
