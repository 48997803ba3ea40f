/**
 * Bayes-optimal state evolution and replica free entropy of the GLM (Barbier et al., PNAS 2019,
 * arXiv:1708.03395, eqs. of Thm 1 / Sec. "State evolution"; PHYSICS.md §1):
 *   r^t = α G(m^t),   V^{t+1} = mmse(r^t),   m = ρ − V,
 *   f_RS(m, r) = ψ(r) + α Ψ(m) − m r/2.
 * We iterate on V = ρ − m (the MSE) because all sharp behaviour is at V → 0. The map V ↦ mmse(αG) is
 * increasing in V and decreasing in α, so from any start it converges monotonically to the nearest
 * stable fixed point — which makes warm starts along α safe (see curve.ts).
 */
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
  const r = V > 0 ? alpha * model.channel.G(model.rho - V, V) : Infinity;
  return { V: alpha === 0 ? model.rho : model.prior.mmse(r), r: alpha === 0 ? 0 : r };
}

/** Largest factor by which a step may be extrapolated (escape from an unstable point, Aitken jumps). */
const MAX_JUMP = 4;

/**
 * Iterate SE from V0 to its fixed point. Every third step is an extrapolation (Aitken's Δ² when the
 * steps shrink, a bounded geometric jump when they grow, as when leaving an unstable V = 0), accepted
 * only if it moves in the direction of motion and F(V) − V keeps its sign there: the map is monotone,
 * so such a point lies between the iterate and the nearest fixed point in that direction (or beyond
 * an unstable/stable pair — MAX_JUMP keeps the jump within a few steps' length) and the
 * iteration converges to the same fixed point as the plain one, in far fewer steps near spinodals.
 */
export function seSolve(model: GlmModel, alpha: number, V0: number, opts: SeOptions = {}): SeFixedPoint {
  const { damping = 0, tol = 1e-12, maxIter = 20_000 } = opts;
  const { rho } = model;
  let V = Math.min(Math.max(V0, 0), rho);
  let r = 0;
  let d1 = 0; // previous step
  let streak = 0; // plain steps since the last extrapolation
  for (let it = 1; it <= maxIter; it++) {
    const step = seStep(model, alpha, V);
    r = step.r;
    let Vn = (1 - damping) * step.V + damping * V;
    if (Vn === 0 || (Vn < V_TINY * rho && Vn < V)) return { V: 0, r: Infinity, iterations: it, converged: true };
    const d2 = Vn - V;
    if (Math.abs(d2) <= tol * Math.max(Vn, V)) return { V: Vn, r: seStep(model, alpha, Vn).r, iterations: it, converged: true };
    if (++streak >= 3 && d1 !== 0 && d2 * d1 > 0) {
      const q = d2 / d1; // contraction ratio of the last two steps
      const jump = q < 1 ? q / (1 - q) : MAX_JUMP;
      const Vx = Math.min(Math.max(Vn + Math.min(jump, MAX_JUMP) * d2, 0), rho);
      if ((Vx - Vn) * d2 > 0 && Vx > 0) {
        const Fx = (1 - damping) * seStep(model, alpha, Vx).V + damping * Vx;
        if ((Fx - Vx) * d2 > 0) {
          Vn = Vx;
          streak = 0;
        }
      }
    }
    d1 = d2;
    V = Vn;
  }
  return { V, r, iterations: maxIter, converged: false };
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
