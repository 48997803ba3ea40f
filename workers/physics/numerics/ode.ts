/**
 * ODE integrators for y' = f(t, y) on Float64Array states.
 *
 * `dopri5`: the Dormand-Prince 5(4) embedded Runge-Kutta pair with error control, a PI step-size
 * controller and the order-4 continuous extension (Hairer, Nørsett & Wanner, "Solving ODEs I",
 * §II.4-II.6, the DOPRI5 code). Long, slow phases (plateaus of α ~ 10²-10⁵) are crossed in a few
 * large steps; output times are filled from the dense output, so they do not shorten the steps.
 * `euler`: fixed-step explicit Euler, kept only as the simple reference the papers integrate with.
 */
import { drain, type Resumable } from '../resumable.ts';

/** Right-hand side: write f(t, y) into dy (do not keep references to y or dy). */
export type Rhs = (t: number, y: Float64Array, dy: Float64Array) => void;

/** Options every adaptive integrator here takes (DOPRI5, RKC, the stiffness switch). */
export interface AdaptiveOptions {
  rtol?: number;
  atol?: number;
  /** initial step (default: Hairer's estimate) */
  h0?: number;
  hMax?: number;
  maxSteps?: number;
  /**
   * Called after each accepted step [t0, t1]; `dense(t, out)` evaluates the interpolant on that step.
   * Return true to stop the integration at t1 (event handling).
   */
  onStep?: (t0: number, t1: number, dense: (t: number, out: Float64Array) => void) => boolean | void;
  onProgress?: (fraction: number) => void;
}

export type Dopri5Options = AdaptiveOptions;

export interface OdeResult {
  /** output times actually reached (a prefix of the requested ones if stopped early) */
  t: Float64Array;
  /** row-major, t.length × n */
  y: Float64Array;
  steps: number;
  rejected: number;
  evaluations: number;
  /** false if maxSteps was hit, the step underflowed, or the state became non-finite */
  ok: boolean;
}

/**
 * Output bookkeeping shared by the adaptive integrators: each accepted step [t0, t1] fills every requested
 * time in it (the step's end point exactly, the others from the step's dense output), and progress is
 * reported at most every 1 % of the span.
 */
export class OutputGrid {
  /** row-major, tOut.length × n; row 0 is y0 */
  readonly out: Float64Array;
  /** index of the next requested time not yet filled */
  next = 1;
  private readonly row: Float64Array;
  private lastProgress = 0;

  constructor(
    private readonly tOut: Float64Array,
    private readonly n: number,
    y0: Float64Array,
    private readonly onProgress?: (fraction: number) => void,
  ) {
    this.out = new Float64Array(tOut.length * n);
    this.out.set(y0, 0);
    this.row = new Float64Array(n);
  }

  get done(): boolean {
    return this.next >= this.tOut.length;
  }

  /** Record the outputs in (t0, t1]: `y1` is the state at t1, `dense` the step's interpolant. */
  record(t1: number, y1: Float64Array, dense: (t: number, out: Float64Array) => void): void {
    const { tOut, n, out } = this;
    while (this.next < tOut.length && tOut[this.next] <= t1) {
      if (tOut[this.next] === t1) out.set(y1, this.next * n);
      else {
        dense(tOut[this.next], this.row);
        out.set(this.row, this.next * n);
      }
      this.next++;
    }
  }

  progress(t: number): void {
    if (!this.onProgress) return;
    const t0 = this.tOut[0];
    const p = (t - t0) / (this.tOut[this.tOut.length - 1] - t0);
    if (p - this.lastProgress >= 0.01) {
      this.lastProgress = p;
      this.onProgress(p);
    }
  }

  /** The result so far (a prefix of the requested times when stopped early). */
  result(ok: boolean, steps: number, rejected: number, evaluations: number): OdeResult {
    return { t: this.tOut.slice(0, this.next), y: this.out.slice(0, this.next * this.n), steps, rejected, evaluations, ok };
  }
}

// Dormand-Prince coefficients (Butcher tableau, DOPRI5).
const C2 = 1 / 5, C3 = 3 / 10, C4 = 4 / 5, C5 = 8 / 9;
const A21 = 1 / 5;
const A31 = 3 / 40, A32 = 9 / 40;
const A41 = 44 / 45, A42 = -56 / 15, A43 = 32 / 9;
const A51 = 19372 / 6561, A52 = -25360 / 2187, A53 = 64448 / 6561, A54 = -212 / 729;
const A61 = 9017 / 3168, A62 = -355 / 33, A63 = 46732 / 5247, A64 = 49 / 176, A65 = -5103 / 18656;
const A71 = 35 / 384, A73 = 500 / 1113, A74 = 125 / 192, A75 = -2187 / 6784, A76 = 11 / 84;
// error coefficients: 5th-order minus 4th-order weights
const E1 = 71 / 57600, E3 = -71 / 16695, E4 = 71 / 1920, E5 = -17253 / 339200, E6 = 22 / 525, E7 = -1 / 40;
// dense output (Hairer's CONTD5 coefficients)
const D1 = -12715105075 / 11282082432, D3 = 87487479700 / 32700410799, D4 = -10690763975 / 1880347072;
const D5 = 701980252875 / 199316789632, D6 = -1453857185 / 822651844, D7 = 69997945 / 29380423;

/**
 * Integrate from tOut[0] (where y = y0) through the increasing output times tOut, returning y at each.
 */
export function dopri5(f: Rhs, y0: Float64Array, tOut: Float64Array, opts: Dopri5Options = {}): OdeResult {
  return drain(dopri5Stream(f, y0, tOut, opts));
}

/**
 * dopri5 as a resumable computation (../resumable.ts): a pause before every step attempt after the first (one
 * attempt is 6 right-hand sides), nothing offered. The same steps and numbers as dopri5, which drains it.
 */
export function* dopri5Stream(f: Rhs, y0: Float64Array, tOut: Float64Array, opts: Dopri5Options = {}): Resumable<OdeResult> {
  const { rtol = 1e-8, atol = 1e-10, maxSteps = 1_000_000, onStep } = opts;
  const n = y0.length;
  const nOut = tOut.length;
  const tStart = tOut[0];
  const tEnd = tOut[nOut - 1];
  const hMax = opts.hMax ?? Math.abs(tEnd - tStart);
  const grid = new OutputGrid(tOut, n, y0, opts.onProgress);
  const y = Float64Array.from(y0);
  const y1 = new Float64Array(n);
  const yt = new Float64Array(n);
  const k1 = new Float64Array(n), k2 = new Float64Array(n), k3 = new Float64Array(n), k4 = new Float64Array(n);
  const k5 = new Float64Array(n), k6 = new Float64Array(n), k7 = new Float64Array(n);
  const r1 = new Float64Array(n), r2 = new Float64Array(n), r3 = new Float64Array(n), r4 = new Float64Array(n), r5 = new Float64Array(n);
  let t = tStart;
  let evaluations = 1;
  f(t, y, k1);

  let h = opts.h0 ?? initialStep(f, t, y, k1, rtol, atol, hMax, yt, k2);
  if (opts.h0 === undefined) evaluations++;
  let steps = 0;
  let rejected = 0;
  let errOld = 1e-4;
  let stepT0 = t;
  let stepH = 0;
  const dense = (tq: number, res: Float64Array): void => {
    const th = (tq - stepT0) / stepH;
    const th1 = 1 - th;
    for (let i = 0; i < n; i++) res[i] = r1[i] + th * (r2[i] + th1 * (r3[i] + th * (r4[i] + th1 * r5[i])));
  };
  const finish = (ok: boolean): OdeResult => grid.result(ok, steps, rejected, evaluations);

  while (!grid.done) {
    if (steps + rejected >= maxSteps) return finish(false);
    if (steps + rejected > 0) yield undefined;
    const last = t + h >= tEnd;
    if (last) h = tEnd - t;
    if (h <= 1e-14 * Math.max(1, Math.abs(t))) return finish(false);
    for (let i = 0; i < n; i++) yt[i] = y[i] + h * A21 * k1[i];
    f(t + C2 * h, yt, k2);
    for (let i = 0; i < n; i++) yt[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
    f(t + C3 * h, yt, k3);
    for (let i = 0; i < n; i++) yt[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
    f(t + C4 * h, yt, k4);
    for (let i = 0; i < n; i++) yt[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
    f(t + C5 * h, yt, k5);
    for (let i = 0; i < n; i++) yt[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
    f(t + h, yt, k6);
    for (let i = 0; i < n; i++) y1[i] = y[i] + h * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
    f(t + h, y1, k7);
    evaluations += 6;
    let err = 0;
    for (let i = 0; i < n; i++) {
      const sc = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(y1[i]));
      const e = (h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i])) / sc;
      err += e * e;
    }
    err = Math.sqrt(err / n);
    if (!Number.isFinite(err)) {
      // a non-finite trial state: retry with a much smaller step
      h *= 0.1;
      rejected++;
      continue;
    }
    if (err > 1) {
      h *= Math.max(0.2, 0.9 * Math.pow(err, -0.2));
      rejected++;
      continue;
    }
    // accepted: build the dense-output polynomial on [t, t + h]
    for (let i = 0; i < n; i++) {
      const ydiff = y1[i] - y[i];
      const bspl = h * k1[i] - ydiff;
      r1[i] = y[i];
      r2[i] = ydiff;
      r3[i] = bspl;
      r4[i] = ydiff - h * k7[i] - bspl;
      r5[i] = h * (D1 * k1[i] + D3 * k3[i] + D4 * k4[i] + D5 * k5[i] + D6 * k6[i] + D7 * k7[i]);
    }
    stepT0 = t;
    stepH = h;
    const tNew = last ? tEnd : t + h;
    steps++;
    grid.record(tNew, y1, dense);
    const stop = onStep ? onStep(t, tNew, dense) === true : false;
    t = tNew;
    y.set(y1);
    k1.set(k7); // FSAL
    if (stop) return finish(true);
    grid.progress(t);
    // PI controller (Hairer's DOPRI5: β = 0.04)
    const fac = Math.min(10, Math.max(0.2, 0.9 * Math.pow(err, -0.2 + 0.04 * 0.75) * Math.pow(errOld, 0.04)));
    errOld = Math.max(err, 1e-4);
    h = Math.min(hMax, h * fac);
  }
  return finish(true);
}

/** Hairer's starting-step heuristic (HNW I, §II.4): ‖y‖/‖f‖ and a second-derivative estimate. */
function initialStep(f: Rhs, t: number, y: Float64Array, f0: Float64Array, rtol: number, atol: number, hMax: number, y1: Float64Array, f1: Float64Array): number {
  const n = y.length;
  let d0 = 0;
  let d1 = 0;
  for (let i = 0; i < n; i++) {
    const sc = atol + rtol * Math.abs(y[i]);
    d0 += (y[i] / sc) ** 2;
    d1 += (f0[i] / sc) ** 2;
  }
  d0 = Math.sqrt(d0 / n);
  d1 = Math.sqrt(d1 / n);
  let h = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * (d0 / d1);
  h = Math.min(h, hMax);
  for (let i = 0; i < n; i++) y1[i] = y[i] + h * f0[i];
  f(t + h, y1, f1);
  let d2 = 0;
  for (let i = 0; i < n; i++) {
    const sc = atol + rtol * Math.abs(y[i]);
    d2 += ((f1[i] - f0[i]) / sc) ** 2;
  }
  d2 = Math.sqrt(d2 / n) / h;
  const h1 = Math.max(d1, d2) <= 1e-15 ? Math.max(1e-6, h * 1e-3) : Math.pow(0.01 / Math.max(d1, d2), 0.2);
  return Math.min(100 * h, h1, hMax);
}

/**
 * Fixed-step explicit Euler from tOut[0] through the output times; the last step before each output
 * time is shortened to land on it.
 */
export function euler(f: Rhs, y0: Float64Array, tOut: Float64Array, dt: number, onProgress?: (fraction: number) => void): OdeResult {
  const n = y0.length;
  const grid = new OutputGrid(tOut, n, y0, onProgress);
  const y = Float64Array.from(y0);
  const dy = new Float64Array(n);
  let t = tOut[0];
  let steps = 0;
  // steps land exactly on every requested time, so the grid never needs a dense output
  const exact = (): void => {
    throw new Error('euler: output time missed');
  };
  while (!grid.done) {
    const target = tOut[grid.next];
    while (t < target) {
      const h = Math.min(dt, target - t);
      f(t, y, dy);
      for (let i = 0; i < n; i++) y[i] += h * dy[i];
      t = target - t <= dt ? target : t + h;
      steps++;
    }
    grid.record(t, y, exact);
    grid.progress(t);
  }
  return grid.result(true, steps, 0, steps);
}
