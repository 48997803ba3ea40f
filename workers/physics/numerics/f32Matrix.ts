/**
 * A dense n×d Float32 matrix of i.i.d. Gaussian entries through the two products GAMP needs, stored or streamed.
 * When the WebAssembly kernels load, the entries live in their memory and the products run there
 * (wasm/kernels.as matVecF32 / matTVecAddF32: the same bits as linalg.ts matVec / matTVec); otherwise the entries
 * are a Float32Array and the products linalg.ts's loops. Either way the entries are rng.fillNormal's, so the numbers
 * do not depend on which ran. Free the module's memory with dispose() when done.
 */
import { matTVec, matVec } from './linalg.ts';
import type { Rng } from './rng.ts';
import { f64View, inChunks, resident, Scratch, wasmKernels, type WasmKernels } from './wasm/kernels.ts';

export interface GaussianDesign {
  /** out = X v (out[μ] = Σ_i X[μ, i] v[i], summed in i order) */
  times(v: Float64Array, out: Float64Array): Float64Array;
  /** out = Xᵀ u (out[i] = Σ_μ X[μ, i] u[μ], summed in μ order) */
  transposeTimes(u: Float64Array, out: Float64Array): Float64Array;
  /** release the module's memory (a no-op for the TypeScript fallback); unusable after */
  dispose(): void;
}

/** Rows per kernel call (see inChunks: V8 swaps in optimised code between calls). */
const rowsPerCall = (d: number): number => Math.max(1, Math.floor((1 << 18) / Math.max(1, d)));

/** Visit the rows of X in order, a block at a time: each(pointer to the block's first row, its index, its row count). */
type Blocks = (each: (ptr: number, mu: number, m: number) => void) => void;

/**
 * X v and Xᵀu in the module's memory, X handed over block by block. Xᵀu zeroes out once and every block adds its
 * rows onto it in row order: the sums of one call over all rows.
 */
function wasmDesign(k: WasmKernels, n: number, d: number, blocks: Blocks, release: () => void): GaussianDesign {
  const vectors = new Scratch(k);
  let disposed = false;
  return {
    times(v, out) {
      const vp = vectors.get(8 * (n + d));
      const op = vp + 8 * d;
      f64View(k, vp, d).set(v);
      blocks((ptr, mu, m) => k.matVecF32(ptr, m, d, vp, op + 8 * mu));
      out.set(f64View(k, op, n));
      return out;
    },
    transposeTimes(u, out) {
      const up = vectors.get(8 * (n + d));
      const op = up + 8 * n;
      f64View(k, up, n).set(u);
      f64View(k, op, d).fill(0);
      blocks((ptr, mu, m) => k.matTVecAddF32(ptr, m, d, up + 8 * mu, op));
      out.set(f64View(k, op, d));
      return out;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      release();
      vectors.free();
    },
  };
}

/** The stored matrix: entries scale·N(0, 1) from rng.fillNormal (row-major; the stream then stands after them). */
export function storedGaussian(n: number, d: number, rng: Rng, scale = 1): GaussianDesign {
  const drawing = storedGaussianDrawn(n, d, rng, scale);
  for (;;) {
    const s = drawing.next();
    if (s.done) return s.value;
  }
}

/**
 * storedGaussian drawn a block of rows at a time (rowsPerCall: ~2.6·10⁵ entries, a few ms), pausing after each block
 * (a resumable computation, workers/physics/resumable.ts): the stream's normals in the same order, so the same
 * entries. Stopped before its end (return()), it frees what it drew.
 */
export function* storedGaussianDrawn(n: number, d: number, rng: Rng, scale = 1): Generator<undefined, GaussianDesign, void> {
  const k = wasmKernels();
  const B = rowsPerCall(d);
  if (!k) {
    const X = new Float32Array(n * d);
    for (let mu = 0; mu < n; mu += B) {
      rng.fillNormal(X.subarray(mu * d, Math.min(n, mu + B) * d), scale);
      yield;
    }
    return { times: (v, out) => matVec(X, n, d, v, out), transposeTimes: (u, out) => matTVec(X, n, d, u, out), dispose() {} };
  }
  const X = k.alloc(4 * n * d);
  let drawn = false;
  try {
    for (let mu = 0; mu < n; mu += B) {
      rng.fillNormalF32At(k, X + 4 * mu * d, Math.min(B, n - mu) * d, scale);
      yield;
    }
    drawn = true;
  } finally {
    if (!drawn) k.free(X);
  }
  return wasmDesign(k, n, d, (each) => inChunks(n, (mu, m) => each(X + 4 * mu * d, mu, m), B), () => k.free(X));
}

/**
 * The same matrix never stored: each product replays the stretch of the stream that drew it (from a copy of the
 * generator) a block of rows at a time, so the entries, and with row-wise sums the products, are storedGaussian's
 * bit for bit, in O(n + d) memory at the cost of one normal draw per entry per product. `rng` is left after the
 * n·d entries, as by storedGaussian.
 */
export function streamedGaussian(n: number, d: number, rng: Rng, scale = 1): GaussianDesign {
  const start = rng.clone();
  const k = wasmKernels();
  if (!k) {
    for (let j = 0; j < n * d; j++) rng.normal();
    const row = new Float32Array(d);
    const rows = (each: (mu: number) => void) => {
      const r = start.clone();
      for (let mu = 0; mu < n; mu++) {
        r.fillNormal(row, scale);
        each(mu);
      }
    };
    return {
      times(v, out) {
        rows((mu) => {
          let s = 0;
          for (let i = 0; i < d; i++) s += row[i] * v[i];
          out[mu] = s;
        });
        return out;
      },
      transposeTimes(u, out) {
        out.fill(0);
        rows((mu) => {
          const c = u[mu];
          if (c !== 0) for (let i = 0; i < d; i++) out[i] += row[i] * c;
        });
        return out;
      },
      dispose() {},
    };
  }
  const B = rowsPerCall(d);
  const block = k.alloc(4 * B * d);
  // blocks of rows drawn into the module's memory in stream order
  const drawn = (r: Rng): Blocks => (each) => {
    for (let mu = 0; mu < n; mu += B) {
      const m = Math.min(B, n - mu);
      r.fillNormalF32At(k, block, m * d, scale);
      each(block, mu, m);
    }
  };
  drawn(rng)(() => {});
  return wasmDesign(k, n, d, (each) => drawn(start.clone())(each), () => k.free(block));
}

/**
 * An existing Float32 matrix (row-major n×d) through the same two products: in the module's memory (copied once
 * while X lives, wasm/kernels.ts resident) when the kernels load, linalg.ts's loops otherwise — the same bits.
 */
export function f32Design(X: Float32Array, n: number, d: number): GaussianDesign {
  const k = wasmKernels();
  if (!k) return { times: (v, out) => matVec(X, n, d, v, out), transposeTimes: (u, out) => matTVec(X, n, d, u, out), dispose() {} };
  const ptr = resident(k, X);
  return wasmDesign(k, n, d, (each) => inChunks(n, (mu, m) => each(ptr + 4 * mu * d, mu, m), rowsPerCall(d)), () => {});
}
