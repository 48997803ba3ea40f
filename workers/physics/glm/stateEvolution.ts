/**
 * Bayes-optimal state evolution and replica free entropy of the GLM (Barbier et al., PNAS 2019,
 * arXiv:1708.03395, eqs. of Thm 1 / Sec. "State evolution"; PHYSICS.md §1):
 *   r^t = α G(m^t),   V^{t+1} = mmse(r^t),   m = ρ − V,
 *   f_RS(m, r) = ψ(r) + α Ψ(m) − m r/2.
 * We iterate on V = ρ − m (the MSE) because all sharp behaviour is at V → 0. The map V ↦ mmse(αG) is
 * increasing in V and decreasing in α, so from any start it converges monotonically to the nearest
 * stable fixed point — which makes warm starts along α safe (see curve.ts).
 */
import { brent } from '../numerics/roots.ts';
import { drain, type Resumable } from '../resumable.ts';
import { alphaOfR, goldenMax, rOfV } from './fixedPointCurve.ts';
import type { GlmModel } from './model.ts';

/** V below which, if still shrinking, SE is declared to converge to perfect recovery V = 0. */
export const V_TINY = 1e-12;
/** Informed start: m = ρ(1 − 1e-13), just inside V_TINY so that a stable V = 0 is recognised at once. */
export const V_INFORMED = 1e-13;
/** Uninformed start when m = 0 is itself a fixed point (|z|): m = 0+ */
export const M_UNINFORMED = 1e-8;

export interface SeOptions {
  damping?: number;
  /** relative tolerance on V */
  tol?: number;
  maxIter?: number;
}

export interface SeFixedPoint {
  /** V = ρ − m, exactly 0 at perfect recovery */
  V: number;
  /** r = m̂ = α G(m) at the fixed point (Infinity at V = 0) */
  r: number;
  iterations: number;
  converged: boolean;
}

/** One SE step from V (undamped). */
export function seStep(model: GlmModel, alpha: number, V: number): { V: number; r: number } {
  const r = rAt(model, alpha, V);
  return { V: alpha === 0 ? model.rho : model.prior.mmse(r), r: alpha === 0 ? 0 : r };
}

/** Largest factor by which a step may be extrapolated (escape from an unstable point, secant jumps): the jump from V
 * is at most MAX_JUMP times the plain step F(V) − V. */
const MAX_JUMP = 4;
/** The jump while the steps grow (leaving an unstable fixed point): a few steps' length, no further. */
const GROW_JUMP = 4;
/**
 * Iterations after which a run that has not met its tolerance is taken to sit next to a spinodal: a
 * saddle-node bottleneck (just past it, SE creeps through a ghost of the vanished fixed point for ~1/√|α − α_s|
 * steps) or the slow approach to a fixed point just before it (contraction ratio → 1). From there the fixed
 * point is resolved on the fixed-point curve (`acrossSpinodal`). 20 000 was the old hard cap, reached at
 * |α/α_alg − 1| ≲ 1e-7; every run that converged within it converges within this one too.
 */
const STALL_ITER = 20_000;
/** How many bottlenecks one solve may cross before it gives up (reported as converged: false). */
const MAX_CROSSINGS = 4;
/** Grid step in s = ln r of the march along the fixed-point curve (its extrema are O(1) wide in s). */
const S_STEP = 0.25;
/**
 * A resumable solve pauses every this many SE steps (~1 ms; a run stalled next to a spinodal takes up to 20 000)
 * and at each step of the march across it.
 */
const STEPS_PER_PAUSE = 256;

/** End of the march: V this close to 0 or to ρ (relative) hands back to the iteration. */
const V_EDGE = 1e-9;

interface Run extends SeFixedPoint {
  /** +1 if V was decreasing at the end (s = ln r increasing), −1 otherwise */
  dir: number;
}

/** r = αG(ρ − V, V) at V (the SE map's first half; Infinity at V = 0). */
function rAt(model: GlmModel, alpha: number, V: number): number {
  return V > 0 ? alpha * model.channel.G(model.rho - V, V) : Infinity;
}

/** The damped SE map at V from r = rAt(V): F(V) = (1 − damping)·mmse(r) + damping·V. */
function mapOf(model: GlmModel, alpha: number, damping: number, V: number, r: number): number {
  return (1 - damping) * (alpha === 0 ? model.rho : model.prior.mmse(r)) + damping * V;
}

/**
 * Iterate SE from V0 to its fixed point: the root of R(V) = F(V) − V, F the (damped) SE map, by secant steps on R
 * guarded by the plain iteration. The map is monotone, so the plain step V ↦ F(V) never crosses a fixed point: it
 * walks to the nearest one in the direction of motion (sign R), linearly. A secant point (from the last two
 * iterates; a bounded geometric jump, MAX_JUMP plain steps, while R grows, as when leaving an unstable V = 0) is
 * taken in the direction of motion if R keeps its sign there (it lies before that fixed point), or if it overshoots
 * with a smaller |R| (it sits next to the fixed point, within the last secant step); otherwise the plain step is
 * taken. Near a stable fixed point the secant converges superlinearly (order 1.6), so a warm start along a branch
 * needs a handful of SE steps where the plain iteration needs tens. Converged when |F(V) − V| ≤ tol·V; F(V) is
 * returned with r = αG(V) (V = mmse(r) exactly, undamped).
 */
function* iterate(model: GlmModel, alpha: number, V0: number, damping: number, tol: number, maxIter: number): Resumable<Run, never> {
  const { rho } = model;
  // F and r at the iterate, as scalars: a solve allocates nothing but its result
  let V = Math.min(Math.max(V0, 0), rho);
  let r = rAt(model, alpha, V);
  let Fv = mapOf(model, alpha, damping, V, r);
  let Vp = NaN; // previous iterate and its residual
  let Rp = NaN;
  for (let it = 1; it <= maxIter; it++) {
    if (it % STEPS_PER_PAUSE === 0) yield;
    const R = Fv - V;
    if (Fv === 0 || (Fv < V_TINY * rho && Fv < V)) return { V: 0, r: Infinity, iterations: it, converged: true, dir: 1 };
    if (Math.abs(R) <= tol * Math.max(Fv, V)) return { V: Fv, r: alpha === 0 ? 0 : r, iterations: it, converged: true, dir: 0 };
    // secant through (Vp, Rp), (V, R) as a multiple of the plain step: (V − Vp)/(Rp − R) = 1/(1 − q), q = R/Rp
    const jump = Rp * R < 0 || Math.abs(R) < Math.abs(Rp) ? Math.min(MAX_JUMP, (V - Vp) / (Rp - R)) : GROW_JUMP;
    const Vs = Math.min(Math.max(V + jump * R, 0), rho);
    const trySecant = Vs !== Fv && (Vs - V) * R > 0 && Vs > 0 && Rp === Rp;
    Vp = V;
    Rp = R;
    if (trySecant) {
      const rs = rAt(model, alpha, Vs);
      const Fs = mapOf(model, alpha, damping, Vs, rs);
      const Rs = Fs - Vs;
      if (Rs * R > 0 || Math.abs(Rs) < Math.abs(R)) {
        V = Vs;
        r = rs;
        Fv = Fs;
        continue;
      }
    }
    V = Fv; // the plain step
    r = rAt(model, alpha, V);
    Fv = mapOf(model, alpha, damping, V, r);
  }
  return { V, r: alpha === 0 ? 0 : r, iterations: maxIter, converged: false, dir: Fv > V ? -1 : 1 };
}

/**
 * Where the march along the fixed-point curve ended: at a fixed point, past a bottleneck (resume iterating from V),
 * or nowhere (no bottleneck before the end of the curve: the run is not stuck at a spinodal, e.g. the marginal
 * V → 0 at α_IT of noiseless |z|, where SE approaches 0 like 1/t).
 */
type Landing = { fixed: true; V: number; converged: boolean } | { fixed: false; V: number } | null;

/**
 * The fixed point the (monotone) SE map reaches from a stalled iterate V moving in direction `dir`, located on the
 * fixed-point curve α(s) = r/G(ρ − mmse(r)), s = ln r (fixedPointCurve.ts). Between V and that fixed point F(V) − V
 * keeps its sign, i.e. u(s) = dir·(α − α(s)) > 0; the fixed point is the first root of u in direction dir. March in
 * steps of S_STEP: a sign change is refined by Brent; a local minimum of u (a spinodal of α(s)) by golden section —
 * at or below 0 the root lies before it, above 0 the vanished fixed point is only a ghost and the march goes on.
 * Reaching V_EDGE hands back to the iteration (V → 0 or m → 0 are its business); null if the run stalled there.
 * The damping of the map changes neither its fixed points nor the direction of motion.
 */
function* acrossSpinodal(model: GlmModel, alpha: number, V: number, dir: number): Resumable<Landing, never> {
  const { prior, rho } = model;
  const u = (s: number): number => dir * (alpha - alphaOfR(model, Math.exp(s)));
  const Vof = (s: number): number => prior.mmse(Math.exp(s));
  const atEdge = (x: number): boolean => (dir > 0 ? x < V_EDGE * rho : x > rho * (1 - V_EDGE));
  if (atEdge(V)) return null;
  const root = (a: number, b: number): Landing => {
    const res = brent(u, Math.min(a, b), Math.max(a, b), 1e-13);
    return { fixed: true, V: Vof(res.x), converged: res.converged };
  };
  const lowest = (a: number, b: number): { x: number; u: number } => {
    const g = goldenMax((s) => -u(s), Math.min(a, b), Math.max(a, b), 1e-12);
    return { x: g.x, u: -g.f };
  };
  const s0 = Math.log(rOfV(model, V));
  // u at s[k] = s0 + k·dir·S_STEP; a local minimum at k − 1 is refined on [s[k−2], s[k]] (on [s0, s[1]] for k = 1)
  let sPrev = s0;
  let uPrev = u(s0);
  let sBack = s0;
  let uBack = Infinity; // nothing behind the stalled iterate is a root: SE came from there
  for (let k = 1; k <= 400; k++) {
    yield;
    const s = s0 + k * dir * S_STEP;
    const uk = u(s);
    if (uk <= 0) return root(sPrev, s);
    if (uPrev <= uBack && uPrev < uk) {
      const g = lowest(sBack, s);
      if (g.u <= 0) return root(sBack, g.x);
    }
    if (atEdge(Vof(s))) return { fixed: false, V: Vof(s) };
    [sBack, uBack, sPrev, uPrev] = [sPrev, uPrev, s, uk];
  }
  return null;
}

/**
 * SE from V0 to the fixed point the monotone map reaches (`iterate`); a run that stalls next to a spinodal is
 * continued on the fixed-point curve (`acrossSpinodal`) until it lands on the fixed point or has crossed the
 * bottleneck. `converged` is false only if that fails too.
 */
export function seSolve(model: GlmModel, alpha: number, V0: number, opts: SeOptions = {}): SeFixedPoint {
  return drain(seSolveStream(model, alpha, V0, opts));
}

/** seSolve as a resumable computation: it pauses every STEPS_PER_PAUSE SE steps and at each step of a march. */
export function* seSolveStream(model: GlmModel, alpha: number, V0: number, opts: SeOptions = {}): Resumable<SeFixedPoint, never> {
  const { damping = 0, tol = 1e-12, maxIter = STALL_ITER } = opts;
  let V = V0;
  let iterations = 0;
  for (let crossing = 0; ; crossing++) {
    const run = yield* iterate(model, alpha, V, damping, tol, maxIter);
    iterations += run.iterations;
    if (run.converged || crossing === MAX_CROSSINGS || alpha === 0) return { V: run.V, r: run.r, iterations, converged: run.converged };
    const land = yield* acrossSpinodal(model, alpha, run.V, run.dir);
    if (!land) return { V: run.V, r: run.r, iterations, converged: false };
    if (land.fixed) {
      const Vf = land.V;
      return { V: Vf, r: Vf > 0 ? seStep(model, alpha, Vf).r : Infinity, iterations, converged: land.converged };
    }
    V = land.V;
  }
}

/**
 * f_RS at (m = ρ − V, r) = [ψ(r) − ρr/2] + V r/2 + α Ψ(m). At V = 0 the limit is taken term by term:
 * prior entropy term + α Ψ(V=0), which is +Infinity for noiseless continuous channels.
 */
export function freeEntropy(model: GlmModel, alpha: number, V: number, r: number): number {
  const { prior, channel, rho } = model;
  if (V <= 0) {
    const psiOut = alpha === 0 ? 0 : alpha * channel.PsiAtZero;
    if (psiOut === Infinity) return Infinity;
    return prior.psiShiftInf + psiOut;
  }
  const psiOut = alpha === 0 ? 0 : alpha * channel.Psi(rho - V, V);
  return prior.psiShift(r) + (V * r) / 2 + psiOut;
}
