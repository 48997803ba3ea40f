import { describe, expect, it } from 'vitest';
import { fieldDigest as digest } from '../testDigest.ts';
import type { Resumable } from '../resumable.ts';
import { sgdCurve, sgdCurveStream } from './curve.ts';
import { sgdVeiga, type SgdVeigaParams } from './phase.ts';
import { sgdOdeStream } from './sgdOde.ts';
import type { SgdParams } from './setup.ts';
import { sgdStability, sgdStabilityStream, type SgdStabilityParams } from './stability.ts';

// The theory jobs made resumable (issue #10): drained, the same numbers as the plain calls before (digests of main at
// 41e346e, /tmp pin script: typed arrays by their bytes), a pause before every integrator step, and a stop on return().

const base: SgdParams = { K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0, both: 0, N: 500, seed: 1, init: 1e-3 };

/** name, params, alphaMax, nOut, alphaMin, digest of sgdCurve on main */
const CURVES: [string, SgdParams, number, number, number, string][] = [
  ['chapter default (plateau marks)', base, 1000, 160, 0.1, 'b13c2724a17a81ef'],
  ['K = M = 6 to 10⁴ (DOPRI5 → RKC)', { ...base, K: 6, M: 6 }, 1e4, 160, 0.1, '7b46493894d57b21'],
  ['ReLU (aligned hold)', { ...base, act: 'relu' }, 1000, 160, 0.1, 'da7c91ce176934b6'],
  ['ReLU K = 3, M = 2 (step budget, NaN tail)', { ...base, act: 'relu', K: 3 }, 300, 50, 0.1, 'b330ba84fb439717'],
  ['linear K = M = 1, v trained, σ = 0.3', { ...base, act: 'linear', K: 1, M: 1, both: 1, sigma: 0.3 }, 100, 40, 1, '77476dcd5b9b059f'],
  ['erf K = 3, M = 2, η = 2, v trained, σ = 0.1, to 10⁵', { ...base, K: 3, eta: 2, both: 1, sigma: 0.1 }, 1e5, 100, 0.1, '021d4d119d3fb050'],
  ['one point (α = 1, K = M = 1)', { ...base, K: 1, M: 1 }, 1, 1, 1, '113c9ca33ae42f44'],
];

/** name, params, alphaMax, nOut, digest of sgdVeiga on main (its curves field by JSON) */
const VEIGA: [string, SgdVeigaParams, number, number, string][] = [
  ['erf, origin', { kappa: 0, delta: 0, sigma: 0, act: 'erf' }, 1000, 60, '70ea3b927d5620ec'],
  ['erf, no-limit region, Δ = 0.25', { kappa: 0.3, delta: -0.6, sigma: 0.5, act: 'erf' }, 1000, 60, '492a4817cc6c8a7b'],
  ['linear, corner, Δ = 1', { kappa: -1, delta: 1, sigma: 1, act: 'linear' }, 100, 10, '7b9885b1ce00cb6b'],
];

/** name, params, digest of sgdStability on main (ReLU, ~20 s at K = M = 2, is left to the slow tier's stability tests) */
const STABILITY: [string, SgdStabilityParams, string][] = [
  ['chapter default (both limits)', { K: 2, M: 2, act: 'erf', sigma: 0, both: 0 }, 'f8a1ce60c3fc4987'],
  ['linear K = M = 1 (optimum only, 2/K)', { K: 1, M: 1, act: 'linear', sigma: 0, both: 0 }, 'e77bdadcd275c5d5'],
  ['erf K = M = 5', { K: 5, M: 5, act: 'erf', sigma: 0, both: 0 }, 'ecc7c2251e897f38'],
  ['erf K = 3, M = 2, v trained, σ = 0.1 (optimum only)', { K: 3, M: 2, act: 'erf', sigma: 0.1, both: 1 }, '9367f516d3e07b9b'],
  ['erf K = 2 < M = 4, σ = 0.2 (symmetric only)', { K: 2, M: 4, act: 'erf', sigma: 0.2, both: 0 }, '018cde77ca358796'],
];

/** pauses a resumable computation makes before it returns */
function pauses(job: Resumable<unknown>): number {
  let n = 0;
  while (!job.next().done) n++;
  return n;
}

describe('sgdCurve and sgdVeiga, drained streams, give main\'s numbers bit for bit', () => {
  it.each(CURVES)('sgdCurve: %s', (_name, p, alphaMax, nOut, alphaMin, want) => {
    expect(digest(sgdCurve(p, alphaMax, nOut, alphaMin))).toBe(want);
  });
  it.each(STABILITY)('sgdStability: %s', (_name, p, want) => {
    expect(digest(sgdStability(p))).toBe(want);
  });
  it.each(VEIGA)('sgdVeiga: %s', (_name, c, alphaMax, nOut, want) => {
    expect(digest(sgdVeiga(c, alphaMax, nOut))).toBe(want);
  });
});

describe('the streams pause every step and stop on return()', () => {
  it('the ODE pauses at least once per accepted step (K = M = 6: DOPRI5, then RKC within its long steps too)', () => {
    const p = { ...base, K: 6, M: 6 };
    const job = sgdOdeStream(p, 1e4, 160);
    let n = 0;
    let s = job.next();
    for (; !s.done; s = job.next()) n++;
    expect(s.value.steps).toBeGreaterThan(100);
    expect(n).toBeGreaterThanOrEqual(s.value.steps - 1);
    // the curve adds the plateau's fixed point (Newton, Jacobian, squarings) and the exit's steps
    expect(pauses(sgdCurveStream(p, 1e4, 160, 0.1))).toBeGreaterThan(n + 20);
  });

  it('return() stops the curve: done at once, no further progress reported', () => {
    let reports = 0;
    const job = sgdCurveStream(base, 1000, 160, 0.1, () => reports++);
    for (let i = 0; i < 20; i++) job.next();
    const before = reports;
    expect(job.return(undefined as never).done).toBe(true);
    expect(job.next().done).toBe(true);
    expect(reports).toBe(before);
  });

  it('the stability search pauses in every Jacobian, eigenproblem and fixed point (K = M = 5: hundreds of pauses)', () => {
    expect(pauses(sgdStabilityStream(STABILITY[2][1]))).toBeGreaterThan(300);
  });

  it('return() stops the stability search: done at once', () => {
    const job = sgdStabilityStream(STABILITY[2][1]);
    for (let i = 0; i < 50; i++) job.next();
    expect(job.return(undefined as never).done).toBe(true);
    expect(job.next().done).toBe(true);
  });
});
