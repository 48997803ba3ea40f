/**
 * The order-parameter ODEs of online SGD in a two-layer network (Saad & Solla 1995; Goldt et al. 2019,
 * arXiv:1906.08632, eqs. (9)-(11); PHYSICS.md §3), time α = steps/N:
 *   dR_in/dα = −η v_i Σ_a c_a I3(i,n,a)
 *   dQ_ik/dα = −η [v_i Σ_a c_a I3(i,k,a) + v_k Σ_a c_a I3(k,i,a)] + η² v_i v_k [Σ_ab c_a c_b I4(i,k,a,b) + σ² J2(i,k)]
 *   dv_i/dα  = −η_v Σ_a c_a I2(i,a)                       (only when the second layer trains)
 * with c = (v_1..v_K, −v*_1..−v*_M), and ε_g = ½ cᵀ I2 c.
 * State vector layout: [R (K×M row-major) | Q upper triangle with diagonal, row by row | v (K, if trained)],
 * so that every entry is one independent coordinate (finite-difference Jacobians stay symmetric-consistent).
 */
import type { Rhs } from '../numerics/ode.ts';
import type { Act } from './activations.ts';
import { integralsFor, type Integrals } from './integrals.ts';

export interface SgdSystem {
  K: number;
  M: number;
  act: Act;
  eta: number;
  /** second-layer learning rate (PHYSICS.md: η_v = η) */
  etaV: number;
  sigma: number;
  /** train the second layer v */
  both: boolean;
  /** teacher-teacher overlaps T (M×M) */
  T: Float64Array;
  /** teacher second layer v* (M) */
  vStar: Float64Array;
  /** the student's second layer when it is not trained (K) */
  vFixed: Float64Array;
  /** weight of the O(η) gradient terms (1; 0 keeps only the noise terms: Veiga et al.'s bad-learning limit) */
  drift?: number;
  /** weight of the O(η²) terms (1; 0 is the gradient-flow limit of Veiga et al.'s perfect-learning region) */
  noise?: number;
}

export function stateSize(K: number, M: number, both: boolean): number {
  return K * M + (K * (K + 1)) / 2 + (both ? K : 0);
}

/** Pack Q (K×K), R (K×M), v (K) into a state vector. */
export function packState(sys: SgdSystem, Q: ArrayLike<number>, R: ArrayLike<number>, v: ArrayLike<number>): Float64Array {
  const { K, M, both } = sys;
  const y = new Float64Array(stateSize(K, M, both));
  for (let j = 0; j < K * M; j++) y[j] = R[j];
  let o = K * M;
  for (let i = 0; i < K; i++) for (let k = i; k < K; k++) y[o++] = Q[i * K + k];
  if (both) for (let i = 0; i < K; i++) y[o++] = v[i];
  return y;
}

/** Unpack a state (y at offset `at`) into full Q (K×K), R (K×M) and v (K) arrays. */
export function unpackState(sys: SgdSystem, y: Float64Array, at: number, Q: Float64Array, R: Float64Array, v: Float64Array): void {
  const { K, M, both } = sys;
  for (let j = 0; j < K * M; j++) R[j] = y[at + j];
  let o = at + K * M;
  for (let i = 0; i < K; i++) for (let k = i; k < K; k++) Q[i * K + k] = Q[k * K + i] = y[o++];
  for (let i = 0; i < K; i++) v[i] = both ? y[o++] : sys.vFixed[i];
}

/** Workspace shared by the right-hand side and ε_g of one system (allocated once per run). */
export class SgdOdeModel {
  readonly sys: SgdSystem;
  readonly L: number;
  readonly size: number;
  private readonly I: Integrals;
  private readonly C: Float64Array;
  private readonly c: Float64Array;
  private readonly s3: Float64Array;
  private readonly s4: Float64Array;
  private readonly i2: Float64Array;
  private readonly Q: Float64Array;
  private readonly R: Float64Array;
  private readonly v: Float64Array;

  constructor(sys: SgdSystem) {
    this.sys = sys;
    const { K, M } = sys;
    const L = K + M;
    this.L = L;
    this.size = stateSize(K, M, sys.both);
    this.I = integralsFor(sys.act);
    this.C = new Float64Array(L * L);
    this.c = new Float64Array(L);
    this.s3 = new Float64Array(K * L);
    this.s4 = new Float64Array(K * K);
    this.i2 = new Float64Array(L * L);
    this.Q = new Float64Array(K * K);
    this.R = new Float64Array(K * M);
    this.v = new Float64Array(K);
  }

  /** Fill the field covariance C = [[Q, R], [Rᵀ, T]] and c = (v, −v*) from the state. */
  private load(y: Float64Array, at = 0): void {
    const { K, M, T, vStar } = this.sys;
    const { L, C, c, Q, R, v } = this;
    unpackState(this.sys, y, at, Q, R, v);
    for (let i = 0; i < K; i++) {
      for (let k = 0; k < K; k++) C[i * L + k] = Q[i * K + k];
      for (let n = 0; n < M; n++) C[i * L + K + n] = C[(K + n) * L + i] = R[i * M + n];
      c[i] = v[i];
    }
    for (let n = 0; n < M; n++) {
      for (let m = 0; m < M; m++) C[(K + n) * L + K + m] = T[n * M + m];
      c[K + n] = -vStar[n];
    }
  }

  /** dy/dα, as an `Rhs` for the integrators. */
  readonly rhs: Rhs = (_t, y, dy) => {
    const { K, M, eta, etaV, sigma, both } = this.sys;
    const drift = (this.sys.drift ?? 1) * eta;
    const noise = (this.sys.noise ?? 1) * eta * eta;
    const { L, C, c, s3, s4, i2, v, I } = this;
    this.load(y);
    I.s3(C, L, K, c, s3);
    if (noise !== 0) I.s4(C, L, K, c, sigma * sigma, s4);
    for (let i = 0; i < K; i++) for (let n = 0; n < M; n++) dy[i * M + n] = -drift * v[i] * s3[i * L + K + n];
    let o = K * M;
    for (let i = 0; i < K; i++) {
      for (let k = i; k < K; k++) {
        let d = -drift * (v[i] * s3[i * L + k] + v[k] * s3[k * L + i]);
        if (noise !== 0) d += noise * v[i] * v[k] * s4[i * K + k];
        dy[o++] = d;
      }
    }
    if (both) {
      I.i2Matrix(C, L, i2);
      for (let i = 0; i < K; i++) {
        let s = 0;
        for (let a = 0; a < L; a++) s += c[a] * i2[i * L + a];
        dy[o++] = -etaV * s;
      }
    }
  };

  /** ε_g = ½ cᵀ I2 c of the state stored in y at offset `at`. */
  eg(y: Float64Array, at = 0): number {
    const { L, C, c, i2 } = this;
    this.load(y, at);
    this.I.i2Matrix(C, L, i2);
    let s = 0;
    for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) s += c[a] * c[b] * i2[a * L + b];
    return 0.5 * s;
  }
}
