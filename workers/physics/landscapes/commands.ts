/**
 * Rough-landscapes chapter commands (PHYSICS.md §4-§5): thresholds of the spiked matrix-tensor model,
 * its DMFT and finite-N gradient flow, the Hessian at the end of a run, phase-retrieval success maps.
 */
import {
  dmftEscapeTimes,
  dmftWithEscape,
  finiteSizeStart,
  gfWithEscape,
  landscapeDmft,
  landscapeGf,
  landscapeHessian,
  landscapePoint,
  landscapeThresholdLines,
  landscapeThresholds,
  phaseDiagram,
  prGf,
  prOverparam,
  prOverparamMap,
  prSuccessMaps,
  prThresholds,
  prTrajectory,
} from './index.ts';
import { commandFor, type Command } from '../manifest.ts';
import { specOf, type ParamsOf } from '../schema.ts';
import { landscapesParams } from './params.ts';

const RUN_KEYS = ['N', 'invd2', 'dp', 'T', 'seed', 'tmax', 'h'] as const;

function runParams(args: Pick<ParamsOf<typeof landscapesParams>, (typeof RUN_KEYS)[number]>) {
  return {
    N: args.N, invd2: args.invd2, dp: args.dp, T: args.T,
    seed: args.seed, tmax: args.tmax, h: args.h,
  };
}

const cmd = commandFor(landscapesParams);

/** The Δp slider's range: the phase diagram of the page spans it. */
function dpRange(): { dpMin: number; dpMax: number } {
  const dp = specOf(landscapesParams, 'dp');
  if (dp.kind !== 'number') throw new Error('dp is a number parameter');
  return { dpMin: dp.min, dpMax: dp.max };
}

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
    summary: 'DMFT of spherical gradient flow / Langevin (N → ∞, second order in h): m(t), μ(t), e(t) and the step h used (tmax/2000 when tmax/h > 2000)',
    keys: ['invd2', 'dp', 'T', 'm0', 'h', 'tmax'],
    run: (args, ctx) =>
      landscapeDmft({ invd2: args.invd2, dp: args.dp, T: args.T, m0: args.m0, h: args.h, tmax: args.tmax }, ctx?.onProgress),
  }),
  cmd({
    name: 'landscape-gf',
    summary: 'finite-N spherical gradient flow over seeds: t, m, mu, e (run 0) + per-seed series, success/escape rates',
    keys: [...RUN_KEYS, 'seeds'],
    run: (args, ctx) => landscapeGf({ ...runParams(args), seeds: args.seeds }, ctx?.onProgress),
  }),
  cmd({
    name: 'landscape-hessian',
    summary: 'Hessian on the sphere at the end of one run (seed index 0): spectrum, λ_min, overlap, BBP prediction',
    keys: [...RUN_KEYS],
    run: (args, ctx) => landscapeHessian(runParams(args), ctx?.onProgress),
  }),
  cmd({
    name: 'pr-gf',
    summary: 'phase retrieval: GF success rate vs α (--alpha start:stop:step) over seeds at dimension d',
    keys: ['alpha', 'd', 'seed', 'seeds', 'tmax', 'h'],
    rangeKeys: ['alpha'],
    run: (args, ctx) =>
      prGf({ alpha: args.alpha, N: args.d, seed: args.seed, seeds: args.seeds, tmax: args.tmax, h: args.h }, ctx?.onProgress),
  }),
  cmd({
    name: 'pr-trajectory',
    summary: 'phase retrieval: one GF run, m(t) and loss per sample',
    keys: ['alpha', 'd', 'seed', 'tmax', 'h'],
    run: (args, ctx) => prTrajectory({ alpha: args.alpha, N: args.d, seed: args.seed, tmax: args.tmax, h: args.h }, ctx?.onProgress),
  }),
  cmd({
    name: 'pr-overparam',
    summary: 'over-parameterised quadratic student (m = width·d): recovery vs α (threshold 2)',
    keys: ['alpha', 'd', 'width', 'seed', 'seeds', 'tmax', 'h'],
    rangeKeys: ['alpha'],
    run: (args, ctx) =>
      prOverparam({
        alpha: args.alpha, d: args.d, width: args.width, seed: args.seed,
        seeds: args.seeds, tmax: args.tmax, h: args.h,
      }, ctx?.onProgress),
  }),
  // What the page shows beyond the commands above (PHYSICS.md §4): one physics call each.
  cmd({
    name: 'landscape-point',
    summary: 'the reader\'s point (Δp, 1/Δ2): thresholds, region (gf | mlamp | amp | hard | undetectable), BBP at the threshold states μ = 2σ',
    keys: ['dp', 'invd2'],
    run: (args) => landscapePoint(args.dp, args.invd2),
  }),
  cmd({
    name: 'landscape-phase-diagram',
    summary: 'the phase-diagram lines on the page\'s grid (81 log-spaced Δp over the slider range; IT 0 where the tensor alone suffices, Δp < 0.229)',
    keys: [],
    run: () => phaseDiagram(dpRange()),
  }),
  cmd({
    name: 'landscape-escape',
    summary: 'DMFT escape time (first |m| > 0.3) from m0 and from the finite-size start m0 = 1/√N',
    keys: ['invd2', 'dp', 'T', 'm0', 'h', 'tmax', 'N'],
    run: (args, ctx) => dmftEscapeTimes(args, ctx?.onProgress),
  }),
  cmd({
    name: 'landscape-dmft-n',
    summary: 'the DMFT figure 2 draws next to the runs: from the finite-size start m0 = 1/√N, empty t, m, mu, e when that is the reader\'s --m0 already (one curve drawn)',
    keys: ['invd2', 'dp', 'T', 'm0', 'h', 'tmax', 'N'],
    run: (args, ctx) => {
      const { m0_finite_size, same_start } = finiteSizeStart(args.N, args.m0);
      const empty = new Float64Array(0);
      const r = same_start ? { t: empty, m: empty, mu: empty, e: empty, t_escape: null } : dmftWithEscape({ invd2: args.invd2, dp: args.dp, T: args.T, h: args.h, tmax: args.tmax, m0: m0_finite_size }, ctx?.onProgress);
      return { m0_finite_size, same_start, t: r.t, m: r.m, mu: r.mu, e: r.e, t_escape: r.t_escape };
    },
  }),
  cmd({
    name: 'landscape-gf-escape',
    summary: 'finite-N gradient flow over seeds: each run\'s escape time, success (m > 0.5) and escape (|m| > 0.3) rates',
    keys: [...RUN_KEYS, 'seeds'],
    run: (args, ctx) => {
      const r = gfWithEscape({ ...runParams(args), seeds: args.seeds }, ctx?.onProgress);
      return { t_escape_seeds: r.t_escape_seeds, success_rate: r.success_rate, escape_rate: r.escape_rate };
    },
  }),
  cmd({
    name: 'pr-thresholds',
    summary: 'phase retrieval (Gaussian prior, noiseless |z|): α_IT, α_AMP from state evolution; over-parameterised student α = 2',
    keys: [],
    run: () => prThresholds(),
  }),
  cmd({
    name: 'pr-success-map',
    summary: 'phase retrieval: GF success rate on the page\'s α grid (2, 3, 4, 5, 6, 8, 10) at d and at half of d',
    keys: ['d', 'seed', 'seeds', 'tmax', 'h'],
    run: (args, ctx) => prSuccessMaps(args, ctx?.onProgress),
  }),
  cmd({
    name: 'pr-overparam-map',
    summary: 'over-parameterised student on the page\'s α grid (1, 1.5, 2, 2.5, 3, 4) at d = 30: recovery error, success, loss',
    keys: ['width', 'seed', 'seeds', 'tmax', 'h'],
    run: (args, ctx) => prOverparamMap(args, ctx?.onProgress),
  }),
];
