/**
 * CLI commands of the two-layer SGD chapter (PHYSICS.md §5): sgd-ode, sgd-sim, sgd-plateau, sgd-phase, and
 * the page's own numbers: sgd-curve (the learning curve with the plateau marks), sgd-final-vs-k (Figure 3),
 * sgd-veiga (Figure 4), and sgd-stability (the maximal stable η beside the η slider); sgd-learning-curve and
 * sgd-sim-runs print Figures 1-2 on the page's own grids.
 */
import {
  PLATEAU_RESIDUAL, REFERENCE_START, REGION_CODES, sgdCurve, sgdFinalVsK, sgdOde, sgdPhase, sgdPlateau, sgdSim, sgdSimStream, sgdStabilityAt, sgdVeiga,
  veigaNormalisation, veigaRegion, veigaTimeExponent,
} from './index.ts';
import { drain } from '../resumable.ts';
import type { SgdParams } from './setup.ts';
import { commandFor, UsageError, type Command } from '../manifest.ts';
import type { ParamsOf } from '../schema.ts';
import { sgdParams } from './params.ts';

/** output points of the learning curves */
const N_OUT = 60;
/** first output time of the learning curves */
const ALPHA_MIN = 0.01;
/** a (κ, δ) grid is capped like any range (scripts/cliCore.ts: 100 000 points) */
const MAX_GRID_POINTS = 100_000;

type Args = ParamsOf<typeof sgdParams>;

/**
 * The model of a curve command: the schema's keys, with --norm veiga (Veiga et al.: v = 1/K, v* = 1/M,
 * --eta read as γ0) and --start reference (PHYSICS.md §3's explicit K = M = 2 overlaps instead of drawn weights).
 */
function params(args: Pick<Args, (typeof CURVE_KEYS)[number]> & Partial<Pick<Args, 'start' | 'norm'>>): SgdParams {
  const p: SgdParams = {
    K: args.K, M: args.M, act: args.act, eta: args.eta, sigma: args.sigma,
    both: args.both, N: args.N, seed: args.seed, init: args.init,
  };
  if (args.norm === 'veiga') {
    if (args.both === 1) throw new UsageError('--norm veiga trains the first layer only (--both 0)');
    Object.assign(p, veigaNormalisation(args.K, args.M, args.eta));
  }
  if (args.start === 'reference') {
    if (args.K !== REFERENCE_START.K || args.M !== REFERENCE_START.M || args.both === 1 || args.norm === 'veiga') {
      throw new UsageError('--start reference is the K = M = 2 start with v = v* = 1 fixed (--K 2 --M 2 --both 0 --norm unit)');
    }
    p.initial = { Q: REFERENCE_START.Q, R: REFERENCE_START.R };
  }
  return p;
}

/** flat (points × rows × cols) → nested arrays per time point */
function nest(flat: Float64Array, points: number, rows: number, cols: number): number[][][] {
  return Array.from({ length: points }, (_, t) =>
    Array.from({ length: rows }, (_, r) => Array.from(flat.subarray((t * rows + r) * cols, (t * rows + r + 1) * cols))));
}

function curve(res: { K: number; M: number; alpha: Float64Array; eg: Float64Array; Q: Float64Array; R: Float64Array; v: Float64Array }) {
  const n = res.alpha.length;
  return {
    alpha: res.alpha,
    eg: res.eg,
    Q: nest(res.Q, n, res.K, res.K),
    R: nest(res.R, n, res.K, res.M),
    v: nest(res.v, n, 1, res.K).map((x) => x[0]),
  };
}

/**
 * The page's grids (src/chapters/sgd: model.ts CURVE_POINTS, viewParams.ts ALPHA_MIN, the SGD run's 48
 * points): log-spaced from α = 0.1; e2e/compare-cli.spec.ts checks that the page draws these numbers.
 */
const PAGE = { alphaMin: 0.1, odePoints: 160, simPoints: 48 };

/**
 * Each order parameter of an ODE solve along α, named as Figure 2 names its lines: R_in (R11, R12, …),
 * Q_ii, Q_ik for i < k, and v_i when the second layer trains.
 */
function overlapLines(res: { K: number; M: number; alpha: Float64Array; Q: Float64Array; R: Float64Array; v: Float64Array; v_trained: boolean }) {
  const { K, M } = res;
  const n = res.alpha.length;
  const at = (flat: Float64Array, cols: number, r: number, c: number) => Float64Array.from({ length: n }, (_, t) => flat[(t * K + r) * cols + c]);
  const out: Record<string, Float64Array> = {};
  for (let m = 0; m < M; m++) for (let i = 0; i < K; i++) out[`R${i + 1}${m + 1}`] = at(res.R, M, i, m);
  for (let i = 0; i < K; i++) for (let k = i; k < K; k++) out[`Q${i + 1}${k + 1}`] = at(res.Q, K, i, k);
  if (res.v_trained) for (let i = 0; i < K; i++) out[`v${i + 1}`] = Float64Array.from({ length: n }, (_, t) => res.v[t * K + i]);
  return out;
}

const CURVE_KEYS = ['K', 'M', 'act', 'eta', 'sigma', 'both', 'N', 'seed', 'init', 'alpha'] as const;
/** the model keys of Figure 3 (K and both are its axes) */
const FINAL_VS_K_KEYS = ['M', 'act', 'eta', 'sigma', 'N', 'seed', 'init', 'alpha'] as const;

const cmd = commandFor(sgdParams);

export const sgdCommands: readonly Command[] = [
  cmd({
    name: 'sgd-ode',
    summary: 'ε_g and Q, R, v of the online-SGD ODEs on a log α grid ending at --alpha (from the seeded initial overlaps at --N, or --start reference; --norm veiga: Veiga et al.\'s 1/K, 1/M second layers)',
    keys: [...CURVE_KEYS, 'start', 'norm'],
    run: (args, ctx) => curve(sgdOde(params(args), args.alpha, N_OUT, ctx?.onProgress)),
  }),
  cmd({
    name: 'sgd-sim',
    summary: 'seeded online SGD at dimension --N over --seeds runs (mean ε_g, min/max band) and the ODE from the same start',
    keys: [...CURVE_KEYS, 'seeds', 'norm'],
    run: (args, ctx) => {
      const res = sgdSim({ ...params(args), seeds: args.seeds }, args.alpha, N_OUT, ctx?.onProgress);
      return { ...curve(res), eg_min: res.eg_min, eg_max: res.eg_max, eg_ode: res.eg_ode };
    },
  }),
  cmd({
    name: 'sgd-plateau',
    summary: 'symmetric plateau fixed point (T = I, v = v* = 1): ε*, Q_ii, Q_ik, R and the leading Jacobian eigenvalue',
    keys: ['K', 'M', 'act', 'eta', 'sigma'],
    run: (args) => {
      const p = sgdPlateau({ K: args.K, M: args.M, act: args.act, eta: args.eta, sigma: args.sigma });
      const fields = [p.eg, p.q_diag, p.q_off, p.r, p.lambda_max];
      if (!fields.every(Number.isFinite) || !(p.residual <= PLATEAU_RESIDUAL)) {
        throw new UsageError(
          `no symmetric plateau found at K = ${args.K}, M = ${args.M}, ${args.act}, η = ${args.eta} (Newton residual ${p.residual.toExponential(1)}): ` +
            'the symmetric fixed point does not exist here (too large η runs off; see sgd-stability) or M = 1 has none',
        );
      }
      return { eg: p.eg, q_diag: p.q_diag, q_off: p.q_off, r: p.r, lambda_max: p.lambda_max };
    },
  }),
  cmd({
    name: 'sgd-phase',
    summary: 'Veiga et al. (κ, δ) regions and time-scale exponents, for a point or start:stop:step ranges',
    keys: ['kappa', 'delta'],
    rangeKeys: ['kappa', 'delta'],
    run: (args) => {
      const kappa = args.kappa;
      const delta = args.delta;
      if (kappa.length === 1 && delta.length === 1) {
        return { kappa: kappa[0], delta: delta[0], region: veigaRegion(kappa[0], delta[0]), time_exponent: veigaTimeExponent(kappa[0], delta[0]) };
      }
      if (kappa.length * delta.length > MAX_GRID_POINTS) {
        throw new UsageError(`--kappa × --delta has ${kappa.length * delta.length} points; at most ${MAX_GRID_POINTS}`);
      }
      const r = sgdPhase(kappa, delta);
      return {
        kappa: r.kappa,
        delta: r.delta,
        region: Array.from({ length: delta.length }, (_, j) => Array.from(r.region.subarray(j * kappa.length, (j + 1) * kappa.length), (c) => REGION_CODES[c])),
        time_exponent: Array.from({ length: delta.length }, (_, j) => Array.from(r.time_exponent.subarray(j * kappa.length, (j + 1) * kappa.length), (x) => (Number.isNaN(x) ? null : x))),
      };
    },
  }),
  cmd({
    name: 'sgd-curve',
    summary: 'the page\'s learning curve: one ODE solve (ε_g clipped at 1e-12, Q, R, v), where it stopped, and the symmetric plateau ε*, λ, a0, exit ln(1/a0)/λ and ODE exit (ε_g < ε*/2); --start, --norm as sgd-ode',
    keys: [...CURVE_KEYS, 'start', 'norm'],
    run: (args, ctx) => {
      const res = sgdCurve(params(args), args.alpha, N_OUT, ALPHA_MIN, ctx?.onProgress);
      return { ...curve(res), eg0: res.eg0, stopped_at: res.stopped_at, plateau: res.plateau };
    },
  }),
  cmd({
    name: 'sgd-learning-curve',
    summary: 'Figures 1-2 as drawn: the ODE on 160 log-spaced α from 0.1 to --alpha (ε_g clipped at 1e-12), each order parameter as a line (R11…, Q11…, v1…), the plateau marks',
    keys: CURVE_KEYS,
    run: (args, ctx) => {
      const res = sgdCurve(params(args), args.alpha, PAGE.odePoints, PAGE.alphaMin, ctx?.onProgress);
      return { alpha: res.alpha, eg: res.eg, ...overlapLines(res), stopped_at: res.stopped_at, plateau: res.plateau };
    },
  }),
  cmd({
    name: 'sgd-sim-runs',
    summary: 'Figure 1\'s SGD runs: --seeds seeded runs at dimension --N on 48 log-spaced α from 0.1 to --alpha; mean, min and max ε_g (clipped at 1e-12)',
    keys: [...CURVE_KEYS, 'seeds'],
    run: (args, ctx) => {
      const r = drain(sgdSimStream({ ...params(args), seeds: args.seeds }, args.alpha, PAGE.simPoints, PAGE.alphaMin, ctx?.onProgress));
      return { alpha: r.alpha, eg: r.eg, eg_min: r.eg_min, eg_max: r.eg_max, N: r.N, seeds: r.seeds };
    },
  }),
  cmd({
    name: 'sgd-final-vs-k',
    summary: 'ODE ε_g at --alpha and --alpha/10 against the student width K = 1…max(8, M+3), first layer only and both layers',
    keys: FINAL_VS_K_KEYS,
    run: (args, ctx) => {
      const { M, act, eta, sigma, N, seed, init, alpha } = args;
      const r = sgdFinalVsK({ M, act, eta, sigma, N, seed, init }, alpha, undefined, ctx?.onProgress);
      return {
        K: r.K, alpha: r.alpha, alpha_early: r.alpha_early,
        eg_first: r.eg_first, eg_both: r.eg_both, eg_first_early: r.eg_first_early, eg_both_early: r.eg_both_early, missing: r.missing,
      };
    },
  }),
  cmd({
    name: 'sgd-veiga',
    summary: 'Veiga et al. figure: region and time exponent of (κ, δ), Δ = σ², the region polygons in [−1, 1]², and each region\'s limit ODE (p = 8, k = 4) to --alpha',
    keys: ['kappa', 'delta', 'sigma', 'act', 'alpha'],
    run: (args) => {
      const { kappa, delta, sigma, act, alpha } = args;
      return { kappa, delta, ...sgdVeiga({ kappa, delta, sigma, act }, alpha, N_OUT) };
    },
  }),
  cmd({
    name: 'sgd-stability',
    summary: 'maximal stable η of K, M, act, σ, both: the stability limit of the perfect student (eta_opt) and of the symmetric phase (eta_sym: trapped or run off), eta_max = the smaller, and whether --eta is below it',
    keys: ['K', 'M', 'act', 'sigma', 'both', 'eta'],
    run: (args) => {
      const { K, M, act, sigma, both, eta } = args;
      const r = sgdStabilityAt({ K, M, act, sigma, both, eta });
      return { eta: r.eta, eta_max: r.eta_max, eta_opt: r.eta_opt, eta_sym: r.eta_sym, limit: r.limit, checked: r.checked, stable: r.stable };
    },
  }),
];
