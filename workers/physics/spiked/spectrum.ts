/**
 * The eigenvalue histograms of one instance (PHYSICS.md §8 `spiked-spectrum`): of M = Y/√p, with the
 * predicted semicircle edges ±2√Δ and BBP outlier ρ_v + Δ/ρ_v (spectralTheory.ts), and of the LAMP
 * matrix K(M − ρ_v I)/Δ through its symmetric similar Λ^{1/2}Uᵀ(M − ρ_v I)UΛ^{1/2}/Δ (K = UΛUᵀ = c1 XXᵀ + c0 I;
 * i.i.d. priors: K = ρ_v I). Full spectra are O(p³) (numerics/symEig.ts): they are taken
 * at p_s = min(p, SPECTRUM_MAX_P); the overlaps (finite.ts) use Lanczos at the full p. LAMP's predicted bulk
 * edges and outlier (p → ∞): lampTheory.ts.
 */
import { symEig } from '../numerics/symEig.ts';
import { drawInstance } from './instance.ts';
import { lampKernel } from './spectral.ts';
import { lampTheory } from './lampTheory.ts';
import { pcaSpectrum } from './spectralTheory.ts';
import { spikeOf } from './stateEvolution.ts';
import type { SpikedParams } from './types.ts';

export const SPECTRUM_MAX_P = 300;
const BINS = 40;

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

/** C = A B for dense n×n row-major matrices. */
function matMul(A: Float64Array, B: Float64Array, n: number): Float64Array {
  const C = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < n; l++) {
      const a = A[i * n + l];
      if (a === 0) continue;
      for (let j = 0; j < n; j++) C[i * n + j] += a * B[l * n + j];
    }
  }
  return C;
}

function lampEigenvalues(params: SpikedParams, delta: number, inst: ReturnType<typeof drawInstance>, values: Float64Array): Float64Array | null {
  const kern = lampKernel(params);
  if (!kern) return null;
  // i.i.d.: K = ρ_v I, the LAMP matrix is ρ_v(M − ρ_v I)/Δ
  if (params.prior !== 'generative') return values.map((v) => (kern.rhoV * (v - kern.rhoV)) / delta);
  const { p, k, X, M } = inst;
  // K = c1 XXᵀ + c0 I and its square root
  const K = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let s = 0;
      for (let l = 0; l < k; l++) s += X[i * k + l] * X[j * k + l];
      K[i * p + j] = K[j * p + i] = kern.c1 * s + (i === j ? kern.c0 : 0);
    }
  }
  // K = U Λ Uᵀ: K(M − ρ_v I) is similar to Λ^{1/2} Uᵀ(M − ρ_v I)U Λ^{1/2}
  const e = symEig(K, p);
  const U = e.vectors;
  const Ut = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) Ut[j * p + i] = U[i * p + j];
  const S = Float64Array.from(M);
  for (let i = 0; i < p; i++) S[i * p + i] -= kern.rhoV;
  const N = matMul(matMul(Ut, S, p), U, p);
  const d = e.values.map((l) => Math.sqrt(Math.max(l, 0)));
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) N[i * p + j] *= (d[i] * d[j]) / delta;
  // symmetrise against rounding before the symmetric solver
  for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) N[i * p + j] = N[j * p + i] = 0.5 * (N[i * p + j] + N[j * p + i]);
  return symEig(N, p).values;
}

export function spikedSpectrum(params: SpikedParams, delta: number, p: number, seed: number): SpikedSpectrum {
  const ps = Math.min(p, SPECTRUM_MAX_P);
  const inst = drawInstance(params, delta, ps, seed);
  const values = symEig(inst.M, ps).values;
  const rhoV = spikeOf(params).rhoV;
  const th = pcaSpectrum(rhoV, delta);
  const lo = Math.min(values[0], -th.edge) * 1.05;
  const hi = Math.max(values[ps - 1], th.edge, th.outlier ?? 0) * 1.05;
  const { edges, counts } = histogram(values, lo, hi);
  const margin = 5 * Math.pow(ps, -2 / 3) * Math.sqrt(delta);
  const outliers = values.filter((v) => v > th.edge + margin);
  const lv = lampEigenvalues(params, delta, inst, values);
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
