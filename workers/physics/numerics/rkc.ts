/**
 * Runge-Kutta-Chebyshev (RKC): a second-order explicit method whose number of stages s grows with the
 * stiffness, so that its stability interval along the negative real axis, ≈ 0.653 s², covers h·ρ(J)
 * (Sommeijer, Shampine & Verwer 1997, "RKC: an explicit solver for parabolic PDEs", J. Comput. Appl.
 * Math. 88, 315; the damped Chebyshev scheme of van der Houwen & Sommeijer 1980 with damping ε = 2/13).
 * Cost per step is s RHS evaluations with s ∝ √(h ρ), against ρ·h/3.3 × 6 for DOPRI5 at its stability
 * limit: it pays off on problems whose Jacobian has real, negative, widely spread eigenvalues and no
 * Jacobian solves are needed. The spectral radius ρ comes from a nonlinear power iteration on the RHS.
 * Error estimate, step-size control and stage count follow the RKC code (ibid., §3-§4); dense output is
 * the cubic Hermite interpolant through (y_n, f_n, y_{n+1}, f_{n+1}), consistent with order 2.
 */
import { drain, type Resumable } from '../resumable.ts';
import { OutputGrid, type AdaptiveOptions, type OdeResult, type Rhs } from './ode.ts';

/** `h0` defaults to RKC's estimate from ρ and a trial Euler step. */
export interface RkcOptions extends AdaptiveOptions {
  /** cap on the stages per step (the step is shortened to respect it); default 400 */
  maxStages?: number;
  /** recompute ρ every this many accepted steps (and after a rejection); default 25 as in RKC */
  rhoEvery?: number;
}

/**
 * Spectral radius of ∂f/∂y at (t, y) by the nonlinear power method of the RKC code (differences
 * f(y + δv) − f(y) with ‖δv‖ = √u·‖y‖), warm-started from the previous eigenvector. Returns 1.2 × the
 * estimate (RKC's safety factor). `evaluations` counts the RHS calls made.
 */
export class SpectralRadius {
  evaluations = 0;
  private readonly eig: Float64Array;
  private readonly v: Float64Array;
  private readonly fv: Float64Array;
  constructor(n: number, private readonly maxIter = 20) {
    this.eig = new Float64Array(n);
    this.v = new Float64Array(n);
    this.fv = new Float64Array(n);
  }

  estimate(f: Rhs, t: number, y: Float64Array, fy: Float64Array): number {
    const { eig, v, fv } = this;
    const n = y.length;
    const ynrm = norm(y);
    const dyn = Math.sqrt(Number.EPSILON) * (ynrm > 0 ? ynrm : 1);
    let vnrm = norm(eig);
    if (vnrm === 0) {
      // start from f(y) plus an alternating pattern: f(y) alone may lie in an invariant subspace that
      // misses the dominant mode (e.g. smooth modes of a diffusion operator)
      const fn = norm(fy);
      const a = fn > 0 ? (0.1 * fn) / Math.sqrt(n) : 1;
      for (let i = 0; i < n; i++) eig[i] = fy[i] + (i % 2 === 0 ? a : -a);
      vnrm = norm(eig);
    }
    for (let i = 0; i < n; i++) v[i] = y[i] + (dyn / vnrm) * eig[i];
    let sigma = 0;
    for (let iter = 0; iter < this.maxIter; iter++) {
      f(t, v, fv);
      this.evaluations++;
      for (let i = 0; i < n; i++) fv[i] -= fy[i];
      const dfn = norm(fv);
      const prev = sigma;
      sigma = dfn / dyn;
      if (dfn === 0) break;
      for (let i = 0; i < n; i++) v[i] = y[i] + (dyn / dfn) * fv[i];
      if (iter > 0 && Math.abs(sigma - prev) <= 0.01 * sigma) break;
    }
    for (let i = 0; i < n; i++) eig[i] = v[i] - y[i];
    return 1.2 * sigma;
  }
}

function norm(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return Math.sqrt(s);
}

/** Integrate from tOut[0] (where y = y0) through the increasing output times tOut, returning y at each. */
export function rkc(f: Rhs, y0: Float64Array, tOut: Float64Array, opts: RkcOptions = {}): OdeResult {
  return drain(rkcStream(f, y0, tOut, opts));
}

/** Stages between two pauses inside one RKC step (a step may take up to maxStages = 400 right-hand sides). */
const STAGES_PER_PAUSE = 16;

/**
 * rkc as a resumable computation (../resumable.ts): a pause before every step attempt after the first and every
 * STAGES_PER_PAUSE stages within a step, nothing offered. The same steps and numbers as rkc, which drains it.
 */
export function* rkcStream(f: Rhs, y0: Float64Array, tOut: Float64Array, opts: RkcOptions = {}): Resumable<OdeResult> {
  const { rtol = 1e-6, atol = 1e-9, maxSteps = 1_000_000, maxStages = 400, rhoEvery = 25, onStep } = opts;
  const n = y0.length;
  const nOut = tOut.length;
  const tStart = tOut[0];
  const tEnd = tOut[nOut - 1];
  const hMax = opts.hMax ?? Math.abs(tEnd - tStart);
  const grid = new OutputGrid(tOut, n, y0, opts.onProgress);
  let y = Float64Array.from(y0);
  let y1 = new Float64Array(n);
  let fn = new Float64Array(n);
  let fNew = new Float64Array(n);
  let yjm1 = new Float64Array(n);
  let yjm2 = new Float64Array(n);
  let yj = new Float64Array(n);
  const rho = new SpectralRadius(n);
  let t = tStart;
  let evaluations = 1;
  f(t, y, fn);
  let sprad = rho.estimate(f, t, y, fn);
  let sinceRho = 0;
  let freshRho = true;

  const wt = (a: number, b: number): number => atol + rtol * Math.max(Math.abs(a), Math.abs(b));
  let h = opts.h0 ?? NaN;
  if (!(h > 0)) {
    // RKC's starting step: 1/ρ, then bounded by a trial Euler step's change of f
    h = Math.min(hMax, sprad * hMax > 1 ? 1 / sprad : hMax);
    for (let i = 0; i < n; i++) yjm1[i] = y[i] + h * fn[i];
    f(t + h, yjm1, yjm2);
    evaluations++;
    let est = 0;
    for (let i = 0; i < n; i++) est += ((yjm2[i] - fn[i]) / wt(y[i], y[i])) ** 2;
    est = h * Math.sqrt(est / n);
    if (0.1 * h < hMax * Math.sqrt(est)) h = (0.1 * h) / Math.sqrt(est);
  }
  h = Math.min(h, hMax);

  let steps = 0;
  let rejected = 0;
  let errOld = 0;
  let hOld = 0;
  let stepT0 = t;
  let stepH = 0;
  // cubic Hermite through (y, fn) at stepT0 and (y1, fNew) at stepT0 + stepH
  const dense = (tq: number, res: Float64Array): void => {
    const th = (tq - stepT0) / stepH;
    const th2 = th * th, th3 = th2 * th;
    const a0 = 2 * th3 - 3 * th2 + 1, a1 = 1 - a0;
    const b0 = stepH * (th3 - 2 * th2 + th), b1 = stepH * (th3 - th2);
    for (let i = 0; i < n; i++) res[i] = a0 * y[i] + a1 * y1[i] + b0 * fn[i] + b1 * fNew[i];
  };
  const finish = (ok: boolean): OdeResult => grid.result(ok, steps, rejected, evaluations + rho.evaluations);

  while (!grid.done) {
    if (steps + rejected >= maxSteps) return finish(false);
    if (steps + rejected > 0) yield undefined;
    if (!freshRho && sinceRho >= rhoEvery) {
      sprad = rho.estimate(f, t, y, fn);
      sinceRho = 0;
      freshRho = true;
    }
    let last = t + h >= tEnd;
    if (last) h = tEnd - t;
    if (h <= 1e-14 * Math.max(1, Math.abs(t))) return finish(false);
    // stages: 1 + 1.54 h ρ ≤ s² keeps h ρ inside the damped stability interval β(s) ≈ 0.653 s²
    let s = 1 + Math.floor(Math.sqrt(1 + 1.54 * h * sprad));
    if (s > maxStages) {
      s = maxStages;
      h = (s * s - 1) / (1.54 * sprad);
      last = false;
    }
    s = Math.max(s, 2);
    // damped Chebyshev recursion (RKC code, subroutine STEP)
    const w0 = 1 + 2 / (13 * s * s);
    const temp1 = w0 * w0 - 1;
    const temp2 = Math.sqrt(temp1);
    const arg = s * Math.log(w0 + temp2);
    const w1 = (Math.sinh(arg) * temp1) / (Math.cosh(arg) * s * temp2 - w0 * Math.sinh(arg));
    let bjm1 = 1 / (2 * w0) ** 2;
    let bjm2 = bjm1;
    let mus = w1 * bjm1;
    for (let i = 0; i < n; i++) {
      yjm2[i] = y[i];
      yjm1[i] = y[i] + h * mus * fn[i];
    }
    let thjm2 = 0, thjm1 = mus;
    let zjm1 = w0, zjm2 = 1, dzjm1 = 1, dzjm2 = 0, d2zjm1 = 0, d2zjm2 = 0;
    for (let j = 2; j <= s; j++) {
      const zj = 2 * w0 * zjm1 - zjm2;
      const dzj = 2 * w0 * dzjm1 - dzjm2 + 2 * zjm1;
      const d2zj = 2 * w0 * d2zjm1 - d2zjm2 + 4 * dzjm1;
      const bj = d2zj / (dzj * dzj);
      const ajm1 = 1 - zjm1 * bjm1;
      const mu = (2 * w0 * bj) / bjm1;
      const nu = -bj / bjm2;
      mus = (mu * w1) / w0;
      if (j % STAGES_PER_PAUSE === 0) yield undefined;
      f(t + h * thjm1, yjm1, yj);
      for (let i = 0; i < n; i++) {
        yj[i] = mu * yjm1[i] + nu * yjm2[i] + (1 - mu - nu) * y[i] + h * mus * (yj[i] - ajm1 * fn[i]);
      }
      const thj = mu * thjm1 + nu * thjm2 + mus * (1 - ajm1);
      const swap = yjm2;
      yjm2 = yjm1;
      yjm1 = yj;
      yj = swap;
      thjm2 = thjm1; thjm1 = thj;
      bjm2 = bjm1; bjm1 = bj;
      zjm2 = zjm1; zjm1 = zj;
      dzjm2 = dzjm1; dzjm1 = dzj;
      d2zjm2 = d2zjm1; d2zjm1 = d2zj;
    }
    // yjm1 now holds the new solution
    const swapY = y1;
    y1 = yjm1;
    yjm1 = swapY;
    f(t + h, y1, fNew);
    evaluations += s;
    // RKC's local error estimate (1/15)[12(y_n − y_{n+1}) + 6h(f_n + f_{n+1})]
    let err = 0;
    for (let i = 0; i < n; i++) {
      const e = (0.8 * (y[i] - y1[i]) + 0.4 * h * (fn[i] + fNew[i])) / wt(y[i], y1[i]);
      err += e * e;
    }
    err = Math.sqrt(err / n);
    if (!Number.isFinite(err) || err > 1) {
      rejected++;
      h = Number.isFinite(err) ? (0.8 * h) / Math.cbrt(err) : 0.1 * h;
      if (!freshRho) {
        sprad = rho.estimate(f, t, y, fn);
        sinceRho = 0;
        freshRho = true;
      }
      continue;
    }
    stepT0 = t;
    stepH = h;
    const tNew = last ? tEnd : t + h;
    steps++;
    sinceRho++;
    freshRho = false;
    grid.record(tNew, y1, dense);
    const stop = onStep ? onStep(t, tNew, dense) === true : false;
    // step-size proposal of the RKC code (a PI-like rule using the previous error and step)
    let fac = 10;
    if (hOld === 0 || errOld === 0) {
      const c = Math.cbrt(err);
      if (0.8 < fac * c) fac = 0.8 / c;
    } else {
      const a = 0.8 * h * Math.cbrt(errOld);
      const b = hOld * Math.cbrt(err * err);
      if (a < fac * b) fac = a / b;
    }
    hOld = h;
    errOld = err;
    t = tNew;
    let swap = y;
    y = y1;
    y1 = swap;
    swap = fn;
    fn = fNew;
    fNew = swap;
    if (stop) return finish(true);
    grid.progress(t);
    h = Math.min(hMax, Math.max(0.1, fac) * h);
  }
  return finish(true);
}
