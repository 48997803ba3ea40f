/**
 * Dynamical mean-field theory of spherical gradient flow / Langevin dynamics in the spiked
 * matrix-tensor model, p = 3, N → ∞ (arXiv:1812.09066 eqs. (8)-(11); arXiv:1907.08226; PHYSICS.md §4):
 * for t > t',
 *   ∂_t C(t,t') = −μ(t)C + f'(m(t))m(t') + ∫_0^t R(t,s) f''(C(t,s)) C(s,t') ds + ∫_0^{t'} f'(C(t,s)) R(t',s) ds
 *   ∂_t R(t,t') = −μ(t)R + ∫_{t'}^t R(t,s) f''(C(t,s)) R(s,t') ds,  R(t⁺,t) = 1, C(t,t) = 1
 *   dm/dt = −μ m + f'(m) + ∫_0^t R(t,s) f''(C(t,s)) m(s) ds
 *   μ(t) = T + m f'(m) + ∫_0^t R(t,s)[f'(C(t,s)) + f''(C(t,s))C(t,s)] ds
 *   e(t) = −f(m) − ∫_0^t R(t,s) f'(C(t,s)) ds.
 * Explicit Euler in t on the grid t_i = i·h with trapezoid integrals (the scheme of PHYSICS.md), except
 * that the local decay −μx of m, C and R is stepped by the trapezoid rule in time,
 * x_{i+1} = [(1 − hμ_i/2)x_i + h·(memory terms)]/(1 + hμ_i/2). Why: with plain Euler the time sum of the
 * R equation weights R(t⁺,t) = 1 fully while the trapezoid integrals weight it by ½, so the stationary
 * relation 1 = μχ − f''(1)χ² picks up an O(hμ) error (+hμ/2); at h = 0.1, μ ≈ 4 that shifts the final
 * m by 0.04. With the trapezoid decay the discrete sums telescope to the continuum relation up to the
 * corner cell of the response memory ∫_{t'}^t R f'' R ds: summed over the steps of R(·,t') it is a double
 * integral over (s − t', t − s) ≥ 0 whose corner cell carries the product-trapezoid weight ¼ but is 0 in a
 * one-step integral over [t', t']. Giving the step t = t' that weight ¼·h·f''(1) makes the discrete sum
 * rule exact, 1 = μχ − f''(1)χ² with χ the trapezoid ∫R: the stationary state after the escape (the
 * PHYSICS.md check point m = 0.8270, μ = 4.2982) is then reproduced at any h, not up to O(h²).
 * What remains O(h) is the timing of the transient (the escape time; see CONTEXT.md for its size).
 * Memory O(n²), time O(n³), n = tmax/h.
 *
 * Storage: C and R live in full (n+1)² Float64Arrays, each entry written twice — C symmetrically and
 * R as R(max(a,b), min(a,b)) — so that every integral reads one contiguous row: the O(n³) loop never
 * walks a column (this is what keeps t = 100 at h = 0.1 under a second).
 */
import { f, f1, f2 } from './model.ts';
import type { SpikeStrength } from './model.ts';

export interface DmftParams {
  /** θ = 1/Δ2 */
  invd2: number;
  dp: number;
  /** Langevin temperature; 0 = gradient flow */
  T: number;
  /** initial overlap m(0) (a random start at size N has m0 ~ N^{-1/2}) */
  m0: number;
  /** Euler step */
  h: number;
  tmax: number;
}

export interface DmftResult {
  t: Float64Array;
  m: Float64Array;
  mu: Float64Array;
  e: Float64Array;
}

/** tmax/h cap: two (n+1)² Float64Arrays are 64 MB at n = 2000, and the O(n³) work ~8 s. */
export const DMFT_MAX_STEPS = 2000;

export function landscapeDmft(p: DmftParams, onProgress?: (fraction: number) => void): DmftResult {
  const n = Math.max(1, Math.round(p.tmax / p.h));
  if (n > DMFT_MAX_STEPS) throw new RangeError(`landscapeDmft: tmax/h = ${n} steps exceeds ${DMFT_MAX_STEPS} (memory O(n²)); raise h or lower tmax`);
  const h = p.h;
  const s: SpikeStrength = { invd2: p.invd2, dp: p.dp };
  const w = n + 1;
  const C = new Float64Array(w * w);
  const R = new Float64Array(w * w);
  const t = new Float64Array(w);
  const m = new Float64Array(w);
  const mu = new Float64Array(w);
  const e = new Float64Array(w);
  // per-row kernels A(s) = R(t_i,s) f''(C(t_i,s)), B(s) = f'(C(t_i,s)), reused across rows
  const A = new Float64Array(w);
  const B = new Float64Array(w);
  C[0] = 1;
  R[0] = 1;
  m[0] = p.m0;
  const totalWork = n * n * n;
  let nextReport = 0.01;

  for (let i = 0; ; i++) {
    const rowI = i * w;
    let sMu = 0;
    let sE = 0;
    let sM = 0;
    for (let k = 0; k <= i; k++) {
      const c = C[rowI + k];
      const r = R[rowI + k];
      const fp = f1(c, s);
      const fpp = f2(c, s);
      A[k] = r * fpp;
      B[k] = fp;
      const wk = k === 0 || k === i ? 0.5 : 1;
      sMu += wk * r * (fp + fpp * c);
      sE += wk * r * fp;
      sM += wk * A[k] * m[k];
    }
    if (i === 0) sMu = sE = sM = 0;
    const mi = m[i];
    t[i] = i * h;
    mu[i] = p.T + mi * f1(mi, s) + h * sMu;
    e[i] = -f(mi, s) - h * sE;
    if (i === n) break;
    const mui = mu[i];
    const fpm = f1(mi, s);
    // the local term −μx is taken by the trapezoid rule in time (see the header)
    const keep = 1 - 0.5 * h * mui;
    const inv = 1 / (1 + 0.5 * h * mui);
    m[i + 1] = (keep * mi + h * (fpm + h * sM)) * inv;

    const rowNext = (i + 1) * w;
    const Ai = A[i];
    const A0 = A[0];
    const B0 = B[0];
    for (let j = 0; j <= i; j++) {
      const rowJ = j * w;
      let s1 = 0; // Σ_s A(s) C(s,t_j), s = 0..i
      let s2 = 0; // Σ_s B(s) R(t_j,s), s = 0..j−1
      let s3 = 0; // Σ_s A(s) R(s,t_j), s = j..i
      for (let k = 0; k < j; k++) {
        s1 += A[k] * C[rowJ + k];
        s2 += B[k] * R[rowJ + k];
      }
      for (let k = j; k <= i; k++) {
        const a = A[k];
        s1 += a * C[rowJ + k];
        s3 += a * R[rowJ + k];
      }
      const cij = C[rowI + j];
      const rij = R[rowI + j];
      // trapezoid end corrections (R(t_j,t_j) = 1)
      const I1 = i > 0 ? h * (s1 - 0.5 * (A0 * C[rowJ] + Ai * cij)) : 0;
      const I2 = j > 0 ? h * (s2 + 0.5 * B[j] - 0.5 * B0 * R[rowJ]) : 0;
      // corner cell s = t' = t: product-trapezoid weight ¼ (see the header)
      const I3 = i > j ? h * (s3 - 0.5 * (A[j] + Ai * rij)) : 0.25 * h * Ai;
      const cNew = (keep * cij + h * (fpm * m[j] + I1 + I2)) * inv;
      const rNew = (keep * rij + h * I3) * inv;
      C[rowNext + j] = cNew;
      C[rowJ + i + 1] = cNew;
      R[rowNext + j] = rNew;
      R[rowJ + i + 1] = rNew;
    }
    C[rowNext + i + 1] = 1;
    R[rowNext + i + 1] = 1;

    if (onProgress) {
      const done = ((i + 1) * (i + 1) * (i + 1)) / totalWork;
      if (done >= nextReport && done < 1) {
        onProgress(Math.min(1, done));
        nextReport = done + 0.01;
      }
    }
  }
  onProgress?.(1);
  return { t, m, mu, e };
}
