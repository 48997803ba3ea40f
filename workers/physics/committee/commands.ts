/** CLI commands of the committee-machine chapter (PHYSICS.md §5). */
import {
  channelOf, committeeAmp, committeeCurve, committeePoint, committeeThresholds, type CommitteeChannelParams,
} from './index.ts';
import { commandFor, UsageError, type Command } from '../manifest.ts';
import type { ParamsOf } from '../schema.ts';
import { committeeParams } from './params.ts';

type Model = Pick<ParamsOf<typeof committeeParams>, 'K' | 'act' | 'noise'>;

function finiteK(args: Pick<Model, 'K'>): number {
  const K = args.K;
  if (K !== 1 && K !== 2 && K !== 3) throw new UsageError('--K must be 1, 2 or 3 for the full state evolution');
  return K;
}

/** K, activation and (erf) noise; --act erf needs --K 2. The CLI uses the fine erf quadrature. */
function channelParams(args: Model): CommitteeChannelParams {
  const K = finiteK(args);
  const act = args.act === 'erf' ? 'erf' : 'sign';
  if (act === 'erf' && K !== 2) throw new UsageError('--act erf (regression committee) is implemented for --K 2');
  return act === 'erf' ? { K, act, noise: args.noise } : { K, act };
}

const cmd = commandFor(committeeParams);

export const committeeCommands: readonly Command[] = [
  cmd({
    name: 'committee-point',
    summary: 'Bayes-optimal and AMP overlaps q_d, q_a, errors and free entropies at one α (K = 1, 2, 3; --act erf: K = 2 regression)',
    keys: ['K', 'act', 'noise', 'alpha'],
    run: (args) => committeePoint({ ...channelParams(args), alpha: args.alpha }),
  }),
  cmd({
    name: 'committee-curve',
    summary: 'the same along an α grid (--alpha start:stop:step)',
    keys: ['K', 'act', 'noise', 'alpha'],
    rangeKeys: ['alpha'],
    run: (args) => committeeCurve(channelParams(args), args.alpha),
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
    run: (args) => {
      if (args.K !== 2) throw new UsageError('committee-amp is implemented for --K 2');
      return committeeAmp({ alpha: args.alpha, d: args.d, seed: args.seed, seeds: args.seeds, iters: args.iters });
    },
  }),
];
