/**
 * The online-SGD learning curve from the ODEs (odes.ts): ε_g(α), Q(α), R(α), v(α) on a log-spaced α grid,
 * integrated by Dormand-Prince 5(4) with error control, handing over to Runge-Kutta-Chebyshev once the
 * step is stability-limited (after the plateau the flow contracts at rate ≈ 0.5 while evolving on scales
 * of 10²-10⁵: numerics/stiffSwitch.ts), or by fixed-step Euler for comparison.
 */
import { logGrid } from '../numerics/logGrid.ts';
import { dopri5Stream, euler } from '../numerics/ode.ts';
import { dopri5RkcStream } from '../numerics/stiffSwitch.ts';
import { drain, type Resumable } from '../resumable.ts';
import { packState, SgdOdeModel, unpackState } from './odes.ts';
import { systemOf, type SgdParams } from './setup.ts';

export interface SgdOdeOptions {
  /** first output time (default 0.01); the integration itself starts at α = 0 */
  alphaMin?: number;
  /** explicit increasing output times (> 0) instead of the log grid (alphaMax and nOut are then ignored) */
  grid?: Float64Array;
  /** 'auto' (default): DOPRI5, then RKC when stiff; 'dopri5': DOPRI5 throughout; 'euler': fixed step */
  method?: 'auto' | 'dopri5' | 'euler';
  /** Euler step (default 0.01) */
  dt?: number;
  rtol?: number;
  atol?: number;
  /**
   * step budget of the adaptive integrator (default 40000; α = 10⁵ at η = 0.5 takes ≈ 18000); past it the remaining points are NaN and ok
   * is false. ReLU needs it: at perfect alignment √(C11C22 − C12²) makes the RHS non-Lipschitz and the
   * step size collapses.
   */
  maxSteps?: number;
  /** which terms to keep: all (default), the O(η) drift only (gradient flow) or the O(η²) noise only */
  terms?: 'full' | 'drift' | 'noise';
  /**
   * ReLU with σ = 0 only: once ε_g ≤ this (default RELU_ALIGNED_EG) the state is held for the rest of the
   * grid (0 disables). Why: at σ = 0 every state with ε_g = 0 is a fixed point (Δ ≡ 0 kills every term), and
   * near it the ReLU forms are non-smooth in the overlaps (√(C11C22 − C12²), arcsin near ±1, nearly singular
   * orthant probabilities), so the step collapses at ε_g ~ 1e-10 (650 s to α = 10³ before). The held ε_g
   * is ≤ this bound, i.e. the error on ε_g after the hold is at most the bound (the exact flow goes on to 0).
   */
  alignedEg?: number;
}

/** ReLU at σ = 0: ε_g from which the student counts as at its zero-error fixed point (sgdOde holds the state). */
export const RELU_ALIGNED_EG = 1e-8;

export interface SgdOdeResult {
  K: number;
  M: number;
  /** output times (log grid ending at alphaMax) */
  alpha: Float64Array;
  eg: Float64Array;
  /** nOut × K × K */
  Q: Float64Array;
  /** nOut × K × M */
  R: Float64Array;
  /** nOut × K */
  v: Float64Array;
  /** ε_g at α = 0 */
  eg0: number;
  /** false if the integrator stopped early (non-finite state, step underflow) */
  ok: boolean;
  steps: number;
}

export const DEFAULT_RTOL = 1e-7;
export const DEFAULT_ATOL = 1e-10;

/**
 * Integrate the Saad-Solla / Goldt et al. ODEs from the initial overlaps of `p` (drawn weights with
 * p.seed, or p.initial) to alphaMax, reporting nOut log-spaced points.
 */
export function sgdOde(p: SgdParams, alphaMax: number, nOut = 100, onProgress?: (fraction: number) => void, opts: SgdOdeOptions = {}): SgdOdeResult {
  return drain(sgdOdeStream(p, alphaMax, nOut, onProgress, opts));
}

/**
 * sgdOde as a resumable computation (../resumable.ts): the adaptive integrators pause before every step (RKC also
 * within its long steps), nothing offered (the figures draw no partial theory). sgdOde drains it.
 */
export function* sgdOdeStream(p: SgdParams, alphaMax: number, nOut = 100, onProgress?: (fraction: number) => void, opts: SgdOdeOptions = {}): Resumable<SgdOdeResult> {
  const { sys, Q0, R0, v0 } = systemOf(p);
  if (opts.terms === 'drift') sys.noise = 0;
  if (opts.terms === 'noise') sys.drift = 0;
  const model = new SgdOdeModel(sys);
  const y0 = packState(sys, Q0, R0, v0);
  const alpha = opts.grid ?? logGrid(Math.min(opts.alphaMin ?? 0.01, alphaMax), alphaMax, nOut);
  nOut = alpha.length;
  const tOut = new Float64Array(nOut + 1);
  tOut.set(alpha, 1);
  const alignedEg = p.act === 'relu' && p.sigma === 0 ? opts.alignedEg ?? RELU_ALIGNED_EG : 0;
  let held: Float64Array | null = null;
  const probe = new Float64Array(model.size);
  const onStep = alignedEg > 0
    ? (_t0: number, t1: number, dense: (t: number, out: Float64Array) => void): boolean => {
        dense(t1, probe);
        if (model.eg(probe) > alignedEg) return false;
        held = probe;
        return true;
      }
    : undefined;
  const adaptive = { rtol: opts.rtol ?? DEFAULT_RTOL, atol: opts.atol ?? DEFAULT_ATOL, maxSteps: opts.maxSteps ?? 40_000, onProgress, onStep };
  const res =
    opts.method === 'euler'
      ? euler(model.rhs, y0, tOut, opts.dt ?? 0.01, onProgress)
      : opts.method === 'dopri5'
        ? yield* dopri5Stream(model.rhs, y0, tOut, adaptive)
        : yield* dopri5RkcStream(model.rhs, y0, tOut, adaptive);
  const { K, M } = sys;
  const n = model.size;
  const eg = new Float64Array(nOut).fill(NaN);
  const Q = new Float64Array(nOut * K * K).fill(NaN);
  const R = new Float64Array(nOut * K * M).fill(NaN);
  const v = new Float64Array(nOut * K).fill(NaN);
  const reached = res.t.length;
  const heldState: Float64Array | null = held;
  const last = heldState ? nOut + 1 : reached;
  for (let j = 1; j < last; j++) {
    const o = j - 1;
    const [ys, at] = j < reached ? [res.y, j * n] : [heldState!, 0];
    eg[o] = model.eg(ys, at);
    unpackState(sys, ys, at, Q.subarray(o * K * K, (o + 1) * K * K), R.subarray(o * K * M, (o + 1) * K * M), v.subarray(o * K, (o + 1) * K));
  }
  return { K, M, alpha, eg, Q, R, v, eg0: model.eg(y0), ok: res.ok, steps: res.steps };
}

/**
 * The first α at which ε_g falls below `level` (e.g. half the plateau height: the end of the plateau), located on the
 * dense output of the adaptive integrator by bisection; null if not reached by alphaMax.
 */
export function firstAlphaBelow(p: SgdParams, level: number, alphaMax: number, opts: SgdOdeOptions = {}): number | null {
  return drain(firstAlphaBelowStream(p, level, alphaMax, opts));
}

/** firstAlphaBelow as a resumable computation (a pause before every DOPRI5 step); firstAlphaBelow drains it. */
export function* firstAlphaBelowStream(p: SgdParams, level: number, alphaMax: number, opts: SgdOdeOptions = {}): Resumable<number | null> {
  const { sys, Q0, R0, v0 } = systemOf(p);
  const model = new SgdOdeModel(sys);
  const y0 = packState(sys, Q0, R0, v0);
  const probe = new Float64Array(model.size);
  let hit: number | null = null;
  yield* dopri5Stream(model.rhs, y0, Float64Array.of(0, alphaMax), {
    rtol: opts.rtol ?? DEFAULT_RTOL,
    atol: opts.atol ?? DEFAULT_ATOL,
    onStep: (t0, t1, dense) => {
      dense(t1, probe);
      if (model.eg(probe) >= level) return false;
      let lo = t0;
      let hi = t1;
      while (hi - lo > 1e-10 * hi) {
        const mid = 0.5 * (lo + hi);
        dense(mid, probe);
        if (model.eg(probe) < level) hi = mid;
        else lo = mid;
      }
      hit = 0.5 * (lo + hi);
      return true;
    },
  });
  return hit;
}
