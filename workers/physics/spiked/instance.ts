/**
 * A seeded finite instance of the spiked Wigner model (PHYSICS.md §8): the spike v* (i.i.d. from the
 * prior, or v* = φ(W z⋆/√k) with W_il ~ N(0, 1), z⋆ ~ N(0, I_k), k = round(p/α)), and
 * M = Y/√p = v*v*ᵀ/p + √(Δ/p) ξ with ξ symmetric, off-diagonal N(0, 1) and diagonal N(0, 2) (GOE, so that the
 * semicircle and the BBP formulas hold at finite p as well). M is stored dense, row-major, Float64
 * (32 MB at p = 2000); X = W/√k as Float32 p×k. The streams: spike first, then the noise, from Rng(seed).
 * Drawing one takes ~150 ms at p = 2000 (2·10⁶ normal draws), so it is resumable (../resumable.ts): it pauses every
 * ~2¹⁶ entries, a few ms, where a worker can take a cancel; the draws are the same, in the same order.
 */
import { matVec } from '../numerics/linalg.ts';
import { Rng } from '../numerics/rng.ts';
import { drain, type Resumable } from '../resumable.ts';
import { ACTIVATIONS } from './activation.ts';
import { iidPrior } from './iidSpike.ts';
import type { SpikedParams } from './types.ts';

export interface SpikedInstance {
  p: number;
  /** latent dimension (generative), 0 otherwise */
  k: number;
  v: Float64Array;
  z: Float64Array;
  /** W/√k, p×k row-major (generative), empty otherwise */
  X: Float32Array;
  /** Y/√p, p×p row-major, symmetric */
  M: Float64Array;
}

export function latentDim(p: number, alpha: number): number {
  return Math.max(1, Math.round(p / alpha));
}

/** Entries drawn or multiplied between two pauses: ~5 ms of normal draws. A multiple of Rng's fill chunk (2¹⁶): X's fills cut there run the same kernel calls. */
const CHUNK = 1 << 16;

export function drawInstance(params: SpikedParams, delta: number, p: number, seed: number): SpikedInstance {
  return drain(drawInstanceStream(params, delta, p, seed));
}

/** drawInstance, pausing between chunks of ~CHUNK entries (X's fill, W z⋆ by rows, M by rows): the same numbers. */
export function* drawInstanceStream(params: SpikedParams, delta: number, p: number, seed: number): Resumable<SpikedInstance, never> {
  const rng = new Rng(seed);
  const v = new Float64Array(p);
  let z = new Float64Array(0);
  let X = new Float32Array(0);
  let k = 0;
  if (params.prior === 'generative') {
    k = latentDim(p, params.alpha);
    z = new Float64Array(k);
    rng.fillNormal(z);
    X = new Float32Array(p * k);
    for (let i = 0; i < X.length; i += CHUNK) {
      rng.fillNormal(X.subarray(i, i + CHUNK), 1 / Math.sqrt(k));
      yield undefined;
    }
    const act = ACTIVATIONS[params.act];
    // W z⋆ row by row (matVec sums each row alone: the same bits in blocks of rows)
    const rows = Math.max(1, Math.floor(CHUNK / k));
    for (let r = 0; r < p; r += rows) {
      const n = Math.min(rows, p - r);
      matVec(X.subarray(r * k, (r + n) * k), n, k, z, v.subarray(r, r + n));
      yield undefined;
    }
    for (let i = 0; i < p; i++) v[i] = act.apply(v[i]);
  } else {
    iidPrior(params.prior, params.rho).sample(rng, v);
  }
  const M = new Float64Array(p * p);
  const sd = Math.sqrt(delta / p);
  let drawn = 0;
  for (let i = 0; i < p; i++) {
    M[i * p + i] = (v[i] * v[i]) / p + sd * Math.SQRT2 * rng.normal();
    for (let j = i + 1; j < p; j++) {
      const y = (v[i] * v[j]) / p + sd * rng.normal();
      M[i * p + j] = y;
      M[j * p + i] = y;
    }
    drawn += p - i;
    if (drawn >= CHUNK) {
      drawn = 0;
      yield undefined;
    }
  }
  return { p, k, v, z, X, M };
}

/** Squared cosine |a·b|²/(|a|²|b|²) (0 if either vanishes). */
export function cos2(a: Float64Array, b: Float64Array): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return aa > 0 && bb > 0 ? (ab * ab) / (aa * bb) : 0;
}
