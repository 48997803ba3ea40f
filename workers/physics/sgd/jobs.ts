import { childSeed } from '../numerics/rng.ts';
import {
  drawNetworks, firstAlphaBelow, logGrid, overlaps, REGION_CODES, sgdOde, sgdPhase, sgdPhaseCurve, sgdPlateau, sgdRun, veigaRegion,
  veigaTimeExponent, type SgdOdeOptions, type SgdParams, type VeigaRegion,
} from './index.ts';
import type { ProgressFn } from '../manifest.ts';

/** ε_g is ≈ −1e-12 after perfect learning (round-off of ½cᵀI2c): clip it to this floor so log axes keep the point. */
export const EG_FLOOR = 1e-12;

/**
 * ReLU near perfect alignment makes the ODE non-Lipschitz and the adaptive step collapses (sgdOde.ts): a
 * small step budget ends the integration within ~1 s instead of ~10 s; the remaining points are NaN.
 */
const RELU_MAX_STEPS = 4000;

function odeOptions(p: SgdParams, extra: SgdOdeOptions = {}): SgdOdeOptions {
  return p.act === 'relu' ? { maxSteps: RELU_MAX_STEPS, ...extra } : extra;
}

const clip = (eg: Float64Array) => eg.map((e) => (Number.isFinite(e) ? Math.max(e, EG_FLOOR) : e));

/** Last α with a finite ε_g, or null if every point is finite. */
function stoppedAt(alpha: Float64Array, eg: Float64Array): number | null {
  let last = -1;
  for (let j = 0; j < eg.length; j++) if (Number.isFinite(eg[j])) last = j;
  return last === eg.length - 1 ? null : last >= 0 ? alpha[last] : 0;
}

export type SgdCurveRequest = SgdParams & { alpha: number; alphaMin: number; nOut: number };

/** The symmetric plateau and its predicted and actual exit, where the plateau exists (erf/ReLU, v fixed). */
export interface SgdPlateauMarks {
  eg: number;
  lambda: number;
  /** initial asymmetry a0 = max_i max_{n,n'} |R_in − R_in'| of the drawn weights */
  asymmetry: number;
  /** ln(1/a0)/λ: the time the leading unstable mode needs to grow from a0 to O(1) */
  exit_predicted: number;
  /** first α with ε_g below half of ε* on the ODE (null if not reached by α) */
  exit_ode: number | null;
}

/**
 * The symmetric student's plateau (Saad & Solla 1995 §4): only with the second layer fixed at v = v* = 1
 * (the fixed point of sgdPlateau) and a nonlinear g (linear students have no symmetric trap).
 */
function plateauMarks(p: SgdParams, alphaMax: number): SgdPlateauMarks | null {
  if (p.act === 'linear' || p.both === 1 || p.M < 2) return null;
  const pl = sgdPlateau({ K: p.K, M: p.M, act: p.act, eta: p.eta, sigma: p.sigma });
  if (!Number.isFinite(pl.eg) || !(pl.lambda_max > 0) || pl.residual > 1e-8) return null;
  const { R } = overlaps(drawNetworks(p), p.K, p.M);
  let a0 = 0;
  for (let i = 0; i < p.K; i++) for (let n = 0; n < p.M; n++) for (let m = 0; m < n; m++) a0 = Math.max(a0, Math.abs(R[i * p.M + n] - R[i * p.M + m]));
  if (!(a0 > 0)) return null;
  return {
    eg: pl.eg,
    lambda: pl.lambda_max,
    asymmetry: a0,
    exit_predicted: Math.log(1 / a0) / pl.lambda_max,
    exit_ode: firstAlphaBelow(p, pl.eg / 2, alphaMax, odeOptions(p)),
  };
}

export type SgdSimRequest = SgdParams & { seeds: number; alpha: number; alphaMin: number; nOut: number };

/** The SGD runs so far: mean, min and max of ε_g over the finished seeds, each seed's curve. */
export interface SgdSimPartial {
  alpha: Float64Array;
  eg: Float64Array;
  eg_min: Float64Array;
  eg_max: Float64Array;
  /** done × nOut */
  eg_seeds: Float64Array;
  done: number;
  seeds: number;
  N: number;
}

function aggregate(alpha: Float64Array, runs: Float64Array[], seeds: number, N: number): SgdSimPartial {
  const n = alpha.length;
  const eg = new Float64Array(n), lo = new Float64Array(n).fill(Infinity), hi = new Float64Array(n).fill(-Infinity);
  for (const r of runs) {
    for (let j = 0; j < n; j++) {
      eg[j] += r[j] / runs.length;
      lo[j] = Math.min(lo[j], r[j]);
      hi[j] = Math.max(hi[j], r[j]);
    }
  }
  const all = new Float64Array(runs.length * n);
  runs.forEach((r, s) => all.set(r, s * n));
  return { alpha: alpha.slice(), eg: clip(eg), eg_min: clip(lo), eg_max: clip(hi), eg_seeds: clip(all), done: runs.length, seeds, N };
}

/** Polygon of a (κ, δ) region inside the box [−1, 1]², labelled by the physics' own classifier at its centroid. */
export interface PhasePolygon {
  region: VeigaRegion;
  kappa: Float64Array;
  delta: Float64Array;
}

/**
 * The regions of Veiga et al. 2022 (Table 1) are bounded by the lines κ + δ = 0 and κ + δ = −½ (phase.ts);
 * inside the drawn box [−1, 1]² they are these polygons. κ + δ = 0 itself (the noise plateau) is a line.
 */
const PHASE_POLYGONS: readonly (readonly [number, number])[][] = [
  [[-1, 1], [1, 1], [1, -1]],
  [[-1, 1], [1, -1], [0.5, -1], [-1, 0.5]],
  [[-1, 0.5], [0.5, -1], [-1, -1]],
];

function phasePolygons(): PhasePolygon[] {
  return PHASE_POLYGONS.map((pts) => {
    const ck = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const cd = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    return { region: veigaRegion(ck, cd), kappa: Float64Array.from(pts, (p) => p[0]), delta: Float64Array.from(pts, (p) => p[1]) };
  });
}

export interface SgdPhaseRequest {
  kappa: number;
  delta: number;
  /** label-noise variance Δ = σ² */
  Delta: number;
  act: SgdParams['act'];
  alpha: number;
  nOut: number;
}

/** Two-layer online-SGD jobs (PHYSICS.md §3). */
export const sgdJobs = {
  /** Figure 1: the ODE learning curve from the seeded initial overlaps, the plateau and its exits. */
  sgdCurve(req: SgdCurveRequest, onProgress?: ProgressFn) {
    const { alpha, alphaMin, nOut, ...p } = req;
    const ode = sgdOde(p, alpha, nOut, onProgress, odeOptions(p, { alphaMin }));
    return {
      alpha: ode.alpha,
      eg: clip(ode.eg),
      eg0: ode.eg0,
      ok: ode.ok,
      stopped_at: stoppedAt(ode.alpha, ode.eg),
      plateau: plateauMarks(p, alpha),
    };
  },
  /** Figure 2: Q, R, v of the ODE (layout per time point: K×K, K×M, K). */
  sgdOverlaps(req: SgdCurveRequest, onProgress?: ProgressFn) {
    const { alpha, alphaMin, nOut, ...p } = req;
    const ode = sgdOde(p, alpha, nOut, onProgress, odeOptions(p, { alphaMin }));
    return { K: ode.K, M: ode.M, alpha: ode.alpha, Q: ode.Q, R: ode.R, v: ode.v, ok: ode.ok, stopped_at: stoppedAt(ode.alpha, ode.eg) };
  },
  /**
   * Figure 1: finite-N online SGD, seed after seed (seed index 0 is p.seed, as in sgdSim, so the first run
   * starts from the ODE's overlaps); the aggregate so far is posted after every seed.
   */
  sgdSimRuns(req: SgdSimRequest, onProgress?: ProgressFn, onPartial?: (p: SgdSimPartial) => void): SgdSimPartial {
    const { seeds, alpha, alphaMin, nOut, ...p } = req;
    const N = p.N ?? 1000;
    const S = Math.max(1, Math.round(seeds));
    const steps = Int32Array.from(logGrid(Math.min(alphaMin, alpha), alpha, nOut), (a) => Math.max(1, Math.round(a * N)));
    const grid = Float64Array.from(steps, (s) => s / N);
    const seed0 = p.seed ?? 1;
    const runs: Float64Array[] = [];
    for (let s = 0; s < S; s++) {
      runs.push(sgdRun(p, s === 0 ? seed0 : childSeed(seed0, s), steps, onProgress ? (f) => onProgress((s + f) / S) : undefined).eg);
      if (s < S - 1) onPartial?.(aggregate(grid, runs, S, N));
    }
    return aggregate(grid, runs, S, N);
  },
  /**
   * Figure 3 (Goldt et al. 2019 §4, Fig. 3): the ODE's ε_g against K at α and at α/10, first layer only
   * and both layers; one K at a time through onPartial. The α/10 → α gap shows the first layer still drifting.
   */
  sgdFinalVsK(req: Omit<SgdParams, 'K' | 'both'> & { alpha: number; Ks: number[] }, onProgress?: ProgressFn, onPartial?: (p: unknown) => void) {
    const { alpha, Ks, ...p } = req;
    const n = Ks.length;
    const out = {
      K: Float64Array.from(Ks),
      alpha,
      eg_first: new Float64Array(n).fill(NaN),
      eg_both: new Float64Array(n).fill(NaN),
      eg_first_early: new Float64Array(n).fill(NaN),
      eg_both_early: new Float64Array(n).fill(NaN),
      done: 0,
    };
    const grid = Float64Array.of(alpha / 10, alpha);
    for (let j = 0; j < n; j++) {
      for (const both of [0, 1]) {
        const q = { ...p, K: Ks[j], both };
        const r = sgdOde(q, alpha, 2, undefined, odeOptions(q, { grid }));
        (both ? out.eg_both_early : out.eg_first_early)[j] = r.eg[0];
        (both ? out.eg_both : out.eg_first)[j] = r.eg[1];
        onProgress?.((2 * j + both + 1) / (2 * n));
      }
      out.done = j + 1;
      if (j < n - 1) onPartial?.(structuredClone(out));
    }
    const c = { ...out, eg_first: clip(out.eg_first), eg_both: clip(out.eg_both), eg_first_early: clip(out.eg_first_early), eg_both_early: clip(out.eg_both_early) };
    return c;
  },
  /**
   * Figure 4 (Veiga et al. 2022): the region polygons, the reader's point (region, time exponent) and the
   * learning curve of each region's limit ODE at p = 8, k = 4 (the picked one and the two others).
   */
  sgdVeiga(req: SgdPhaseRequest) {
    const { kappa, delta, Delta, act, alpha, nOut } = req;
    // the limit ODE depends on the region only (phase.ts): one curve per region with a deterministic limit
    const reps: [VeigaRegion, number][] = [['perfect', 0.5], ['plateau', 0], ['bad', -0.25]];
    const curves = reps.map(([region, k]) => {
      const r = sgdPhaseCurve({ kappa: k, delta: 0, Delta, act }, alpha, nOut)!;
      return { region, alpha: r.alpha, eg: clip(r.eg) };
    });
    const map = sgdPhase(Float64Array.of(kappa), Float64Array.of(delta));
    return {
      region: REGION_CODES[map.region[0]],
      time_exponent: veigaTimeExponent(kappa, delta),
      polygons: phasePolygons(),
      /** the marginal line κ + δ = 0 (the noise-plateau limit) across the box */
      plateau_line: { kappa: Float64Array.of(-1, 1), delta: Float64Array.of(1, -1) },
      curves,
    };
  },
};
