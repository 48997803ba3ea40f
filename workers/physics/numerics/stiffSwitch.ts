/**
 * DOPRI5 that hands over to RKC while its step is limited by stability rather than accuracy, and back
 * when the stiffness is gone — the type-insensitive strategy of Hairer & Wanner ("Solving ODEs II",
 * §IV.2, stiffness detection; as in LSODA) with RKC (rkc.ts) as the stiff solver instead of an implicit
 * one. Every `checkEvery` accepted steps the spectral radius ρ of the Jacobian is estimated by the power
 * method; DOPRI5 hands over when h·ρ ≥ `switchAt` (where its step settles when stability-limited) on two
 * consecutive probes, RKC hands back when h·ρ ≤ `switchBack` (RKC then uses its minimum of 2 stages,
 * order 2, where DOPRI5's order 5 takes far longer steps) on two consecutive probes. Each segment starts
 * from the state at the hand-over point with the last step size. Until the first hand-over the run is
 * exactly DOPRI5's (same steps, same output); problems that never turn stiff pay only the probes.
 */
import { drain, type Resumable } from '../resumable.ts';
import { dopri5Stream, type Dopri5Options, type OdeResult, type Rhs } from './ode.ts';
import { rkcStream, SpectralRadius } from './rkc.ts';

export interface StiffSwitchOptions extends Dopri5Options {
  /** accepted steps between stiffness probes (default 20) */
  checkEvery?: number;
  /**
   * h·ρ (ρ with RKC's 1.2 safety factor) from which a DOPRI5 step counts as stability-limited (default 1.8:
   * on a real negative eigenvalue DOPRI5's controller settles at h|λ| ≈ 1.6, where its error estimate, not
   * the stability boundary 3.3, stops the step)
   */
  switchAt?: number;
  /** h·ρ below which an RKC step counts as accuracy-limited (default 0.6) */
  switchBack?: number;
  /** RKC's stage cap (default 400) */
  maxStages?: number;
}

export interface StiffSwitchResult extends OdeResult {
  /** times of the hand-overs (DOPRI5 → RKC, RKC → DOPRI5, …) */
  switches: number[];
}

export function dopri5Rkc(f: Rhs, y0: Float64Array, tOut: Float64Array, opts: StiffSwitchOptions = {}): StiffSwitchResult {
  return drain(dopri5RkcStream(f, y0, tOut, opts));
}

/** dopri5Rkc as a resumable computation: each segment's pauses (dopri5Stream, rkcStream), nothing offered; dopri5Rkc drains it. */
export function* dopri5RkcStream(f: Rhs, y0: Float64Array, tOut: Float64Array, opts: StiffSwitchOptions = {}): Resumable<StiffSwitchResult> {
  const { checkEvery = 20, switchAt = 1.8, switchBack = 0.6, maxSteps = 1_000_000, onStep, onProgress } = opts;
  const n = y0.length;
  const nOut = tOut.length;
  const tStart = tOut[0];
  const tEnd = tOut[nOut - 1];
  const out = new Float64Array(nOut * n);
  out.set(y0, 0);
  const probe = new Float64Array(n);
  const fProbe = new Float64Array(n);
  const rho = new SpectralRadius(n);
  const switches: number[] = [];
  let done = 1;
  let tCur = tStart;
  let yCur = y0;
  let h0 = opts.h0;
  let stiff = false;
  let steps = 0, rejected = 0, evaluations = 0;
  for (;;) {
    let accepted = 0;
    let hits = 0;
    let userStop = false;
    let handOver: number | null = null;
    const tSeg = tCur;
    const segOnStep = (t0: number, t1: number, dense: (t: number, out: Float64Array) => void): boolean => {
      if (onStep && onStep(t0, t1, dense) === true) {
        userStop = true;
        return true;
      }
      if (++accepted % checkEvery !== 0 || t1 >= tEnd) return false;
      dense(t1, probe);
      f(t1, probe, fProbe);
      rho.evaluations++;
      const hRho = (t1 - t0) * rho.estimate(f, t1, probe, fProbe);
      hits = (stiff ? hRho <= switchBack : hRho >= switchAt) ? hits + 1 : 0;
      if (hits < 2) return false;
      handOver = t1;
      h0 = t1 - t0;
      return true;
    };
    const rest = new Float64Array(nOut - done + 1);
    rest[0] = tCur;
    rest.set(tOut.subarray(done), 1);
    const common = {
      rtol: opts.rtol,
      atol: opts.atol,
      h0,
      hMax: opts.hMax,
      maxSteps: Math.max(1, maxSteps - steps - rejected),
      onStep: segOnStep,
      onProgress: onProgress && ((p: number) => onProgress((tSeg - tStart + p * (tEnd - tSeg)) / (tEnd - tStart))),
    };
    const seg = stiff ? yield* rkcStream(f, yCur, rest, { ...common, maxStages: opts.maxStages }) : yield* dopri5Stream(f, yCur, rest, common);
    const m = seg.t.length - 1;
    out.set(seg.y.subarray(n, (m + 1) * n), done * n);
    done += m;
    steps += seg.steps;
    rejected += seg.rejected;
    evaluations += seg.evaluations;
    if (handOver === null || userStop || !seg.ok) {
      return { t: tOut.slice(0, done), y: out.slice(0, done * n), steps, rejected, evaluations: evaluations + rho.evaluations, ok: seg.ok, switches };
    }
    switches.push(handOver);
    tCur = handOver;
    yCur = probe.slice();
    stiff = !stiff;
  }
}
