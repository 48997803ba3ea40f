/**
 * λ*(α) = argmin_λ ε_g(λ) by a 1-D minimisation in ln λ (PHYSICS.md §6; Aubin et al. 2020,
 * arXiv:2006.06560, Fig. 1 "optimal λ"): bracket the minimum — by walking downhill in unit steps of ln λ from a
 * hint (the neighbour's λ* on a curve), otherwise by a scan of SCAN points over [LAMBDA_MIN, LAMBDA_MAX] — then
 * golden-section search to a width of 3e-3 in ln λ (ε_g is quadratic there and flat — a relative
 * curvature below 0.1 — so ε_g is within ~1e-6 of its minimum). When the minimum sits at the lower end of the range, the λ → 0⁺ limit is compared too.
 */
import type { ErmSolution, ErmState } from './fixedPoint.ts';
import type { LossKind } from './losses.ts';
import { ermAtLambdaStream } from './atLambda.ts';
import { drain, type Resumable } from '../resumable.ts';

export const LAMBDA_MIN = 1e-8;
export const LAMBDA_MAX = 100;
const SCAN = 21;
const GOLD = (Math.sqrt(5) - 1) / 2;

export interface OptimalLambda {
  lambda: number;
  solution: ErmSolution;
  /** fixed points solved */
  evaluations: number;
}

export function optimalLambda(loss: LossKind, alpha: number, hint?: number, start?: ErmState | null): OptimalLambda {
  return drain(optimalLambdaStream(loss, alpha, hint, start));
}

/** optimalLambda pausing after every evaluation of the fixed-point map of every λ it tries. */
export function* optimalLambdaStream(loss: LossKind, alpha: number, hint?: number, start?: ErmState | null): Resumable<OptimalLambda, never> {
  let warm: ErmState | null = start ?? null;
  let evaluations = 0;
  const cache = new Map<number, ErmSolution>();
  function* at(t: number): Resumable<ErmSolution, never> {
    const hit = cache.get(t);
    if (hit) return hit;
    const s = yield* ermAtLambdaStream(loss, alpha, Math.exp(t), warm);
    evaluations++;
    if (s.converged && Number.isFinite(s.V)) warm = { m: s.m, s2: s.s2, V: s.V, jacobian: s.jacobian };
    // an unconverged fixed point is no candidate for the minimum
    const r = s.converged ? s : { ...s, eg: Infinity };
    cache.set(t, r);
    return r;
  }
  const lo = Math.log(LAMBDA_MIN);
  const hi = Math.log(LAMBDA_MAX);
  let a: number;
  let b: number;
  let bracketed = false;
  if (hint !== undefined && hint > 0) {
    // walk downhill from the hint in unit steps of ln λ until the middle point is the lowest
    let c = Math.min(hi - 1, Math.max(lo + 1, Math.log(hint)));
    [a, b] = [c - 1, c + 1];
    for (let k = 0; k < 8 && !bracketed; k++) {
      if ((yield* at(a)).eg < (yield* at(c)).eg && a - 1 >= lo) [b, c, a] = [c, a, a - 1];
      else if ((yield* at(b)).eg < (yield* at(c)).eg && b + 1 <= hi) [a, c, b] = [c, b, b + 1];
      else bracketed = (yield* at(c)).eg <= (yield* at(a)).eg && (yield* at(c)).eg <= (yield* at(b)).eg;
    }
  }
  if (!bracketed) {
    let best = 0;
    const ts = Array.from({ length: SCAN }, (_, k) => lo + ((hi - lo) * k) / (SCAN - 1));
    for (let k = 0; k < SCAN; k++) if ((yield* at(ts[k])).eg < (yield* at(ts[best])).eg) best = k;
    a = ts[Math.max(0, best - 1)];
    b = ts[Math.min(SCAN - 1, best + 1)];
  }
  let x1 = b! - GOLD * (b! - a!);
  let x2 = a! + GOLD * (b! - a!);
  let f1 = (yield* at(x1)).eg;
  let f2 = (yield* at(x2)).eg;
  while (b! - a! > 3e-3) {
    if (f1 <= f2) {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - GOLD * (b - a!);
      f1 = (yield* at(x1)).eg;
    } else {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + GOLD * (b! - a);
      f2 = (yield* at(x2)).eg;
    }
  }
  let t = f1 <= f2 ? x1 : x2;
  let solution = yield* at(t);
  let lambda = Math.exp(t);
  if (t < lo + 1 && loss !== 'square') {
    const zero = yield* ermAtLambdaStream(loss, alpha, 0);
    evaluations++;
    if (zero.eg < solution.eg) {
      solution = zero;
      lambda = 0;
      t = -Infinity;
    }
  }
  return { lambda, solution, evaluations };
}
