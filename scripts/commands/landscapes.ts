/**
 * Rough-landscapes chapter commands (PHYSICS.md §4-§5): thresholds of the spiked matrix-tensor model,
 * its DMFT and finite-N gradient flow, the Hessian at the end of a run, phase-retrieval success maps.
 */
import {
  landscapeDmft,
  landscapeGf,
  landscapeHessian,
  landscapeThresholdLines,
  landscapeThresholds,
  prGf,
  prOverparam,
  prTrajectory,
} from '../../workers/physics/landscapes/index.ts';
import { grid, num, type Args, type CommandSpec } from './types.ts';

const RUN_KEYS = ['N', 'invd2', 'dp', 'T', 'seed', 'tmax', 'h'] as const;

function runParams(args: Args) {
  return {
    N: num(args, 'N'), invd2: num(args, 'invd2'), dp: num(args, 'dp'), T: num(args, 'T'),
    seed: num(args, 'seed'), tmax: num(args, 'tmax'), h: num(args, 'h'),
  };
}

export const landscapesCommands: readonly CommandSpec[] = [
  {
    name: 'landscape-thresholds',
    summary: 'spiked matrix-tensor (p = 3) thresholds in 1/Δ2: AMP, IT, ML-AMP, GF (--dp value or start:stop:step)',
    keys: ['dp'],
    rangeKeys: ['dp'],
    run: (args) => {
      const dp = grid(args, 'dp');
      return dp.length === 1 ? landscapeThresholds(dp[0]) : landscapeThresholdLines(dp);
    },
  },
  {
    name: 'landscape-dmft',
    summary: 'DMFT of spherical gradient flow / Langevin (N → ∞): m(t), μ(t), e(t)',
    keys: ['invd2', 'dp', 'T', 'm0', 'h', 'tmax'],
    run: (args) =>
      landscapeDmft({ invd2: num(args, 'invd2'), dp: num(args, 'dp'), T: num(args, 'T'), m0: num(args, 'm0'), h: num(args, 'h'), tmax: num(args, 'tmax') }),
  },
  {
    name: 'landscape-gf',
    summary: 'finite-N spherical gradient flow over seeds: t, m, mu, e (run 0) + per-seed series, success/escape rates',
    keys: [...RUN_KEYS, 'seeds'],
    run: (args) => landscapeGf({ ...runParams(args), seeds: num(args, 'seeds') }),
  },
  {
    name: 'landscape-hessian',
    summary: 'Hessian on the sphere at the end of one run (seed index 0): spectrum, λ_min, overlap, BBP prediction',
    keys: [...RUN_KEYS],
    run: (args) => landscapeHessian(runParams(args)),
  },
  {
    name: 'pr-gf',
    summary: 'phase retrieval: GF success rate vs α (--alpha start:stop:step) over seeds at dimension d',
    keys: ['alpha', 'd', 'seed', 'seeds', 'tmax', 'h'],
    rangeKeys: ['alpha'],
    run: (args) =>
      prGf({ alpha: grid(args, 'alpha'), N: num(args, 'd'), seed: num(args, 'seed'), seeds: num(args, 'seeds'), tmax: num(args, 'tmax'), h: num(args, 'h') }),
  },
  {
    name: 'pr-trajectory',
    summary: 'phase retrieval: one GF run, m(t) and loss per sample',
    keys: ['alpha', 'd', 'seed', 'tmax', 'h'],
    run: (args) => prTrajectory({ alpha: num(args, 'alpha'), N: num(args, 'd'), seed: num(args, 'seed'), tmax: num(args, 'tmax'), h: num(args, 'h') }),
  },
  {
    name: 'pr-overparam',
    summary: 'over-parameterised quadratic student (m = width·d): recovery vs α (threshold 2)',
    keys: ['alpha', 'd', 'width', 'seed', 'seeds', 'tmax', 'h'],
    rangeKeys: ['alpha'],
    run: (args) =>
      prOverparam({
        alpha: grid(args, 'alpha'), d: num(args, 'd'), width: num(args, 'width'), seed: num(args, 'seed'),
        seeds: num(args, 'seeds'), tmax: num(args, 'tmax'), h: num(args, 'h'),
      }),
  },
];
