/** CLI commands of the committee-machine chapter (PHYSICS.md §5). */
import {
  channelOf, committeeAmp, committeeCurve, committeePhase, committeePoint, committeeThresholds, curveAxis, curveSeries, curveThresholds,
  largeKCurve, phaseInUnits, phaseView, seCoverage, transitionMarks, PHASE_K_MAX, type CommitteeChannelParams, type Covered, type CurveAxis, type CurveRequest,
} from './index.ts';
import { commandFor, UsageError, type Command } from '../manifest.ts';
import type { ParamsOf } from '../schema.ts';
import { committeeParams } from './params.ts';

type Model = Pick<ParamsOf<typeof committeeParams>, 'K' | 'act' | 'noise'>;

/** K (1, 2, 3), activation and (erf) noise; --act erf needs --K 2 (coverage.ts). The CLI uses the fine erf quadrature. */
function channelParams(args: Model): CommitteeChannelParams {
  const c = seCoverage(args.K, args.act);
  if (!Number.isFinite(args.K) || (!c.covered && c.reason === 'K')) throw new UsageError('--K must be 1, 2 or 3 for the full state evolution');
  if (!c.covered || c.large) throw new UsageError('--act erf (regression committee) is implemented for --K 2');
  return c.act === 'erf' ? { K: c.K, act: 'erf', noise: args.noise } : { K: c.K, act: 'sign' };
}

/** A pair the chapter's curve figures cover (finite K = 1, 2, 3, erf K = 2, or K = large; else the reader's notice), its request and axis. */
function curveInputs(args: Model): { c: Covered; req: CurveRequest; axis: CurveAxis } {
  const c = seCoverage(args.K, args.act);
  if (!c.covered) throw new UsageError(c.notice);
  return { c, req: { K: args.K, act: args.act, noise: args.noise }, axis: curveAxis(c.K, c.act) };
}

/**
 * --K large (issue #18 item 9): the K → ∞ closed forms, with --alpha read as α̃ = α/K (the schema's help says
 * so) and printed as `alpha`; the §5 fields of committee-point/curve. Not for the erf regression committee.
 */
function largeK(args: Model, alphaOverK: Float64Array) {
  if (args.act === 'erf') throw new UsageError('--act erf is implemented for --K 2');
  const c = largeKCurve(alphaOverK);
  return {
    alpha: c.alpha_over_K, qd_amp: c.qd_amp, qa_amp: c.qa_amp, qd_bayes: c.qd_bayes, qa_bayes: c.qa_bayes,
    eg_amp: c.eg_amp, eg_bayes: c.eg_bayes, f_amp: c.f_amp, f_bayes: c.f_bayes,
  };
}

/** one point of a curve object: the i-th entry of every series */
const pointOf = (c: Record<string, Float64Array>, i = 0) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v[i]]));

const cmd = commandFor(committeeParams);

export const committeeCommands: readonly Command[] = [
  cmd({
    name: 'committee-point',
    summary: 'Bayes-optimal and AMP overlaps q_d, q_a, errors and free entropies at one α (K = 1, 2, 3; --act erf: K = 2 regression; --K large: α read as α/K)',
    keys: ['K', 'act', 'noise', 'alpha'],
    run: (args) => (args.K === Infinity ? pointOf(largeK(args, Float64Array.of(args.alpha))) : committeePoint({ ...channelParams(args), alpha: args.alpha })),
  }),
  cmd({
    name: 'committee-curve',
    summary: 'the same along an α grid (--alpha start:stop:step)',
    keys: ['K', 'act', 'noise', 'alpha'],
    rangeKeys: ['alpha'],
    run: (args, ctx) => (args.K === Infinity ? largeK(args, args.alpha) : committeeCurve(channelParams(args), args.alpha, ctx?.onProgress)),
  }),
  cmd({
    name: 'committee-thresholds',
    summary: 'α_spec, α_IT, α_AMP for K = 1, 2, 3 (--act erf: K = 2 regression), or the large-K constants with --K large',
    keys: ['K', 'act', 'noise'],
    run: (args) => {
      const K = args.K;
      if (K === Infinity) {
        if (args.act === 'erf') throw new UsageError('--act erf is implemented for --K 2');
        return committeeThresholds('large');
      }
      const p = channelParams(args);
      return committeeThresholds(p.K, channelOf(p));
    },
  }),
  cmd({
    name: 'committee-amp',
    summary: 'K = 2 AMP on finite instances: per-iteration q_d, q_a, ε_g (mean over seeds) next to SE from the same start',
    keys: ['K', 'act', 'alpha', 'd', 'seed', 'seeds', 'iters'],
    run: (args, ctx) => {
      if (args.K !== 2) throw new UsageError('committee-amp is implemented for --K 2');
      return committeeAmp({ alpha: args.alpha, d: args.d, seed: args.seed, seeds: args.seeds, iters: args.iters }, ctx?.onProgress);
    },
  }),
  cmd({
    name: 'committee-learning-curve',
    summary: 'the learning curve of the chapter (figures 1-2) on its own α grid (α̃ = α/K at --K large): axis, overlaps, errors',
    keys: ['K', 'act', 'noise'],
    run: (args, ctx) => {
      const { c, req, axis } = curveInputs(args);
      return { ...axis, ...curveSeries(c, req, ctx?.onProgress) };
    },
  }),
  cmd({
    name: 'committee-marks',
    summary: 'the transition lines, hard phase and non-specialised phase that figures 1-2 mark on their α (α̃) axis',
    keys: ['K', 'act', 'noise'],
    run: (args) => {
      const { c, req, axis } = curveInputs(args);
      return { x_name: axis.x_name, x_min: axis.x_min, x_max: axis.x_max, ...transitionMarks(curveThresholds(c, req), { min: axis.x_min, max: axis.x_max, n: axis.n }) };
    },
  }),
  cmd({
    name: 'committee-large-k-curve',
    summary: 'the K → ∞ learning curve along an α̃ = α/K grid (--alpha start:stop:step is α̃): closed forms, specialised branch q_d',
    keys: ['alpha'],
    rangeKeys: ['alpha'],
    run: (args) => largeKCurve(args.alpha),
  }),
  cmd({
    name: 'committee-phase',
    summary: `the phase diagram (figure 3): α_AMP(K) for K = 2, 3, 5, …, ${PHASE_K_MAX}, the K → ∞ lines and the gap`,
    keys: [],
    run: (_args, ctx) => phaseView(committeePhase(PHASE_K_MAX, undefined, ctx?.onProgress)),
  }),
  cmd({
    name: 'committee-phase-units',
    summary: 'the phase diagram as figure 3 draws it: α_AMP, its K → ∞ line, the K → ∞ IT line and the known α_IT, each divided by K² (k2) and by K (k)',
    keys: [],
    run: (_args, ctx) => {
      const v = phaseView(committeePhase(PHASE_K_MAX, undefined, ctx?.onProgress));
      return { K: v.K, k2: phaseInUnits(v, 2), k: phaseInUnits(v, 1) };
    },
  }),
];
