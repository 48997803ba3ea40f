/**
 * Dynamical mean-field theory of spherical gradient flow / Langevin dynamics in the spiked
 * matrix-tensor model, p = 3, N → ∞ (arXiv:1812.09066 eqs. (8)-(11); arXiv:1907.08226; PHYSICS.md §4):
 * for t > t',
 *   ∂_t C(t,t') = −μ(t)C + f'(m(t))m(t') + ∫_0^t R(t,s) f''(C(t,s)) C(s,t') ds + ∫_0^{t'} f'(C(t,s)) R(t',s) ds
 *   ∂_t R(t,t') = −μ(t)R + ∫_{t'}^t R(t,s) f''(C(t,s)) R(s,t') ds,  R(t⁺,t) = 1, C(t,t) = 1
 *   dm/dt = −μ m + f'(m) + ∫_0^t R(t,s) f''(C(t,s)) m(s) ds
 *   μ(t) = T + m f'(m) + ∫_0^t R(t,s)[f'(C(t,s)) + f''(C(t,s))C(t,s)] ds
 *   e(t) = −f(m) − ∫_0^t R(t,s) f'(C(t,s)) ds.
 *
 * Scheme: second order in h — the trapezoid rule in time for every equation, as a predictor-corrector,
 * with trapezoid integrals in s on the grid t_i = i·h. Each unknown x ∈ {m, C(·,t_j), R(·,t_j)} obeys
 * ẋ = −μx + G with G the source and memory terms. Step i → i+1:
 *   predict  x̃_{i+1} = [(1 − hμ_i/2)x_i + h G_i] / (1 + hμ_i/2)            (the old first-order scheme)
 *   correct  x_{i+1} = [(1 − hμ_i/2)x_i + (h/2)(G_i + G̃_{i+1})] / (1 + hμ̃_{i+1}/2)
 * where G̃_{i+1}, μ̃_{i+1} are the memory integrals and μ of the current guess of row i+1. The corrector
 * is applied CORRECTIONS = 2 times (each pass re-evaluates row i+1, O(i²)), and the last evaluation serves
 * as the left-end sources of the next step (the μ, e and m source of row i+1 are recomputed, O(i)). The
 * decay −μx stays implicit in x, so the step is stable for h·μ up to ~2. Cost: 2 O(i²) passes a step
 * where the first-order scheme had 1. More passes converge to the implicit trapezoid rule, whose error
 * constant is larger here: 4 passes put the (1/Δ2 = 3, Δp = 4, m0 = 1e-15) escape at 66.72 / 67.15 for
 * h = 0.1 / 0.05 (0.64 % apart), 2 passes at 66.89 / 67.17 (0.43 %), extrapolated 67.3.
 *
 * Why second order: the escape from m ≈ 0 is an exponential growth m ∝ e^{λt} over t ~ ln(1/m0)/λ, so
 * an O(h) error in the rate λ is an O(h·t) error in the escape time. The first-order scheme grew m at
 * 0.836 / 0.896 / 0.943 of the BBP rate at h = 0.2 / 0.1 / 0.05 (1/Δ2 = 2.7, Δp = 1) and escaped 10–25 %
 * late, some runs not at all (issue #18 item 2); this one grows at 1.015 (h = 0.1) and 1.001 (h = 0.05)
 * of that rate (dmft.slow.test.ts).
 *
 * The corner of the response memory: summed over the steps of R(·,t'), ∫_{t'}^t R f'' R ds is a double
 * integral over (s − t', t − s) ≥ 0. The trapezoid rule in t times the trapezoid rule in s weights every
 * cell as the product trapezoid would, except the corner cell s = t' = t: ½ (outer, t = t') × 0 (an
 * integral over [t', t']), where the product rule has ¼. Giving the memory at t = t' the value
 * ½·h·f''(1) restores it, so that the stationary sum rule 1 = μχ − f''(1)χ² (χ the trapezoid ∫R) holds
 * on the grid: the state after the escape (the PHYSICS.md check point m = 0.8270, μ = 4.2982) is exact
 * for the implicit rule (to 1e-8 with 8 passes). With the 2 passes used it is off by O(h²) — 3e-5 in m
 * and 2e-4 in μ at h = 0.1, 2e-5 in μ at h = 0.05 (dmft.test.ts) — where the first-order scheme was exact.
 * The added term is O(h²) once per column t', so it keeps the scheme second order.
 *
 * Storage: C and R live in full (n+1)² Float64Arrays, each entry written twice — C symmetrically and
 * R as R(max(a,b), min(a,b)) — so that every integral reads one contiguous row: the O(n³) loop never
 * walks a column. Memory O(n²), time O(n³), n = tmax/h ≤ DMFT_MAX_STEPS: beyond the cap the step is
 * coarsened to tmax/DMFT_MAX_STEPS (`dmftStep`; ≤ 0.15 for the schema's tmax ≤ 300), which the
 * second-order scheme affords — the step used is returned as `h`.
 */
import { f, f1, f2 } from './model.ts';
import type { SpikeStrength } from './model.ts';
import { drain, type Resumable } from '../resumable.ts';
import { f64View, wasmKernels, type WasmKernels } from '../numerics/wasm/kernels.ts';

export interface DmftParams {
  /** θ = 1/Δ2 */
  invd2: number;
  dp: number;
  /** Langevin temperature; 0 = gradient flow */
  T: number;
  /** initial overlap m(0) (a random start at size N has m0 ~ N^{-1/2}) */
  m0: number;
  /** requested time step (coarsened to tmax/DMFT_MAX_STEPS when finer than that: `dmftStep`) */
  h: number;
  tmax: number;
}

export interface DmftResult {
  t: Float64Array;
  m: Float64Array;
  mu: Float64Array;
  e: Float64Array;
  /** the step used: the requested h, or tmax/DMFT_MAX_STEPS when tmax/h would exceed the cap */
  h: number;
}

/** Grid cap: two (n+1)² Float64Arrays are 64 MB at n = 2000, and the O(n³) work ~10 s. */
export const DMFT_MAX_STEPS = 2000;

/** Corrector passes per step (see the header): 1 is Heun's method; more passes approach the implicit trapezoid rule. */
const CORRECTIONS = 2;

/**
 * The step the DMFT runs with: h, unless tmax/h exceeds DMFT_MAX_STEPS, where the grid's memory
 * O(n²) sets the step to tmax/DMFT_MAX_STEPS (0.15 at the schema's tmax = 300). Rounded so that
 * the grid ends at tmax.
 */
export function dmftStep(p: { h: number; tmax: number }): { h: number; n: number } {
  if (!(p.h > 0) || !(p.tmax >= 0)) throw new RangeError(`landscapeDmft: need h > 0 and tmax ≥ 0 (got h = ${p.h}, tmax = ${p.tmax})`);
  const n = Math.max(1, Math.round(p.tmax / p.h));
  if (n <= DMFT_MAX_STEPS) return { h: p.h, n };
  return { h: p.tmax / DMFT_MAX_STEPS, n: DMFT_MAX_STEPS };
}

/**
 * The grid and the work arrays of one integration. The loops below are module functions over it, not closures
 * made per call: V8 optimised per-call closures well in the first integration of a worker and ~1.4× slower in
 * every later one (the page runs two per slider step), with the same arithmetic.
 */
interface Grid {
  readonly s: SpikeStrength;
  readonly T: number;
  readonly h: number;
  /** row stride, n + 1 */
  readonly w: number;
  /** C, R, A, B, S1..S3 in the WebAssembly module's memory (at `at`: gridArrays), or null: all in JavaScript */
  readonly k: WasmKernels | null;
  readonly at: number;
  C: Float64Array;
  R: Float64Array;
  readonly m: Float64Array;
  /** per-row kernels A(s) = R(t_r,s) f''(C(t_r,s)), B(s) = f'(C(t_r,s)) */
  A: Float64Array;
  B: Float64Array;
  /** the three memory sums of each j of a row (sums below) */
  S1: Float64Array;
  S2: Float64Array;
  S3: Float64Array;
  readonly acc: Float64Array;
  /** row(): μ, e and the m source of the row */
  mu: number;
  e: number;
  gM: number;
}

/**
 * Row r: kernels, μ(t_r), e(t_r), and the sources G of m and of C(t_r,t_j), R(t_r,t_j) for
 * jmin ≤ j ≤ jmax (written into gC, gR); μ, e and G_m into g.mu, g.e, g.gM.
 */
function row(g: Grid, r: number, jmin: number, jmax: number, gC: Float64Array, gR: Float64Array): void {
  const { s, h, w, C, R, m, A, B, S1, S2, S3 } = g;
  const rowR = r * w;
  let sMu = 0;
  let sE = 0;
  let sM = 0;
  for (let k = 0; k <= r; k++) {
    const c = C[rowR + k];
    const rr = R[rowR + k];
    const fp = f1(c, s);
    const fpp = f2(c, s);
    A[k] = rr * fpp;
    B[k] = fp;
    const wk = k === 0 || k === r ? 0.5 : 1;
    sMu += wk * rr * (fp + fpp * c);
    sE += wk * rr * fp;
    sM += wk * A[k] * m[k];
  }
  if (r === 0) sMu = sE = sM = 0;
  const mr = m[r];
  const fpm = f1(mr, s);
  g.mu = g.T + mr * fpm + h * sMu;
  g.e = -f(mr, s) - h * sE;
  g.gM = fpm + h * sM;
  const Ar = A[r];
  const A0 = A[0];
  const B0 = B[0];
  sums(g, r, jmin, jmax);
  for (let j = jmin; j <= jmax; j++) {
    const rowJ = j * w;
    const s1 = S1[j];
    const s2 = S2[j];
    const s3 = S3[j];
    // trapezoid end corrections (R(t_j,t_j) = 1)
    const I1 = r > 0 ? h * (s1 - 0.5 * (A0 * C[rowJ] + Ar * C[rowR + j])) : 0;
    const I2 = j > 0 ? h * (s2 + 0.5 * B[j] - 0.5 * B0 * R[rowJ]) : 0;
    // corner cell s = t' = t: weight ½ here, ¼ after the outer trapezoid (see the header)
    const I3 = r > j ? h * (s3 - 0.5 * (A[j] + Ar * R[rowR + j])) : 0.5 * h * Ar;
    gC[j] = fpm * m[j] + I1 + I2;
    gR[j] = I3;
  }
}

/**
 * For jmin ≤ j ≤ jmax (≤ r), with the kernels A, B of row r:
 *   S1[j] = Σ_{k=0..r} A(k) C(k,t_j),  S2[j] = Σ_{k<j} B(k) R(t_j,k),  S3[j] = Σ_{k=j..r} A(k) R(k,t_j),
 * each summed in k order. Four j at a time share the loads of A and B and run twelve independent sums
 * instead of three dependent ones: the same additions in the same order, so the same bits, ~3× faster.
 */
function sums(g: Grid, r: number, jmin: number, jmax: number): void {
  const { w, C, R, A, B, S1, S2, S3, acc } = g;
  if (g.k) {
    g.k.dmftSums(C.byteOffset, R.byteOffset, A.byteOffset, B.byteOffset, w, r, jmin, jmax, S1.byteOffset, S2.byteOffset, S3.byteOffset);
    return;
  }
  let j = jmin;
  for (; j + 3 <= jmax; j += 4) {
    const r0 = j * w;
    // k < j: S1 and S2 of all four
    acc.fill(0);
    pass4(C, R, A, acc, w, r0, 0, j, B, 4);
    // k = j, j+1, j+2: the q-th j (row j+q) is still in its S2 range while k < j+q
    for (let k = j; k < j + 3; k++) {
      for (let q = 0; q < 4; q++) {
        const rq = r0 + q * w;
        acc[q] += A[k] * C[rq + k];
        if (k < j + q) acc[4 + q] += B[k] * R[rq + k];
        else acc[8 + q] += A[k] * R[rq + k];
      }
    }
    // k = j+3 .. r: S1 and S3 of all four
    pass4(C, R, A, acc, w, r0, j + 3, r + 1, A, 8);
    for (let q = 0; q < 4; q++) {
      S1[j + q] = acc[q];
      S2[j + q] = acc[4 + q];
      S3[j + q] = acc[8 + q];
    }
  }
  for (; j <= jmax; j++) {
    const rowJ = j * w;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = 0; k < j; k++) {
      s1 += A[k] * C[rowJ + k];
      s2 += B[k] * R[rowJ + k];
    }
    for (let k = j; k <= r; k++) {
      const a = A[k];
      s1 += a * C[rowJ + k];
      s3 += a * R[rowJ + k];
    }
    S1[j] = s1;
    S2[j] = s2;
    S3[j] = s3;
  }
}

/**
 * For the four rows r0, r0 + w, …, and k0 ≤ k < k1: acc[q] += Σ_k A(k) C[row q, k] and
 * acc[slot + q] += Σ_k coef(k) R[row q, k] — eight sums carried in locals through the loop, in k order.
 */
function pass4(C: Float64Array, R: Float64Array, A: Float64Array, acc: Float64Array, w: number, r0: number, k0: number, k1: number, coef: Float64Array, slot: number): void {
  const r1 = r0 + w;
  const r2 = r1 + w;
  const r3 = r2 + w;
  let a0 = acc[0], a1 = acc[1], a2 = acc[2], a3 = acc[3];
  let b0 = acc[slot], b1 = acc[slot + 1], b2 = acc[slot + 2], b3 = acc[slot + 3];
  for (let k = k0; k < k1; k++) {
    const ak = A[k];
    const ck = coef[k];
    a0 += ak * C[r0 + k];
    a1 += ak * C[r1 + k];
    a2 += ak * C[r2 + k];
    a3 += ak * C[r3 + k];
    b0 += ck * R[r0 + k];
    b1 += ck * R[r1 + k];
    b2 += ck * R[r2 + k];
    b3 += ck * R[r3 + k];
  }
  acc[0] = a0; acc[1] = a1; acc[2] = a2; acc[3] = a3;
  acc[slot] = b0; acc[slot + 1] = b1; acc[slot + 2] = b2; acc[slot + 3] = b3;
}

/**
 * Row i+1 (and its mirror entries) for j ≤ i: x_{i+1} = (keep·x_i + c·(G0 + G1))·inv for x = C, R, with the previous
 * row's values cPrev, rPrev; G1 = null stands for the predictor's c·G0 (c = h), the corrector has c = h/2.
 */
function writeRow(g: Grid, i: number, keep: number, c: number, inv: number, cPrev: Float64Array, rPrev: Float64Array, gC0: Float64Array, gR0: Float64Array, gC1: Float64Array | null, gR1: Float64Array | null): void {
  const { w, C, R } = g;
  const rowNext = (i + 1) * w;
  for (let j = 0; j <= i; j++) {
    const cNew = (keep * cPrev[j] + c * (gC1 ? gC0[j] + gC1[j] : gC0[j])) * inv;
    const rNew = (keep * rPrev[j] + c * (gR1 ? gR0[j] + gR1[j] : gR0[j])) * inv;
    C[rowNext + j] = cNew;
    C[j * w + i + 1] = cNew;
    R[rowNext + j] = rNew;
    R[j * w + i + 1] = rNew;
  }
  C[rowNext + i + 1] = 1;
  R[rowNext + i + 1] = 1;
}

export function landscapeDmft(p: DmftParams, onProgress?: (fraction: number) => void): DmftResult {
  return drain(landscapeDmftStream(p, onProgress));
}

/**
 * landscapeDmft, resumable (../resumable.ts): it pauses after every time step (O(i²) work, ≤ ~2 ms at n = 1000),
 * so the worker reads a cancel between two steps instead of being terminated and respawned when a slider moves on,
 * and offers the curves up to that step (final values: a step never revisits an earlier time) — the figure grows
 * along t as the solve goes, most of the range early (step i costs O(i²)).
 */
export function* landscapeDmftStream(p: DmftParams, onProgress?: (fraction: number) => void): Resumable<DmftResult, DmftResult> {
  const { h, n } = dmftStep(p);
  const w = n + 1;
  const k = wasmKernels();
  const at = k ? k.alloc((2 * w * w + 5 * w) * 8) : 0;
  const g: Grid = { s: { invd2: p.invd2, dp: p.dp }, T: p.T, h, w, k, at, ...gridArrays(k, at, w), m: new Float64Array(w), acc: new Float64Array(12), mu: 0, e: 0, gM: 0 };
  try {
    return yield* integrate(g, p.m0, n, onProgress);
  } finally {
    if (k) k.free(at);
  }
}

/**
 * C, R (w² each), A, B, S1, S2, S3 (w each): zeroed JavaScript arrays, or views of the block at `at` of the module's
 * memory (zeroed here: alloc does not clear). Views are detached when the memory grows: `integrate` takes fresh ones
 * whenever the module's buffer has changed since.
 */
function gridArrays(k: WasmKernels | null, at: number, w: number, fresh = true) {
  const lengths = [w * w, w * w, w, w, w, w, w];
  let o = at;
  const [C, R, A, B, S1, S2, S3] = lengths.map((len) => {
    const a = k ? f64View(k, o, len) : new Float64Array(len);
    if (k && fresh) a.fill(0);
    o += len * 8;
    return a;
  });
  return { C, R, A, B, S1, S2, S3 };
}

function* integrate(g: Grid, m0: number, n: number, onProgress?: (fraction: number) => void): Resumable<DmftResult, DmftResult> {
  const { h, w, m } = g;
  const t = new Float64Array(w);
  const mu = new Float64Array(w);
  const e = new Float64Array(w);
  // sources G of row i (the step's left end) and of the predicted / corrected row i+1
  const gC0 = new Float64Array(w);
  const gR0 = new Float64Array(w);
  const gC1 = new Float64Array(w);
  const gR1 = new Float64Array(w);
  // previous row values x_i, kept while row i+1 is overwritten by the corrector
  const cPrev = new Float64Array(w);
  const rPrev = new Float64Array(w);
  g.C[0] = 1;
  g.R[0] = 1;
  m[0] = m0;

  const totalWork = n * n * n;
  let nextReport = 0.01;
  // sources of row i: from the last corrector evaluation of the step before (PE(CE)² with the final
  // evaluation skipped: it differs from the final row by O(h³), which keeps the O(h²) order and saves a
  // third O(i²) pass); μ_i, e_i and the m source are O(i) and are taken at the final row.
  let gCi = gC0;
  let gRi = gR0;
  let gCn = gC1;
  let gRn = gR1;
  for (let i = 0; ; i++) {
    if (g.k && g.C.buffer !== g.k.memory.buffer) Object.assign(g, gridArrays(g.k, g.at, w, false));
    const { C, R } = g;
    t[i] = i * h;
    // O(i): μ_i, e_i, the m source and the diagonal j = i; the rest of row i from the step before
    row(g, i, i, i, gCi, gRi);
    const mui = g.mu;
    const gMi = g.gM;
    mu[i] = mui;
    e[i] = g.e;
    if (i === n) break;
    const keep = 1 - 0.5 * h * mui;
    const rowI = i * w;
    for (let j = 0; j <= i; j++) {
      cPrev[j] = C[rowI + j];
      rPrev[j] = R[rowI + j];
    }
    const mPrev = m[i];
    // predictor: the decay by the trapezoid rule at frozen μ_i, the sources at the left end
    let inv = 1 / (1 + 0.5 * h * mui);
    m[i + 1] = (keep * mPrev + h * gMi) * inv;
    writeRow(g, i, keep, h, inv, cPrev, rPrev, gCi, gRi, null, null);
    // corrector(s): the trapezoid rule with the sources and μ of the current guess of row i+1
    for (let c = 0; c < CORRECTIONS; c++) {
      row(g, i + 1, 0, i, gCn, gRn);
      inv = 1 / (1 + 0.5 * h * g.mu);
      m[i + 1] = (keep * mPrev + 0.5 * h * (gMi + g.gM)) * inv;
      writeRow(g, i, keep, 0.5 * h, inv, cPrev, rPrev, gCi, gRi, gCn, gRn);
    }
    // the last evaluation (j ≤ i) becomes the left-end sources of the next step
    [gCi, gCn] = [gCn, gCi];
    [gRi, gRn] = [gRn, gRi];

    if (onProgress) {
      const done = ((i + 1) * (i + 1) * (i + 1)) / totalWork;
      if (done >= nextReport && done < 1) {
        onProgress(Math.min(1, done));
        nextReport = done + 0.01;
      }
    }
    // t, μ, e are final up to i, m up to i + 1: the curves up to t_i
    const upTo = i + 1;
    yield () => ({ t: t.slice(0, upTo), m: m.slice(0, upTo), mu: mu.slice(0, upTo), e: e.slice(0, upTo), h });
  }
  onProgress?.(1);
  return { t, m, mu, e, h };
}
