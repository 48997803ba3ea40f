/**
 * Parameters shared by the ODE, the plateau and the simulation, and the seeded initial networks: the
 * ODE starts from the exact overlaps of the very weights the finite-N simulation starts from.
 */
import { childSeed, Rng } from '../numerics/rng.ts';
import { DEFAULT_INIT, DEFAULT_N, DEFAULT_SEED } from './defaults.ts';
import type { Act } from './activations.ts';
import type { SgdSystem } from './odes.ts';

export interface SgdParams {
  K: number;
  M: number;
  act: Act;
  eta: number;
  /** label noise std σ */
  sigma: number;
  /** train the second layer too (1) or only the first (0): the schema's 0/1, read by `isBoth` only */
  both: number;
  /** second-layer learning rate, default η */
  etaV?: number;
  /** std of the initial student weights w_ki (and v_k when trained); default: the schema's (Goldt et al.'s "small" init) */
  init?: number;
  /** input dimension of the drawn initial weights (and of the simulation); default: the schema's */
  N?: number;
  seed?: number;
  /** teacher second-layer weight v*_m (all equal), default 1 */
  vStar?: number;
  /** the student's fixed second-layer weight when it is not trained, default 1 */
  vFixed?: number;
  /** explicit initial overlaps (K×K, K×M, M×M, K) instead of drawn weights */
  initial?: { Q: ArrayLike<number>; R: ArrayLike<number>; T?: ArrayLike<number>; v?: ArrayLike<number> };
}

export { DEFAULT_INIT, DEFAULT_N, DEFAULT_SEED } from './defaults.ts';

/**
 * PHYSICS.md §3's reference start of the K = M = 2 learning curve (erf, T = I, v = v* = 1, η = 0.5): from it
 * ε_g(0) = 0.33370, the plateau is reached within 1 % by α ≈ 11.8 and left (ε_g below half of ε*) at α = 213.2.
 */
export const REFERENCE_START = {
  K: 2,
  M: 2,
  Q: Float64Array.of(1.0187e-3, 1.7091e-5, 1.7091e-5, 1.0149e-3),
  R: Float64Array.of(3.1466e-4, 6.5006e-4, 1.9904e-4, -5.1413e-4),
} as const;

/** Whether the second layer trains: `both` is the schema's 0/1 (the one place it is read). */
export function isBoth(p: Pick<SgdParams, 'both'>): boolean {
  return p.both === 1;
}

/**
 * The seeded networks. The teacher depends on p.seed only (every run of a figure learns the same
 * teacher) and its rows are Gram-Schmidt orthogonalised to norm √N, so T = I exactly as in the ODE
 * tables; the student w_ki ~ N(0, init²) (and v_k ~ N(0, init²) when trained) comes from `seed`.
 */
export interface Networks {
  N: number;
  W: Float64Array;
  Wstar: Float64Array;
  v: Float64Array;
  vStar: Float64Array;
}

export function drawNetworks(p: SgdParams, seed = p.seed ?? DEFAULT_SEED): Networks {
  const { K, M } = p;
  const N = p.N ?? DEFAULT_N;
  const init = p.init ?? DEFAULT_INIT;
  const Wstar = new Rng(childSeed(p.seed ?? DEFAULT_SEED, TEACHER_STREAM)).fillNormal(new Float64Array(M * N)) as Float64Array;
  orthonormaliseRows(Wstar, M, N);
  const rng = new Rng(seed);
  const W = rng.fillNormal(new Float64Array(K * N), init) as Float64Array;
  const v = isBoth(p) ? (rng.fillNormal(new Float64Array(K), init) as Float64Array) : new Float64Array(K).fill(p.vFixed ?? 1);
  return { N, W, Wstar, v, vStar: new Float64Array(M).fill(p.vStar ?? 1) };
}

const TEACHER_STREAM = 0x7eac;

/** Modified Gram-Schmidt on the rows, each rescaled to norm √N (so W* W*ᵀ/N = I). */
function orthonormaliseRows(A: Float64Array, rows: number, N: number): void {
  for (let r = 0; r < rows; r++) {
    const row = A.subarray(r * N, (r + 1) * N);
    for (let q = 0; q < r; q++) {
      const prev = A.subarray(q * N, (q + 1) * N);
      let d = 0;
      for (let i = 0; i < N; i++) d += row[i] * prev[i];
      d /= N;
      for (let i = 0; i < N; i++) row[i] -= d * prev[i];
    }
    let nn = 0;
    for (let i = 0; i < N; i++) nn += row[i] * row[i];
    const s = Math.sqrt(N / nn);
    for (let i = 0; i < N; i++) row[i] *= s;
  }
}

/** Q = W Wᵀ/N, R = W W*ᵀ/N, T = W* W*ᵀ/N. */
export function overlaps(net: Networks, K: number, M: number): { Q: Float64Array; R: Float64Array; T: Float64Array } {
  const { N, W, Wstar } = net;
  const gramAB = (A: Float64Array, na: number, B: Float64Array, nb: number): Float64Array => {
    const out = new Float64Array(na * nb);
    for (let a = 0; a < na; a++) {
      for (let b = 0; b < nb; b++) {
        let s = 0;
        for (let j = 0; j < N; j++) s += A[a * N + j] * B[b * N + j];
        out[a * nb + b] = s / N;
      }
    }
    return out;
  };
  return { Q: gramAB(W, K, W, K), R: gramAB(W, K, Wstar, M), T: gramAB(Wstar, M, Wstar, M) };
}

/** The ODE system and its initial (Q, R, v) for these parameters. */
export function systemOf(p: SgdParams): { sys: SgdSystem; Q0: ArrayLike<number>; R0: ArrayLike<number>; v0: ArrayLike<number> } {
  const { K, M } = p;
  let Q0: ArrayLike<number>, R0: ArrayLike<number>, T: ArrayLike<number>, v0: ArrayLike<number>;
  if (p.initial) {
    Q0 = p.initial.Q;
    R0 = p.initial.R;
    T = p.initial.T ?? identity(M);
    v0 = p.initial.v ?? new Float64Array(K).fill(p.vFixed ?? 1);
  } else {
    const net = drawNetworks(p);
    ({ Q: Q0, R: R0, T } = overlaps(net, K, M));
    v0 = net.v;
  }
  return { sys: systemFor(p, T), Q0, R0, v0 };
}

/** The ODE system of these parameters with teacher overlaps T. */
export function systemFor(p: SgdParams, T: ArrayLike<number>): SgdSystem {
  const { K, M } = p;
  return {
    K,
    M,
    act: p.act,
    eta: p.eta,
    etaV: p.etaV ?? p.eta,
    sigma: p.sigma,
    both: isBoth(p),
    T: Float64Array.from(T),
    vStar: new Float64Array(M).fill(p.vStar ?? 1),
    vFixed: new Float64Array(K).fill(p.vFixed ?? 1),
  };
}

export function identity(n: number): Float64Array {
  const I = new Float64Array(n * n);
  for (let i = 0; i < n; i++) I[i * n + i] = 1;
  return I;
}

