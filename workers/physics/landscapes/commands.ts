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
} from './index.ts';
import { commandFor, type Command } from '../manifest.ts';
import type { ParamsOf } from '../schema.ts';
import { landscapesParams } from './params.ts';

const RUN_KEYS = ['N', 'invd2', 'dp', 'T', 'seed', 'tmax', 'h'] as const;

function runParams(args: Pick<ParamsOf<typeof landscapesParams>, (typeof RUN_KEYS)[number]>) {
  return {
    N: args.N, invd2: args.invd2, dp: args.dp, T: args.T,
    seed: args.seed, tmax: args.tmax, h: args.h,
  };
}

const cmd = commandFor(landscapesParams);

export const landscapesCommands: readonly Command[] = [
  cmd({
    name: 'landscape-thresholds',
    summary: 'spiked matrix-tensor (p = 3) thresholds in 1/Δ2: AMP, IT, ML-AMP, GF (--dp value or start:stop:step)',
    keys: ['dp'],
    rangeKeys: ['dp'],
    run: (args) => {
      const dp = args.dp;
      return dp.length === 1 ? landscapeThresholds(dp[0]) : landscapeThresholdLines(dp);
    },
  }),
  cmd({
    name: 'landscape-dmft',
    summary: 'DMFT of spherical gradient flow / Langevin (N → ∞): m(t), μ(t), e(t)',
    keys: ['invd2', 'dp', 'T', 'm0', 'h', 'tmax'],
    run: (args) =>
      landscapeDmft({ invd2: args.invd2, dp: args.dp, T: args.T, m0: args.m0, h: args.h, tmax: args.tmax }),
  }),
  cmd({
    name: 'landscape-gf',
    summary: 'finite-N spherical gradient flow over seeds: t, m, mu, e (run 0) + per-seed series, success/escape rates',
    keys: [...RUN_KEYS, 'seeds'],
    run: (args) => landscapeGf({ ...runParams(args), seeds: args.seeds }),
  }),
  cmd({
    name: 'landscape-hessian',
    summary: 'Hessian on the sphere at the end of one run (seed index 0): spectrum, λ_min, overlap, BBP prediction',
    keys: [...RUN_KEYS],
    run: (args) => landscapeHessian(runParams(args)),
  }),
  cmd({
    name: 'pr-gf',
    summary: 'phase retrieval: GF success rate vs α (--alpha start:stop:step) over seeds at dimension d',
    keys: ['alpha', 'd', 'seed', 'seeds', 'tmax', 'h'],
    rangeKeys: ['alpha'],
    run: (args) =>
      prGf({ alpha: args.alpha, N: args.d, seed: args.seed, seeds: args.seeds, tmax: args.tmax, h: args.h }),
  }),
  cmd({
    name: 'pr-trajectory',
    summary: 'phase retrieval: one GF run, m(t) and loss per sample',
    keys: ['alpha', 'd', 'seed', 'tmax', 'h'],
    run: (args) => prTrajectory({ alpha: args.alpha, N: args.d, seed: args.seed, tmax: args.tmax, h: args.h }),
  }),
  cmd({
    name: 'pr-overparam',
    summary: 'over-parameterised quadratic student (m = width·d): recovery vs α (threshold 2)',
    keys: ['alpha', 'd', 'width', 'seed', 'seeds', 'tmax', 'h'],
    rangeKeys: ['alpha'],
    run: (args) =>
      prOverparam({
        alpha: args.alpha, d: args.d, width: args.width, seed: args.seed,
        seeds: args.seeds, tmax: args.tmax, h: args.h,
      }),
  }),
];
