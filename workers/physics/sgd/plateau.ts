/**
 * The symmetric plateau of online SGD (Saad & Solla 1995, §4; Biehl, Riegler & Wöhler 1996): the fixed
 * point of the ODEs with all students alike, Q_ii = q_d, Q_ik = q_o, R_in = r (T = I, v = v* = 1 fixed),
 * its height ε*, and the leading eigenvalue λ of the full Jacobian there, whose eigenvector breaks the
 * permutation symmetry: the plateau lasts ≈ ln(1/asymmetry)/λ.
 */
import { dopri5Stream } from '../numerics/ode.ts';
import { drain, type Resumable } from '../resumable.ts';
import type { Act } from './activations.ts';
import { packState, SgdOdeModel, type SgdSystem } from './odes.ts';
import { identity } from './setup.ts';

export interface SgdPlateauParams {
  K: number;
  M: number;
  act: Act;
  eta: number;
  sigma: number;
}

/** Newton residual max|F| below which the symmetric fixed point counts as found (plateau marks, sgd-plateau) */
export const PLATEAU_RESIDUAL = 1e-8;

export interface SgdPlateauResult {
  eg: number;
  q_diag: number;
  q_off: number;
  r: number;
  /** leading (most unstable) eigenvalue of the Jacobian of the full ODEs at the fixed point */
  lambda_max: number;
  /** Newton residual max|F| of the reduced equations */
  residual: number;
}

function plateauSystem(p: SgdPlateauParams): SgdSystem {
  return {
    K: p.K, M: p.M, act: p.act, eta: p.eta, etaV: p.eta, sigma: p.sigma, both: false,
    T: identity(p.M), vStar: new Float64Array(p.M).fill(1), vFixed: new Float64Array(p.K).fill(1),
  };
}

/** Full state of the symmetric student (q_d, q_o, r). */
function symmetricState(sys: SgdSystem, z: ArrayLike<number>): Float64Array {
  const { K, M } = sys;
  const Q = new Float64Array(K * K);
  for (let i = 0; i < K; i++) for (let k = 0; k < K; k++) Q[i * K + k] = i === k ? z[0] : z[1];
  return packState(sys, Q, new Float64Array(K * M).fill(z[2]), sys.vFixed);
}

/**
 * Solve for the symmetric fixed point: integrate the ODEs inside the symmetric subspace (where the
 * plateau attracts) to get close, then Newton on the 3 reduced equations dQ_11 = dQ_12 = dR_11 = 0 with a
 * central-difference Jacobian, to machine precision.
 */
export function sgdPlateau(p: SgdPlateauParams): SgdPlateauResult {
  return drain(sgdPlateauStream(p));
}

/**
 * sgdPlateau as a resumable computation (../resumable.ts): pauses in the symmetric flow's steps, after every Newton
 * iteration and in the Jacobian and squarings of leadingEigenvalueStream; sgdPlateau drains it.
 */
export function* sgdPlateauStream(p: SgdPlateauParams): Resumable<SgdPlateauResult> {
  const sys = plateauSystem(p);
  const model = new SgdOdeModel(sys);
  const { K, M } = sys;
  const n = model.size;
  const dy = new Float64Array(n);
  // indices in the state of R_11, Q_11, Q_12 (Q_12 is Q_11 again when K = 1)
  const iR = 0, iQd = K * M, iQo = K > 1 ? K * M + 1 : K * M;
  const reduced = (z: ArrayLike<number>, out: Float64Array): void => {
    model.rhs(0, symmetricState(sys, z), dy);
    out[0] = dy[iQd];
    out[1] = K > 1 ? dy[iQo] : 0;
    out[2] = dy[iR];
  };
  // 1. approach along the symmetric flow from a small symmetric start
  const traj = yield* dopri5Stream(
    (_t, z, dz) => reduced(z, dz),
    Float64Array.of(1e-3, 0, 1e-4),
    Float64Array.of(0, 30 / p.eta),
    { rtol: 1e-8, atol: 1e-12 },
  );
  const z = traj.y.slice(3, 6);
  if (K === 1) z[1] = z[0];
  // 2. Newton with a central-difference Jacobian on the (q_d, q_o, r) equations
  const F = new Float64Array(3), Fp = new Float64Array(3), Fm = new Float64Array(3);
  const J = new Float64Array(9);
  const dim = K > 1 ? 3 : 2; // K = 1 has no off-diagonal Q
  const vars = K > 1 ? [0, 1, 2] : [0, 2];
  let residual = Infinity;
  for (let it = 0; it < 50; it++) {
    reduced(z, F);
    residual = Math.max(...vars.map((v) => Math.abs(F[v])));
    if (residual < 1e-15) break;
    for (let c = 0; c < dim; c++) {
      const v = vars[c];
      const h = 1e-6 * Math.max(1e-3, Math.abs(z[v]));
      const zp = Float64Array.from(z), zm = Float64Array.from(z);
      zp[v] += h;
      zm[v] -= h;
      if (K === 1) { zp[1] = zp[0]; zm[1] = zm[0]; }
      reduced(zp, Fp);
      reduced(zm, Fm);
      for (let r = 0; r < dim; r++) J[r * dim + c] = (Fp[vars[r]] - Fm[vars[r]]) / (2 * h);
    }
    const step = solveSmall(J, vars.map((v) => -F[v]), dim);
    vars.forEach((v, c) => { z[v] += step[c]; });
    if (K === 1) z[1] = z[0];
    yield undefined;
  }
  const yStar = symmetricState(sys, z);
  return { eg: model.eg(yStar), q_diag: z[0], q_off: z[1], r: z[2], lambda_max: yield* leadingEigenvalueStream(model, yStar), residual };
}

/**
 * Leading eigenvalue of the full Jacobian J (central differences) at y: the dominant eigenvalue of
 * B = I + J/ρ (ρ a Gershgorin bound, so 1 + λ/ρ ≥ 0 for real λ and the largest λ dominates), found by
 * repeated squaring B^(2^k) (≈ 10⁶ power iterations at n³ cost each squaring), then the Rayleigh quotient.
 */
export function leadingEigenvalue(model: SgdOdeModel, y: Float64Array): number {
  return drain(leadingEigenvalueStream(model, y));
}

/** Jacobian columns between two pauses of leadingEigenvalueStream (2 right-hand sides each, ≈ 0.1 ms at K = M = 10). */
const COLUMNS_PER_PAUSE = 8;

/**
 * leadingEigenvalue as a resumable computation: a pause every COLUMNS_PER_PAUSE Jacobian columns and after every
 * squaring (n³: ≈ 4 ms at K = M = 10, n = 155); leadingEigenvalue drains it.
 */
export function* leadingEigenvalueStream(model: SgdOdeModel, y: Float64Array): Resumable<number> {
  const n = model.size;
  const J = new Float64Array(n * n);
  const fp = new Float64Array(n), fm = new Float64Array(n);
  const yp = Float64Array.from(y);
  for (let c = 0; c < n; c++) {
    const h = 1e-6 * Math.max(1e-2, Math.abs(y[c]));
    yp[c] = y[c] + h;
    model.rhs(0, yp, fp);
    yp[c] = y[c] - h;
    model.rhs(0, yp, fm);
    yp[c] = y[c];
    for (let r = 0; r < n; r++) J[r * n + c] = (fp[r] - fm[r]) / (2 * h);
    if (c % COLUMNS_PER_PAUSE === COLUMNS_PER_PAUSE - 1) yield undefined;
  }
  let rho = 0;
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let c = 0; c < n; c++) s += Math.abs(J[r * n + c]);
    rho = Math.max(rho, s);
  }
  let B = new Float64Array(n * n);
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) B[r * n + c] = (r === c ? 1 : 0) + J[r * n + c] / rho;
  let B2 = new Float64Array(n * n);
  for (let k = 0; k < 20; k++) {
    let mx = 0;
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        let s = 0;
        for (let m = 0; m < n; m++) s += B[r * n + m] * B[m * n + c];
        B2[r * n + c] = s;
        mx = Math.max(mx, Math.abs(s));
      }
    }
    for (let i = 0; i < n * n; i++) B2[i] /= mx;
    [B, B2] = [B2, B];
    yield undefined;
  }
  // the column of largest norm spans the dominant eigenvector
  let best = 0, bestNorm = -1;
  for (let c = 0; c < n; c++) {
    let s = 0;
    for (let r = 0; r < n; r++) s += B[r * n + c] ** 2;
    if (s > bestNorm) { bestNorm = s; best = c; }
  }
  let num = 0, den = 0;
  for (let r = 0; r < n; r++) {
    let jv = 0;
    for (let c = 0; c < n; c++) jv += J[r * n + c] * B[c * n + best];
    num += B[r * n + best] * jv;
    den += B[r * n + best] ** 2;
  }
  return num / den;
}

/** Gaussian elimination with partial pivoting for a tiny dense system. */
function solveSmall(A: Float64Array, b: number[], n: number): number[] {
  const M = Array.from({ length: n }, (_, r) => [...Array.from({ length: n }, (_, c) => A[r * n + c]), b[r]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}
