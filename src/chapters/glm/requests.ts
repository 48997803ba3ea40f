import { pickSchema, type ParamsOf } from '../../../workers/physics/schema.ts';
import type { AlphaGridSpec, GlmAmpRequest, GlmParams } from '../../../workers/physics/glm/manifest.ts';
import type { CliCall } from '../../cite/cli.ts';
import { formatNumber } from '../../state/codec.ts';
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

/** The finite-size (GAMP) request: one resumable run that two figures share (lane 'glm/gamp'), cancelled at its next pause (a 10 ms slice) when α moves. */
export function gampRequest(p: GlmView): GlmAmpRequest {
  return { ...glmModel(p), alpha: p.alpha, d: p.d, seed: p.seed, seeds: p.seeds, iters: p.iters, damping: p.damping };
}

/** The command printing the learning curve as drawn: the page's log grid (glm-learning-curve), or its linear grid as a decimal range. */
export function curveCli(p: GlmView): CliCall {
  const series = { bayes: ['alpha', 'eg_bayes'], amp: ['alpha', 'eg_amp'] } as const;
  const { alphaMin, alphaMax, n } = curveGrid(p);
  if (p.xscale === 'log') return { command: 'glm-learning-curve', args: { ...glmModel(p) }, series };
  return { command: 'glm-curve', args: { ...glmModel(p), alpha: `${formatNumber(alphaMin)}:${formatNumber(alphaMax)}:${formatNumber((alphaMax - alphaMin) / (n - 1))}` }, series };
}

/** The GAMP runs at `alpha` as a command (glm-amp, glm-amp-runs take the same keys). */
export function gampCli(p: GlmView, command: 'glm-amp' | 'glm-amp-runs', series: CliCall['series']): CliCall {
  return { command, args: { ...gampRequest(p) }, series };
}
