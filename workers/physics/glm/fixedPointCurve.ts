/**
 * The SE fixed-point curve in parametric form (PHYSICS.md §1, "Thresholds"): m is a fixed point at
 *   α(m) = R(m) / G(m),   R(m) = mmse⁻¹(ρ − m)   (the r at which the scalar channel reaches overlap m),
 * evaluated in the parameter r (m = ρ − mmse(r)) so that the curve itself needs no inversion.
 * Stable fixed points are where α(m) increases, spinodals are its local extrema, and m = 0 (resp.
 * m = ρ) limits give α_WR (resp. the onset of stable perfect recovery). This turns every threshold
 * into root-finding or extremum-finding on a smooth scalar function of m, never reading a grid.
 */
import { brent } from '../numerics/roots.ts';
import { drain, type Resumable } from '../resumable.ts';
import type { GlmModel } from './model.ts';

/** r with mmse(r) = V (mmse is decreasing in r); Brent in ln r. */
export function rOfV(model: GlmModel, V: number): number {
  const { prior, rho } = model;
  if (V >= rho) return 0;
  if (V <= 0) return Infinity;
  let lo = -30;
  let hi = 5;
  while (prior.mmse(Math.exp(hi)) > V && hi < 700) hi += 5;
  const res = brent((x) => Math.log(prior.mmse(Math.exp(x))) - Math.log(V), lo, hi, 1e-13);
  lo = res.x;
  return Math.exp(lo);
}

/**
 * α of the fixed-point curve parametrised by r itself: the scalar channel at r has V = mmse(r), and
 * that V is a fixed point at α = r / G(ρ − V). No root-finding, so a scan costs one mmse and one G
 * per point; stationary points in r are those in m because m(r) is increasing. 0 at V = 0.
 */
export function alphaOfR(model: GlmModel, r: number): number {
  const V = model.prior.mmse(r);
  return V > 0 ? r / model.channel.G(model.rho - V, V) : 0;
}

/** Golden-section maximisation of f on [a, b] (f unimodal there), to tolerance tol·max(1, |x|) in x. */
export function goldenMax(f: (x: number) => number, a: number, b: number, tol = 1e-9): { x: number; f: number } {
  return drain(goldenMaxStream(function* (x) {
    return f(x);
  }, a, b, tol));
}

/**
 * goldenMax with f a resumable computation (hmm/optimalLambda.ts: each f is a fixed-point solve of up to hundreds of
 * iterations): the same steps, pausing wherever f pauses.
 */
export function* goldenMaxStream(f: (x: number) => Resumable<number>, a: number, b: number, tol = 1e-9): Resumable<{ x: number; f: number }> {
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = b - g * (b - a);
  let x2 = a + g * (b - a);
  let f1 = yield* f(x1);
  let f2 = yield* f(x2);
  while (Math.abs(b - a) > tol * Math.max(1, Math.abs(x1) + Math.abs(x2))) {
    if (f1 > f2) {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - g * (b - a);
      f1 = yield* f(x1);
    } else {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + g * (b - a);
      f2 = yield* f(x2);
    }
  }
  return f1 > f2 ? { x: x1, f: f1 } : { x: x2, f: f2 };
}
