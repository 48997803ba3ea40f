/** CLI commands of the committee-machine chapter (PHYSICS.md §5). */
import {
  channelOf, committeeAmp, committeeCurve, committeePoint, committeeThresholds, type CommitteeChannelParams,
} from '../../workers/physics/committee/index.ts';
import { grid, num, str, UsageError, type Args, type CommandSpec } from './types.ts';

function finiteK(args: Args): number {
  const K = num(args, 'K');
  if (K !== 1 && K !== 2 && K !== 3) throw new UsageError('--K must be 1, 2 or 3 for the full state evolution');
  return K;
}

/** K, activation and (erf) noise; --act erf needs --K 2. The CLI uses the fine erf quadrature. */
function channelParams(args: Args): CommitteeChannelParams {
  const K = finiteK(args);
  const act = str(args, 'act') === 'erf' ? 'erf' : 'sign';
  if (act === 'erf' && K !== 2) throw new UsageError('--act erf (regression committee) is implemented for --K 2');
  return act === 'erf' ? { K, act, noise: num(args, 'noise') } : { K, act };
}

export const committeeCommands: readonly CommandSpec[] = [
  {
    name: 'committee-point',
    summary: 'Bayes-optimal and AMP overlaps q_d, q_a, errors and free entropies at one α (K = 1, 2, 3; --act erf: K = 2 regression)',
    keys: ['K', 'act', 'noise', 'alpha'],
    run: (args) => committeePoint({ ...channelParams(args), alpha: num(args, 'alpha') }),
  },
  {
    name: 'committee-curve',
    summary: 'the same along an α grid (--alpha start:stop:step)',
    keys: ['K', 'act', 'noise', 'alpha'],
    rangeKeys: ['alpha'],
    run: (args) => committeeCurve(channelParams(args), grid(args, 'alpha')),
  },
  {
    name: 'committee-thresholds',
    summary: 'α_spec, α_IT, α_AMP for K = 1, 2, 3 (--act erf: K = 2 regression), or the large-K constants with --K large',
    keys: ['K', 'act', 'noise'],
    run: (args) => {
      const K = num(args, 'K');
      if (K === Infinity) {
        if (str(args, 'act') === 'erf') throw new UsageError('--act erf is implemented for --K 2');
        return committeeThresholds('large');
      }
      const p = channelParams(args);
      return committeeThresholds(p.K, channelOf(p));
    },
  },
  {
    name: 'committee-amp',
    summary: 'K = 2 AMP on finite instances: per-iteration q_d, q_a, ε_g (mean over seeds) next to SE from the same start',
    keys: ['K', 'act', 'alpha', 'd', 'seed', 'seeds', 'iters'],
    run: (args) => {
      if (num(args, 'K') !== 2) throw new UsageError('committee-amp is implemented for --K 2');
      return committeeAmp({ alpha: num(args, 'alpha'), d: num(args, 'd'), seed: num(args, 'seed'), seeds: num(args, 'seeds'), iters: num(args, 'iters') });
    },
  },
];
