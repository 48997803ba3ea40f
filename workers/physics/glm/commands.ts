/**
 * GLM chapter commands (PHYSICS.md §5). Non-finite numbers (f = +∞ at perfect recovery of a noiseless
 * continuous channel) are printed as JSON null.
 */
import {
  alphaGrid, glmAmp, glmAmpFinal, glmAmpRuns, glmCurve, glmFixedPoints, glmLandscapeMaxima, glmPhase, glmPhasePlane, glmPoint, glmThresholds, glmTransitions,
  type GlmParams, type GlmPhaseDiagram, type PriorKind,
} from './index.ts';
import { commandFor, UsageError, type Command } from '../manifest.ts';
import { drain } from '../resumable.ts';
import { specOf, type ParamsOf } from '../schema.ts';
import { glmParams } from './params.ts';

/** The phase diagram of a prior (the schema has no `diagram` key, so `--prior` selects it). */
const PHASE_DIAGRAM: Partial<Record<PriorKind, GlmPhaseDiagram>> = { binary: 'binary-noise', sparse: 'sparse-rho' };

const MODEL_KEYS = ['prior', 'channel', 'noise', 'rho'] as const;
const GAMP_KEYS = ['alpha', 'd', 'seed', 'seeds', 'iters', 'damping'] as const;

function diagramOf(prior: PriorKind, name: string): GlmPhaseDiagram {
  const diagram = PHASE_DIAGRAM[prior];
  if (!diagram) throw new UsageError(`${name} needs --prior binary (α vs label noise ε) or --prior sparse (α vs density ρ)`);
  return diagram;
}

function modelParams({ prior, channel, noise, rho }: Pick<ParamsOf<typeof glmParams>, (typeof MODEL_KEYS)[number]>): GlmParams {
  return { prior, channel, noise, rho };
}

/** A number, or null where JSON has no value (±Infinity, NaN). */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

type JsonValue = number | null | boolean | (number | null)[] | boolean[];

/** Typed-array series (or a number; flags pass through) → JSON-safe values. */
function jsonSafe(obj: Record<string, number | Float64Array | boolean | boolean[]>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'boolean' || Array.isArray(v)) out[k] = v;
    else out[k] = typeof v === 'number' ? finiteOrNull(v) : Array.from(v, finiteOrNull);
  }
  return out;
}

const cmd = commandFor(glmParams);

/**
 * The learning curve's α grid on the page (src/chapters/glm/requests.ts curveGrid): 300 log-spaced points
 * over the α slider's range. The page's linear axis is a decimal range, printed by glm-curve.
 */
function pageLogGrid(): Float64Array {
  const a = specOf(glmParams, 'alpha');
  if (a.kind !== 'number') throw new Error('alpha is a number parameter');
  return alphaGrid({ alphaMin: a.min, alphaMax: a.max, n: 300, scale: 'log' });
}

export const glmCommands: readonly Command[] = [
  cmd({
    name: 'glm-point',
    summary: 'GLM state evolution at one α: both branches, free entropies, errors',
    keys: [...MODEL_KEYS, 'alpha'],
    run: (args) => jsonSafe({ ...glmPoint(modelParams(args), args.alpha) }),
  }),
  cmd({
    name: 'glm-curve',
    summary: 'GLM learning curve on an α grid (--alpha start:stop:step)',
    keys: [...MODEL_KEYS, 'alpha'],
    rangeKeys: ['alpha'],
    run: (args, ctx) => jsonSafe({ ...glmCurve(modelParams(args), args.alpha, ctx?.onProgress) }),
  }),
  cmd({
    name: 'glm-thresholds',
    summary: 'GLM thresholds α_WR, α_alg, α_IT of the chosen prior × channel (null where absent)',
    keys: [...MODEL_KEYS],
    run: (args) => glmThresholds(modelParams(args)),
  }),
  cmd({
    name: 'glm-amp',
    summary: 'GAMP on seeded finite instances (mean and band over seeds) next to SE from the same start',
    keys: [...MODEL_KEYS, ...GAMP_KEYS],
    run: (args, ctx) => {
      const { start, ...series } = glmAmp(modelParams(args), {
        alpha: args.alpha, d: args.d, seed: args.seed, seeds: args.seeds,
        iters: args.iters, damping: args.damping,
      }, ctx?.onProgress);
      return { ...jsonSafe(series), start };
    },
  }),
  cmd({
    name: 'glm-phase',
    summary: 'GLM phase diagram: α_IT, α_alg, α_WR traced along y (--prior binary: y = ε, sign; --prior sparse: y = ρ, noiseless linear)',
    keys: ['prior'],
    run: (args, ctx) => glmPhase({ diagram: diagramOf(args.prior, 'glm-phase') }, ctx?.onProgress),
  }),
  // What the page shows beyond the commands above (issue #9: every number on the page from the CLI).
  cmd({
    name: 'glm-transitions',
    summary: 'GLM thresholds with the learning curve\'s reading: α_IT = α_alg (continuous) or the hard phase [hard_lo, hard_hi]',
    keys: [...MODEL_KEYS],
    run: (args) => glmTransitions(modelParams(args)),
  }),
  cmd({
    name: 'glm-landscape',
    summary: 'GLM free-entropy landscape f_RS(m) on the page\'s 151-point m grid, its global (Bayes) and local (metastable) maxima',
    keys: [...MODEL_KEYS, 'alpha'],
    run: (args) => glmLandscapeMaxima(modelParams(args), args.alpha),
  }),
  cmd({
    name: 'glm-fixed-points',
    summary: 'GLM SE fixed points at one α: every stationary point of Φ(m) with its Φ and stability, n_stable, the AMP and informed branches',
    keys: [...MODEL_KEYS, 'alpha'],
    run: (args) => jsonSafe({ ...glmFixedPoints(modelParams(args), args.alpha) }),
  }),
  cmd({
    name: 'glm-amp-final',
    summary: 'GAMP final test error over seeds (seed_s = childSeed(seed, s)): mean, mean ± sd, one value per seed',
    keys: [...MODEL_KEYS, ...GAMP_KEYS],
    run: (args, ctx) =>
      glmAmpFinal(modelParams(args), { alpha: args.alpha, d: args.d, seed: args.seed, seeds: args.seeds, iters: args.iters, damping: args.damping }, ctx?.onProgress),
  }),
  cmd({
    name: 'glm-learning-curve',
    summary: 'GLM learning curve on the page\'s grid: 300 log-spaced α over the slider\'s range [0.01, 10] (fields as glm-curve)',
    keys: [...MODEL_KEYS],
    run: (args, ctx) => jsonSafe({ ...glmCurve(modelParams(args), pageLogGrid(), ctx?.onProgress) }),
  }),
  cmd({
    name: 'glm-amp-runs',
    summary: 'GAMP as the page runs it, one run for two figures: glm-amp\'s curves, then `final`, the final test error over the same instances (mean, mean ± sd, one value per seed)',
    keys: [...MODEL_KEYS, ...GAMP_KEYS],
    run: (args, ctx) => {
      const o = { alpha: args.alpha, d: args.d, seed: args.seed, seeds: args.seeds, iters: args.iters, damping: args.damping };
      const { start, final, latest: _latest, done: _done, eg_last: _last, ...series } = drain(glmAmpRuns(modelParams(args), o, ctx?.onProgress));
      return { ...jsonSafe(series), start, final };
    },
  }),
  cmd({
    name: 'glm-phase-plane',
    summary: 'GLM phase diagram as drawn: glm-phase plus the hard-phase polygon (hard_alpha, hard_y) and the plane\'s model',
    keys: ['prior'],
    run: (args, ctx) => glmPhasePlane({ diagram: diagramOf(args.prior, 'glm-phase-plane') }, ctx?.onProgress),
  }),
];
