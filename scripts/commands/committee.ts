/** CLI commands of the committee-machine chapter (PHYSICS.md §5). */
import { committeeAmp, committeeCurve, committeePoint, committeeThresholds } from '../../workers/physics/committee/index.ts';
import { grid, num, UsageError, type Args, type CommandSpec } from './types.ts';

function finiteK(args: Args): number {
  const K = num(args, 'K');
  if (K !== 1 && K !== 2 && K !== 3) throw new UsageError('--K must be 1, 2 or 3 for the full state evolution');
  return K;
}

export const committeeCommands: readonly CommandSpec[] = [
  {
    name: 'committee-point',
    summary: 'Bayes-optimal and AMP overlaps q_d, q_a, errors and free entropies at one α (K = 1, 2, 3)',
    keys: ['K', 'act', 'alpha'],
    run: (args) => committeePoint({ K: finiteK(args), alpha: num(args, 'alpha') }),
  },
  {
    name: 'committee-curve',
    summary: 'the same along an α grid (--alpha start:stop:step)',
    keys: ['K', 'act', 'alpha'],
    rangeKeys: ['alpha'],
    run: (args) => committeeCurve({ K: finiteK(args) }, grid(args, 'alpha')),
  },
  {
    name: 'committee-thresholds',
    summary: 'α_spec, α_IT, α_AMP for K = 1, 2, 3, or the large-K constants with --K large',
    keys: ['K', 'act'],
    run: (args) => {
      const K = num(args, 'K');
      if (K === Infinity) return committeeThresholds('large');
      return committeeThresholds(finiteK(args));
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
