/**
 * The eigenvalue histograms of one instance (PHYSICS.md §8 `spiked-spectrum`): of M = Y/√p, with the
 * predicted semicircle edges ±2√Δ and BBP outlier ρ_v + Δ/ρ_v (spectralTheory.ts), and of the LAMP
 * matrix K(M − ρ_v I)/Δ through its symmetric similar Λ^{1/2}Uᵀ(M − ρ_v I)UΛ^{1/2}/Δ (K = UΛUᵀ = c1 XXᵀ + c0 I;
 * i.i.d. priors: K = ρ_v I). Full spectra are O(p³) (numerics/symEig.ts): they are taken
 * at p_s = min(p, SPECTRUM_MAX_P); the overlaps (finite.ts) use Lanczos at the full p. LAMP's predicted bulk
 * edges and outlier (p → ∞): lampTheory.ts.
 * Resumable (`spikedSpectrumStream`, ../resumable.ts): every O(p³) stage pauses every few rows, so a page's slider
 * step stops it within milliseconds; and from p_s = PREVIEW_FROM_P on it first takes the spectra of the same model
 * at p_s/4, the instance `drawInstance(…, p_s/4, seed)` (its own spike, GOE noise of variance Δ/(p_s/4) and, for the
 * generative prior, k = round(p_s/(4α)) latent directions: the model at that size, not a rescaled corner of the
 * big instance — the leading n×n block of M times √(p_s/n) has the noise of the n-model but its spike divided by
 * √(p_s/n)), ~64× cheaper, offered as the snapshot while the full spectra compute. The result is that of the plain
 * computation: the preview is extra work (~2 %), the stages' arithmetic unchanged.
 */
import { drain, offering, type Resumable } from '../resumable.ts';
import { symEigStream } from '../numerics/symEig.ts';
import { drawInstance } from './instance.ts';
import { lampKernel } from './spectral.ts';
import { lampTheory } from './lampTheory.ts';
import { pcaSpectrum } from './spectralTheory.ts';
import { spikeOf } from './stateEvolution.ts';
import type { SpikedParams } from './types.ts';

export const SPECTRUM_MAX_P = 300;
const BINS = 40;
/** the preview's size is p_s / PREVIEW_DIVISOR … */
const PREVIEW_DIVISOR = 4;
/** … from this p_s on; below, the full spectra take a few ms (about one pause of the worker's) */
export const PREVIEW_FROM_P = 100;
/** multiply-adds between two pauses of the dense products */
const WORK_PER_PAUSE = 2e5;

export interface SpikedSpectrum {
  /** the size the spectra were taken at */
  p: number;
  edges: Float64Array;
  counts: Float64Array;
  /** eigenvalues of M beyond the predicted edge by more than 5 p^{−2/3}√Δ (Tracy-Widom scale) */
  outliers: Float64Array;
  predicted: { edge_lo: number; edge_hi: number; outlier: number | null };
  /** the eigenvalues of M, ascending (the page draws its own histogram of them) */
  values: Float64Array;
  /** the LAMP matrix's eigenvalues, ascending (null for ReLU) */
  lamp_values: Float64Array | null;
  lamp_edges: Float64Array | null;
  lamp_counts: Float64Array | null;
  /** LAMP's top eigenvalue (its outlier once Δ is below the threshold) */
  lamp_top: number | null;
  /** LAMP's predicted bulk edges and outlier as p → ∞ (null for ReLU; outlier null above the threshold) */
  lamp_predicted: { edge_lo: number | null; edge_hi: number | null; outlier: number | null } | null;
}

function histogram(values: Float64Array, lo: number, hi: number): { edges: Float64Array; counts: Float64Array } {
  const edges = new Float64Array(BINS + 1);
  const counts = new Float64Array(BINS);
  const h = (hi - lo) / BINS;
  for (let b = 0; b <= BINS; b++) edges[b] = lo + b * h;
  for (const v of values) counts[Math.min(BINS - 1, Math.max(0, Math.floor((v - lo) / h)))]++;
  return { edges, counts };
}

/** C = A B for dense n×n row-major matrices, pausing between rows of C (the row in a plain function: V8 optimises it at once). */
function* matMul(A: Float64Array, B: Float64Array, n: number): Resumable<Float64Array, never> {
  const C = new Float64Array(n * n);
  for (let i = 0, since = 0; i < n; i++) {
    mulRow(A, B, C, n, i);
    if ((since += n * n) >= WORK_PER_PAUSE) {
      since = 0;
      yield undefined;
    }
  }
  return C;
}

/** row i of C = A B */
function mulRow(A: Float64Array, B: Float64Array, C: Float64Array, n: number, i: number): void {
  for (let l = 0; l < n; l++) {
    const a = A[i * n + l];
    if (a === 0) continue;
    for (let j = 0; j < n; j++) C[i * n + j] += a * B[l * n + j];
  }
}

/** `onProgress` seen through the part [f0, f1] of the whole */
function part(onProgress: ((fraction: number) => void) | undefined, f0: number, f1: number): ((fraction: number) => void) | undefined {
  return onProgress && ((f) => onProgress(f0 + (f1 - f0) * f));
}

/** Row i (from the diagonal on) of K = c1 XXᵀ + c0 I, mirrored. */
function kernelRow(X: Float32Array, p: number, k: number, kern: { c0: number; c1: number }, K: Float64Array, i: number): void {
  for (let j = i; j < p; j++) {
    let s = 0;
    for (let l = 0; l < k; l++) s += X[i * k + l] * X[j * k + l];
    K[i * p + j] = K[j * p + i] = kern.c1 * s + (i === j ? kern.c0 : 0);
  }
}

/** The LAMP matrix's eigenvalues (null for ReLU); generative: progress over its three O(p³) stages. */
function* lampEigenvalues(params: SpikedParams, delta: number, inst: ReturnType<typeof drawInstance>, values: Float64Array, onProgress?: (fraction: number) => void): Resumable<Float64Array | null, never> {
  const kern = lampKernel(params);
  if (!kern) return null;
  // i.i.d.: K = ρ_v I, the LAMP matrix is ρ_v(M − ρ_v I)/Δ
  if (params.prior !== 'generative') return values.map((v) => (kern.rhoV * (v - kern.rhoV)) / delta);
  const { p, k, X, M } = inst;
  // K = c1 XXᵀ + c0 I and its square root
  const K = new Float64Array(p * p);
  for (let i = 0, since = 0; i < p; i++) {
    kernelRow(X, p, k, kern, K, i);
    if ((since += (p - i) * k) >= WORK_PER_PAUSE) {
      since = 0;
      yield undefined;
    }
  }
  // K = U Λ Uᵀ: K(M − ρ_v I) is similar to Λ^{1/2} Uᵀ(M − ρ_v I)U Λ^{1/2}
  const e = yield* symEigStream(K, p, part(onProgress, 0, 0.4));
  const U = e.vectors;
  const Ut = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) Ut[j * p + i] = U[i * p + j];
  const S = Float64Array.from(M);
  for (let i = 0; i < p; i++) S[i * p + i] -= kern.rhoV;
  const US = yield* matMul(Ut, S, p);
  onProgress?.(0.5);
  const N = yield* matMul(US, U, p);
  onProgress?.(0.6);
  const d = e.values.map((l) => Math.sqrt(Math.max(l, 0)));
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) N[i * p + j] *= (d[i] * d[j]) / delta;
  // symmetrise against rounding before the symmetric solver
  for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) N[i * p + j] = N[j * p + i] = 0.5 * (N[i * p + j] + N[j * p + i]);
  return (yield* symEigStream(N, p, part(onProgress, 0.6, 1))).values;
}

export function spikedSpectrum(params: SpikedParams, delta: number, p: number, seed: number): SpikedSpectrum {
  return drain(spikedSpectrumStream(params, delta, p, seed));
}

/**
 * spikedSpectrum resumable: from p_s = PREVIEW_FROM_P on, the spectra at p_s/4 first (see the header), offered at
 * every pause of the full ones; the preview is the result of `spikedSpectrum(params, delta, p_s/4, seed)`.
 */
export function* spikedSpectrumStream(params: SpikedParams, delta: number, p: number, seed: number, onProgress?: (fraction: number) => void): Resumable<SpikedSpectrum, SpikedSpectrum> {
  const ps = Math.min(p, SPECTRUM_MAX_P);
  let preview: (() => SpikedSpectrum) | undefined;
  if (ps >= PREVIEW_FROM_P) {
    const coarse = yield* spectraAt(params, delta, Math.round(ps / PREVIEW_DIVISOR), seed);
    preview = () => coarse;
  }
  return yield* offering(spectraAt(params, delta, ps, seed, onProgress), preview);
}

/** The spectra of the instance of size ps. */
function* spectraAt(params: SpikedParams, delta: number, ps: number, seed: number, onProgress?: (fraction: number) => void): Resumable<SpikedSpectrum, never> {
  const inst = drawInstance(params, delta, ps, seed);
  // the generative LAMP matrix costs about three decompositions of M's size more (K, the products, the matrix)
  const mShare = params.prior === 'generative' && lampKernel(params) ? 0.25 : 1;
  const values = (yield* symEigStream(inst.M, ps, part(onProgress, 0, mShare))).values;
  const rhoV = spikeOf(params).rhoV;
  const th = pcaSpectrum(rhoV, delta);
  const lo = Math.min(values[0], -th.edge) * 1.05;
  const hi = Math.max(values[ps - 1], th.edge, th.outlier ?? 0) * 1.05;
  const { edges, counts } = histogram(values, lo, hi);
  const margin = 5 * Math.pow(ps, -2 / 3) * Math.sqrt(delta);
  const outliers = values.filter((v) => v > th.edge + margin);
  const lv = yield* lampEigenvalues(params, delta, inst, values, part(onProgress, mShare, 1));
  const lt = lampTheory(params, delta);
  let lampH: { edges: Float64Array; counts: Float64Array } | null = null;
  if (lv) {
    const lLo = lv[0] - 0.05 * (lv[lv.length - 1] - lv[0]);
    const lHi = lv[lv.length - 1] + 0.05 * (lv[lv.length - 1] - lv[0]);
    lampH = histogram(lv, lLo, lHi);
  }
  return {
    p: ps, edges, counts, outliers, values, lamp_values: lv,
    predicted: { edge_lo: -th.edge, edge_hi: th.edge, outlier: th.outlier },
    lamp_edges: lampH?.edges ?? null, lamp_counts: lampH?.counts ?? null, lamp_top: lv ? lv[lv.length - 1] : null,
    lamp_predicted: lt ? { edge_lo: lt.edge_lo, edge_hi: lt.edge_hi, outlier: lt.outlier } : null,
  };
}
