/**
 * Spectral estimators on a finite instance (PHYSICS.md §8 "Spectral"): PCA, the top eigenvector of
 * M = Y/√p, and LAMP, the top eigenvector of K(M − ρ_v I)/Δ with K = E[vvᵀ | W] = c1 XXᵀ + c0 I
 * (X = W/√k; c1 = (Eφ')², c0 = ρ_v − c1: linear 1, 0; sign 2/π, 1 − 2/π; arXiv:1905.12385 Sec. 4).
 * K(M − ρ_v I) is not symmetric, but with K = LLᵀ, L = [√c1 X | √c0 I], it has the nonzero spectrum of
 * the symmetric Lᵀ(M − ρ_v I)L, whose top eigenvector s gives LAMP's as Ls: Lanczos on that operator uses
 * one product with M and two with X per step. For the i.i.d. priors K = ρ_v I and LAMP is PCA; for ReLU
 * (E φ ≠ 0) it is not defined (null). Both are resumable (../resumable.ts), pausing after every Lanczos step.
 */
import { f32Design } from '../numerics/f32Matrix.ts';
import { matVec } from '../numerics/linalg.ts';
import type { Rng } from '../numerics/rng.ts';
import { drain, type Resumable } from '../resumable.ts';
import { ACTIVATIONS } from './activation.ts';
import type { SpikedInstance } from './instance.ts';
import { topEigenpairStream, type Eigenpair } from './lanczos.ts';
import type { SpikedParams } from './types.ts';

/** Lanczos steps: the outlier converges long before (checked against symEig at p = 300 in spectral.test.ts) */
export const LANCZOS_STEPS = 60;

export function pcaVector(inst: SpikedInstance, rng: Rng): Eigenpair {
  return drain(pcaVectorStream(inst, rng));
}

export function pcaVectorStream(inst: SpikedInstance, rng: Rng): Resumable<Eigenpair, never> {
  const { M, p } = inst;
  return topEigenpairStream((x, y) => matVec(M, p, p, x, y), p, LANCZOS_STEPS, rng);
}

/** The LAMP kernel's factors c1, c0, or null where LAMP is not defined (ReLU). */
export function lampKernel(params: SpikedParams): { c1: number; c0: number; rhoV: number } | null {
  if (params.prior !== 'generative') return { c1: 0, c0: 1, rhoV: 1 };
  const a = ACTIVATIONS[params.act];
  if (!a.zeroMean) return null;
  const c1 = a.kappa1 * a.kappa1;
  return { c1, c0: a.rhoV - c1, rhoV: a.rhoV };
}

export function lampVector(params: SpikedParams, inst: SpikedInstance, rng: Rng): Float64Array | null {
  return drain(lampVectorStream(params, inst, rng));
}

export function* lampVectorStream(params: SpikedParams, inst: SpikedInstance, rng: Rng): Resumable<Float64Array | null, never> {
  const kern = lampKernel(params);
  if (!kern) return null;
  const { M, p, k, X } = inst;
  const { c1, c0, rhoV } = kern;
  const useX = c1 > 0;
  const useI = c0 > 0;
  const n = (useX ? k : 0) + (useI ? p : 0);
  const s1 = Math.sqrt(c1);
  const s0 = Math.sqrt(c0);
  const x = new Float64Array(p);
  const y = new Float64Array(p);
  const tk = new Float64Array(k);
  const xk = new Float64Array(k);
  // X's products in the WebAssembly kernels where they load (numerics/f32Matrix.ts: same bits)
  const design = useX ? f32Design(X, p, k) : null;
  /** out = L w */
  const applyL = (w: Float64Array, out: Float64Array): void => {
    out.fill(0);
    if (useX) {
      xk.set(w.subarray(0, k));
      design!.times(xk, out);
      for (let i = 0; i < p; i++) out[i] *= s1;
    }
    if (useI) {
      const off = useX ? k : 0;
      for (let i = 0; i < p; i++) out[i] += s0 * w[off + i];
    }
  };
  const op = (w: Float64Array, out: Float64Array): void => {
    applyL(w, x);
    matVec(M, p, p, x, y);
    for (let i = 0; i < p; i++) y[i] -= rhoV * x[i];
    if (useX) {
      design!.transposeTimes(y, tk);
      for (let l = 0; l < k; l++) out[l] = s1 * tk[l];
    }
    if (useI) {
      const off = useX ? k : 0;
      for (let i = 0; i < p; i++) out[off + i] = s0 * y[i];
    }
  };
  try {
    const top = yield* topEigenpairStream(op, n, LANCZOS_STEPS, rng);
    const v = new Float64Array(p);
    applyL(top.vector, v);
    return v;
  } finally {
    design?.dispose();
  }
}
