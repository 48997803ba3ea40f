/**
 * The largest learning rate at which online SGD still learns (item 4 of issue #18). Two limits, both from
 * the ODEs of odes.ts, whose right-hand side is η·(drift) + η²·(noise) (PHYSICS.md §3):
 *
 * 1. The optimum (eta_opt). At the perfect student (T = I, v* = 1: R = [I_M; 0], Q = diag(1_M, 0), v = v*,
 *    surplus units silent) every term vanishes at σ = 0, and the Jacobian is J(η) = η A + η² B with A the
 *    Jacobian of the O(η) gradient terms and B that of the O(η²) noise terms (both at η = 1). A is stable
 *    (gradient flow at a minimum); the η² terms destabilise it at the first η where an eigenvalue of
 *    A + ηB reaches Re λ = 0 (Saad & Solla 1995's maximal learning rate of the asymptotic phase). Linear g:
 *    the student is the single vector Σ_k w_k learning with rate Kη, so eta_opt = 2/K exactly. Exact zero
 *    modes (directions the dynamics cannot see: linear units, silent surplus units) are left out. Only
 *    K ≥ M (otherwise there is no perfect student) and not ReLU (its forms are not differentiable at
 *    alignment, sgdOde.ts). Computed at σ = 0: label noise moves the fixed point by O(ησ²).
 * 2. The symmetric phase (eta_sym). From a small start the students first sit at the symmetric fixed point
 *    (plateau.ts); learning goes on only if it is a saddle (λ_max > 0). As η grows the η² terms first move
 *    it (for K = M = 10 between η = 0.2 and 0.3 onto a branch with large Q), then make it stable (λ_max < 0:
 *    the student never specialises; K = M = 10 at η = 0.5: ε_g → 0.679) or remove it (the symmetric flow runs
 *    off to Q → ∞). eta_sym is the first η where that happens, located by bisection in ln η. Only where the
 *    symmetric plateau exists (hasSymmetricPlateau: erf or ReLU, v fixed, M ≥ 2), and for ReLU only up to
 *    K, M ≤ RELU_MAX_WIDTH (cost).
 *
 * eta_max = the smaller one. Not caught (stated in CONTEXT.md): runaway pairs of units after the plateau,
 * e.g. K = M = 5 between η ≈ 0.85 and eta_max ≈ 1.0.
 */
import { brentStream } from '../numerics/roots.ts';
import { drain, type Resumable } from '../resumable.ts';
import type { Act } from './activations.ts';
import { eigenvaluesStream } from './eigen.ts';
import { packState, SgdOdeModel } from './odes.ts';
import { sgdPlateauStream } from './plateau.ts';
import { hasSymmetricPlateau } from './plateauExit.ts';
import { identity, isBoth, systemFor } from './setup.ts';

export interface SgdStabilityParams {
  K: number;
  M: number;
  act: Act;
  /** label noise std σ (used by the symmetric phase; the optimum is taken at σ = 0) */
  sigma: number;
  /** the schema's 0/1: second layer trained */
  both: number;
}

export interface SgdStabilityResult {
  /** min(eta_opt, eta_sym); null when neither limit is found below ETA_CAP */
  eta_max: number | null;
  /** stability limit of the perfect student; null: not applicable (K < M, ReLU) or stable up to ETA_CAP */
  eta_opt: number | null;
  /** first η at which the symmetric phase traps or diverges; null: not applicable or not below the cap */
  eta_sym: number | null;
  /** which limit is eta_max */
  limit: StabilityLimit | null;
  /** the limits that apply to these parameters and were searched (null eta_max with both searched: stable up to ETA_CAP) */
  checked: StabilityLimit[];
}

export type StabilityLimit = 'optimum' | 'symmetric';

/** the top of the η slider (params.ts): limits are searched on [ETA_LOW, ETA_CAP] */
export const ETA_CAP = 5;
const ETA_LOW = 0.01;
/**
 * ReLU plateaus cost ≈ 0.5 s at K = M = 3 and ≈ 5 s at K = M = 5 each (orthant integrals, plateau.ts), ten of
 * them per bisection: the symmetric limit is computed up to this width only.
 */
export const RELU_MAX_WIDTH = 3;
/** relative width of the bisection bracket of eta_sym */
const SYM_RTOL = 2e-3;

/** The perfect student's overlaps (T = I, v* = 1): unit i < M is teacher unit i, surplus units have w = 0 (and v = 0 if trained). */
function perfectState(p: SgdStabilityParams) {
  const { K, M } = p;
  const Q = new Float64Array(K * K);
  const R = new Float64Array(K * M);
  const v = new Float64Array(K).fill(isBoth(p) ? 0 : 1);
  for (let i = 0; i < M; i++) {
    Q[i * K + i] = 1;
    R[i * M + i] = 1;
    v[i] = 1;
  }
  return { Q, R, v };
}

/** Central-difference Jacobian of the O(η) terms (A) and of the O(η²) terms (B) at the perfect student, η = 1, σ = 0. */
export function optimumJacobians(p: SgdStabilityParams): { A: Float64Array; B: Float64Array; n: number } {
  return drain(optimumJacobiansStream(p));
}

/** Jacobian columns between two pauses of optimumJacobiansStream (2 right-hand sides each, ≈ 0.1 ms at K = M = 10) */
const COLUMNS_PER_PAUSE = 8;

/** optimumJacobians as a resumable computation: a pause every COLUMNS_PER_PAUSE columns; optimumJacobians drains it. */
export function* optimumJacobiansStream(p: SgdStabilityParams): Resumable<{ A: Float64Array; B: Float64Array; n: number }> {
  const { Q, R, v } = perfectState(p);
  const base = { K: p.K, M: p.M, act: p.act, eta: 1, sigma: 0, both: p.both };
  const jac = function* (drift: number, noise: number, etaV: number): Resumable<{ J: Float64Array; n: number }> {
    const sys = systemFor({ ...base, etaV }, identity(p.M));
    sys.drift = drift;
    sys.noise = noise;
    const model = new SgdOdeModel(sys);
    const y = packState(sys, Q, R, v);
    const n = model.size;
    const J = new Float64Array(n * n);
    const fp = new Float64Array(n), fm = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      const h = 1e-6;
      const y0 = y[c];
      y[c] = y0 + h;
      model.rhs(0, y, fp);
      y[c] = y0 - h;
      model.rhs(0, y, fm);
      y[c] = y0;
      for (let r = 0; r < n; r++) J[r * n + c] = (fp[r] - fm[r]) / (2 * h);
      if (c % COLUMNS_PER_PAUSE === COLUMNS_PER_PAUSE - 1) yield undefined;
    }
    return { J, n };
  };
  const { J: A, n } = yield* jac(1, 0, 1);
  return { A, B: (yield* jac(0, 1, 0)).J, n };
}

/** max Re λ over the eigenvalues of A + ηB that are not exact zero modes (|λ| ≤ 1e-7 of the matrix norm). */
export function optimumGrowthRate(A: Float64Array, B: Float64Array, n: number, eta: number): number {
  return drain(optimumGrowthRateStream(A, B, n, eta));
}

/** optimumGrowthRate as a resumable computation (the eigenvalues' pauses); optimumGrowthRate drains it. */
export function* optimumGrowthRateStream(A: Float64Array, B: Float64Array, n: number, eta: number): Resumable<number> {
  const J = new Float64Array(n * n);
  let norm = 0;
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let c = 0; c < n; c++) s += Math.abs((J[r * n + c] = A[r * n + c] + eta * B[r * n + c]));
    norm = Math.max(norm, s);
  }
  const { re, im } = yield* eigenvaluesStream(J, n);
  const tol = 1e-7 * Math.max(1, norm);
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (Math.hypot(re[i], im[i]) > tol) max = Math.max(max, re[i]);
  return max;
}

/** The first root in η of `f` on a doubling grid from ETA_LOW, refined by Brent; null if f < 0 up to ETA_CAP. */
function* firstRoot(f: (eta: number) => Resumable<number>): Resumable<number | null> {
  let lo = ETA_LOW;
  let flo = yield* f(lo);
  if (flo >= 0) return lo;
  while (lo < ETA_CAP) {
    const hi = Math.min(2 * lo, ETA_CAP);
    const fhi = yield* f(hi);
    if (fhi >= 0) return (yield* brentStream(f, lo, hi, 1e-9 * hi)).x;
    [lo, flo] = [hi, fhi];
  }
  return null;
}

/** The perfect student exists (K ≥ M) and the ODEs are differentiable there (not ReLU). */
export function optimumApplies(p: Pick<SgdStabilityParams, 'K' | 'M' | 'act'>): boolean {
  return p.K >= p.M && p.act !== 'relu';
}

/** The symmetric plateau exists (plateauExit.ts) and, for ReLU, is cheap enough to search. */
export function symmetricApplies(p: SgdStabilityParams): boolean {
  return hasSymmetricPlateau(p) && !(p.act === 'relu' && Math.max(p.K, p.M) > RELU_MAX_WIDTH);
}

/** The stability limit of the perfect student (see the header), or null where it does not apply or is above ETA_CAP. */
export function optimumLimit(p: SgdStabilityParams): number | null {
  return drain(optimumLimitStream(p));
}

/** optimumLimit as a resumable computation (Jacobians, then every eigenproblem, pause every few ms); optimumLimit drains it. */
export function* optimumLimitStream(p: SgdStabilityParams): Resumable<number | null> {
  if (!optimumApplies(p)) return null;
  const { A, B, n } = yield* optimumJacobiansStream(p);
  return yield* firstRoot((eta) => optimumGrowthRateStream(A, B, n, eta));
}

/** Whether the symmetric phase is left at this η: its fixed point exists (no run-off) and is a saddle (λ_max > 0). */
export function symmetricPhaseEscapes(p: SgdStabilityParams, eta: number): boolean {
  return drain(symmetricPhaseEscapesStream(p, eta));
}

/** symmetricPhaseEscapes as a resumable computation (the fixed point's pauses, plateau.ts); symmetricPhaseEscapes drains it. */
export function* symmetricPhaseEscapesStream(p: SgdStabilityParams, eta: number): Resumable<boolean> {
  const pl = yield* sgdPlateauStream({ K: p.K, M: p.M, act: p.act, eta, sigma: p.sigma });
  return Number.isFinite(pl.eg) && pl.residual < 1e-8 && pl.lambda_max > 0;
}

/**
 * The first η ≤ below at which the symmetric phase no longer escapes (bisection in ln η), or null if it still
 * escapes at `below` (or the plateau does not apply).
 */
export function symmetricLimit(p: SgdStabilityParams, below = ETA_CAP): number | null {
  return drain(symmetricLimitStream(p, below));
}

/** symmetricLimit as a resumable computation (every fixed point's pauses); symmetricLimit drains it. */
export function* symmetricLimitStream(p: SgdStabilityParams, below = ETA_CAP): Resumable<number | null> {
  if (!symmetricApplies(p)) return null;
  if (yield* symmetricPhaseEscapesStream(p, below)) return null;
  let hi = below;
  let lo = below / 2;
  while (!(yield* symmetricPhaseEscapesStream(p, lo))) {
    hi = lo;
    lo /= 2;
    if (lo < ETA_LOW) return ETA_LOW;
  }
  while (hi / lo - 1 > SYM_RTOL) {
    const mid = Math.sqrt(lo * hi);
    if (yield* symmetricPhaseEscapesStream(p, mid)) lo = mid;
    else hi = mid;
  }
  return Math.sqrt(lo * hi);
}

/** The maximal stable learning rate of these K, M, g, σ, both (see the header). */
export function sgdStability(p: SgdStabilityParams): SgdStabilityResult {
  return drain(sgdStabilityStream(p));
}

/**
 * sgdStability as a resumable computation (the worker's job: ≈ 0.1–1 s for erf at K = M = 5–10, ~20 s for ReLU at
 * K = M = 2): pauses every few ms in the Jacobians, the eigenproblems and the plateau fixed points; nothing offered.
 */
export function* sgdStabilityStream(p: SgdStabilityParams): Resumable<SgdStabilityResult> {
  const eta_opt = yield* optimumLimitStream(p);
  const eta_sym = yield* symmetricLimitStream(p, eta_opt ?? ETA_CAP);
  const eta_max = eta_sym ?? eta_opt;
  const checked: StabilityLimit[] = [];
  if (optimumApplies(p)) checked.push('optimum');
  if (symmetricApplies(p)) checked.push('symmetric');
  return { eta_max, eta_opt, eta_sym, limit: eta_sym !== null ? 'symmetric' : eta_opt !== null ? 'optimum' : null, checked };
}

export interface SgdStabilityAtResult extends SgdStabilityResult {
  eta: number;
  /** η < eta_max; true when every applicable limit was searched and none lies below ETA_CAP; null when no limit applies */
  stable: boolean | null;
}

/** sgdStability and the verdict for the learning rate `eta` (the η-slider note, the curve notice and sgd-stability). */
export function sgdStabilityAt(p: SgdStabilityParams & { eta: number }): SgdStabilityAtResult {
  const r = sgdStability(p);
  const stable = r.eta_max !== null ? p.eta < r.eta_max : r.checked.length > 0 ? true : null;
  return { ...r, eta: p.eta, stable };
}
