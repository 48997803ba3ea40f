/**
 * A seeded instance of the spiked matrix-tensor model, p = 3 (arXiv:1812.09066; PHYSICS.md §4):
 *   Y_ij  = x*_i x*_j/√N + N(0, Δ2)            (i < j)
 *   T_ijk = √2/N · x*_i x*_j x*_k + N(0, Δp)   (i < j < k)
 *   L(x)  = −(1/(Δ2√N)) Σ_{i<j} Y_ij x_i x_j − (√2/(Δp N)) Σ_{i<j<k} T_ijk x_i x_j x_k,   |x|² = |x*|² = N.
 * The loss prefactors are folded into the stored couplings: J (N×N, symmetric, zero diagonal) with
 * L₂ = −½ xᵀJx, and the tensor once over i < j < k with L₃ = −Σ_{i<j<k} K_ijk x_i x_j x_k.
 * K is Float32: its entries are O(1/N) with noise O(1/N), and the float rounding (relative 6e-8) is far
 * below the 1/√N fluctuations that matter; it halves the memory: N(N−1)(N−2)/6 · 4 bytes = 5.3 MB at
 * N = 200, 18 MB at N = 300 (the browser budget; the API refuses N > 400, 42 MB).
 * Drawing the tensor is one normal per entry (~0.15 s at N = 300): `spikedInstanceStream` pauses between its rows i,
 * the draws in the same order, so a page's slider step can stop it; `spikedInstance` drains it.
 */
import { Rng } from '../numerics/rng.ts';
import { drain, type Resumable } from '../resumable.ts';
import { f64View, resident, Scratch, wasmKernels, type WasmKernels } from '../numerics/wasm/kernels.ts';

export const MAX_TENSOR_N = 400;

export interface SpikedInstance {
  readonly N: number;
  readonly xStar: Float64Array;
  /** matrix couplings Y/(Δ2√N), symmetric, row-major N×N */
  readonly J: Float64Array;
  /** tensor couplings √2 T/(Δp N) for i < j < k in lexicographic order */
  readonly K: Float32Array;
}

/** A point uniform on the sphere |x|² = N. */
export function randomOnSphere(N: number, rng: Rng, out = new Float64Array(N)): Float64Array {
  rng.fillNormal(out);
  return projectToSphere(out);
}

/** x ← x·√N/|x| */
export function projectToSphere(x: Float64Array): Float64Array {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  const c = Math.sqrt(x.length / s);
  for (let i = 0; i < x.length; i++) x[i] *= c;
  return x;
}

export function spikedInstance(N: number, invd2: number, dp: number, rng: Rng): SpikedInstance {
  return drain(spikedInstanceStream(N, invd2, dp, rng));
}

/** tensor entries drawn between two pauses of spikedInstanceStream (~3 ms) */
const ENTRIES_PER_PAUSE = 1e5;

/** spikedInstance, resumable: pauses between the tensor's rows i, about every ENTRIES_PER_PAUSE entries. */
export function* spikedInstanceStream(N: number, invd2: number, dp: number, rng: Rng): Resumable<SpikedInstance, never> {
  if (!Number.isInteger(N) || N < 3 || N > MAX_TENSOR_N) throw new RangeError(`spiked matrix-tensor: N must be an integer in [3, ${MAX_TENSOR_N}] (got ${N})`);
  const xStar = randomOnSphere(N, rng);
  const J = new Float64Array(N * N);
  const sqrtN = Math.sqrt(N);
  const sd2 = Math.sqrt(1 / invd2);
  for (let i = 0; i < N; i++) {
    for (let j = i + 1; j < N; j++) {
      const y = (xStar[i] * xStar[j]) / sqrtN + sd2 * rng.normal();
      const v = (y * invd2) / sqrtN;
      J[i * N + j] = v;
      J[j * N + i] = v;
    }
  }
  const K = new Float32Array((N * (N - 1) * (N - 2)) / 6);
  for (let i = 0, idx = 0, since = 0; i < N; i++) {
    const next = tensorRow(K, idx, xStar, i, dp, rng);
    since += next - idx;
    idx = next;
    if (since >= ENTRIES_PER_PAUSE) {
      since = 0;
      yield undefined;
    }
  }
  return { N, xStar, J, K };
}

/** The tensor couplings K_ijk of row i (j, k > i) from K[idx] on; returns the index after them. */
function tensorRow(K: Float32Array, idx: number, xStar: Float64Array, i: number, dp: number, rng: Rng): number {
  const N = xStar.length;
  const scale = Math.SQRT2 / (dp * N);
  const spike = Math.SQRT2 / N;
  const sdp = Math.sqrt(dp);
  for (let j = i + 1; j < N; j++) {
    const xij = spike * xStar[i] * xStar[j];
    for (let k = j + 1; k < N; k++) K[idx++] = scale * (xij * xStar[k] + sdp * rng.normal());
  }
  return idx;
}

/**
 * g = ∇L(x); returns L(x). One pass over the tensor: for each pair i < j the inner loop over k
 * accumulates Σ_k K_ijk x_k (for g_i, g_j) and scatters K_ijk x_i x_j into g_k. L is read off the
 * gradient by Euler's theorem for homogeneous forms: x·∇L₂ = 2L₂, x·∇L₃ = 3L₃.
 */
export function lossGradient(inst: SpikedInstance, x: Float64Array, g: Float64Array): number {
  const { N, J } = inst;
  let l2 = 0;
  for (let i = 0; i < N; i++) {
    let s = 0;
    const row = i * N;
    for (let j = 0; j < N; j++) s += J[row + j] * x[j];
    g[i] = -s;
    l2 -= 0.5 * x[i] * s;
  }
  const k = wasmKernels();
  if (k) tensorGradientWasm(k, inst, x, g);
  else tensorGradient(inst, x, g);
  let xg = 0;
  for (let i = 0; i < N; i++) xg += x[i] * g[i];
  return l2 + (xg - 2 * l2) / 3;
}

/** g −= ∇(Σ_{i<j<k} K_ijk x_i x_j x_k), the reference loop (the O(N³/6) part of lossGradient). */
export function tensorGradient(inst: SpikedInstance, x: Float64Array, g: Float64Array): void {
  const { N, K } = inst;
  let idx = 0;
  for (let i = 0; i < N - 2; i++) {
    const xi = x[i];
    for (let j = i + 1; j < N - 1; j++) {
      const xj = x[j];
      const xij = xi * xj;
      let s = 0;
      for (let k = j + 1; k < N; k++) {
        const c = K[idx++];
        s += c * x[k];
        g[k] -= c * xij;
      }
      g[i] -= s * xj;
      g[j] -= s * xi;
    }
  }
}

/** tensorGradient in WebAssembly (kernels.as tensorGradient3: the same bits), K copied there once per instance. */
function tensorGradientWasm(k: WasmKernels, inst: SpikedInstance, x: Float64Array, g: Float64Array): void {
  const { N } = inst;
  const K = resident(k, inst.K);
  if (scratch?.k !== k) scratch = { k, block: new Scratch(k) };
  const xp = scratch.block.get(16 * N);
  const gp = xp + 8 * N;
  f64View(k, xp, N).set(x);
  f64View(k, gp, N).set(g);
  k.tensorGradient3(N, K, xp, gp);
  g.set(f64View(k, gp, N));
}
let scratch: { k: WasmKernels; block: Scratch } | null = null;

/**
 * The Euclidean Hessian ∇²L (N×N, row-major) at x: −J − Σ_k K_ijk x_k (symmetrised).
 */
export function lossHessian(inst: SpikedInstance, x: Float64Array, out = new Float64Array(inst.N * inst.N)): Float64Array {
  const { N, J, K } = inst;
  for (let a = 0; a < N * N; a++) out[a] = -J[a];
  let idx = 0;
  for (let i = 0; i < N - 2; i++) {
    for (let j = i + 1; j < N - 1; j++) {
      let sij = 0;
      for (let k = j + 1; k < N; k++) {
        const c = K[idx++];
        sij += c * x[k];
        out[i * N + k] -= c * x[j];
        out[j * N + k] -= c * x[i];
      }
      out[i * N + j] -= sij;
    }
  }
  // the loops filled the upper triangle; mirror it
  for (let i = 0; i < N; i++) {
    for (let j = i + 1; j < N; j++) out[j * N + i] = out[i * N + j];
  }
  return out;
}
