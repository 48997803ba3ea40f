/** An n×d matrix through the two products GAMP needs. */
export interface GaussianDesign {
  /** out = X v (out[μ] = Σ_i X[μ, i] v[i], summed in i order) */
  times(v: Float64Array, out: Float64Array): Float64Array;
  /** out = Xᵀ u (out[i] = Σ_μ X[μ, i] u[μ], summed in μ order) */
  transposeTimes(u: Float64Array, out: Float64Array): Float64Array;
  /** release the module's memory (a no-op for the TypeScript fallback); unusable after */
  dispose(): void;
}

/**
 * A dense n×d Float32 matrix of i.i.d. Gaussian entries with its two products (GAMP's X).
 * When the WebAssembly kernels load, the matrix lives in their memory and the products run there
 * (wasm/kernels.as matVecF32/matTVecF32: the same bits as linalg.ts matVec/matTVec); otherwise it is a
 * Float32Array and the products are linalg.ts's. Either way the entries are rng.fillNormal's, so the numbers do
 * not depend on which ran. Free the module's memory with dispose() when done.
 */
import { matTVec, matVec } from './linalg.ts';
import type { Rng } from './rng.ts';
import { f64View, inChunks, Scratch, wasmKernels, type WasmKernels } from './wasm/kernels.ts';

/** Rows per kernel call (see inChunks: V8 swaps in optimised code between calls). */
const rowsPerCall = (d: number): number => Math.max(1, Math.floor((1 << 18) / Math.max(1, d)));

export class F32Matrix implements GaussianDesign {
  private disposed = false;

  private constructor(
    readonly n: number,
    readonly d: number,
    private readonly js: Float32Array | null,
    private readonly k: WasmKernels | null,
    private readonly ptr: number,
    private readonly scratch: Scratch | null,
  ) {}

  /** Entries scale·N(0, 1) from rng.fillNormal (row-major; the stream then stands after them). */
  static gaussian(n: number, d: number, rng: Rng, scale = 1): F32Matrix {
    const k = wasmKernels();
    if (!k) return new F32Matrix(n, d, rng.fillNormal(new Float32Array(n * d), scale), null, 0, null);
    const ptr = k.alloc(4 * n * d);
    rng.fillNormalF32At(k, ptr, n * d, scale);
    return new F32Matrix(n, d, null, k, ptr, new Scratch(k));
  }

  times(v: Float64Array, out: Float64Array): Float64Array {
    const { n, d, k } = this;
    if (!k) return matVec(this.js!, n, d, v, out);
    const vp = this.scratch!.get(8 * (n + d));
    const op = vp + 8 * d;
    f64View(k, vp, d).set(v);
    inChunks(n, (mu, m) => k.matVecF32(this.ptr + 4 * mu * d, m, d, vp, op + 8 * mu), rowsPerCall(d));
    out.set(f64View(k, op, n));
    return out;
  }

  transposeTimes(u: Float64Array, out: Float64Array): Float64Array {
    const { n, d, k } = this;
    if (!k) return matTVec(this.js!, n, d, u, out);
    const up = this.scratch!.get(8 * (n + d));
    const op = up + 8 * n;
    f64View(k, up, n).set(u);
    // out starts at 0 and every slice of rows adds onto it in row order: the sums of one call over all rows
    f64View(k, op, d).fill(0);
    inChunks(n, (mu, m) => k.matTVecAddF32(this.ptr + 4 * mu * d, m, d, up + 8 * mu, op), rowsPerCall(d));
    out.set(f64View(k, op, d));
    return out;
  }

  dispose(): void {
    if (this.disposed || !this.k) return;
    this.disposed = true;
    this.k.free(this.ptr);
  }
}

/**
 * The same matrix never stored: each product replays the stretch of the stream that drew it (from a copy of the
 * generator) a block of rows at a time, so the entries, and with row-wise sums the products, are F32Matrix's bit
 * for bit, in O(n + d) memory at the cost of one normal draw per entry per product. `rng` is left after the n·d
 * entries, as by F32Matrix.gaussian.
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
  const vectors = new Scratch(k);
  // blocks of rows drawn into the module's memory, in stream order; `each` gets the block's first row and size
  const blocks = (r: Rng, each: (mu: number, m: number) => void) => {
    for (let mu = 0; mu < n; mu += B) {
      const m = Math.min(B, n - mu);
      r.fillNormalF32At(k, block, m * d, scale);
      each(mu, m);
    }
  };
  blocks(rng, () => {});
  let disposed = false;
  return {
    times(v, out) {
      const vp = vectors.get(8 * (n + d));
      const op = vp + 8 * d;
      f64View(k, vp, d).set(v);
      blocks(start.clone(), (mu, m) => k.matVecF32(block, m, d, vp, op + 8 * mu));
      out.set(f64View(k, op, n));
      return out;
    },
    transposeTimes(u, out) {
      const up = vectors.get(8 * (n + d));
      const op = up + 8 * n;
      f64View(k, up, n).set(u);
      f64View(k, op, d).fill(0);
      blocks(start.clone(), (mu, m) => k.matTVecAddF32(block, m, d, up + 8 * mu, op));
      out.set(f64View(k, op, d));
      return out;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      k.free(block);
      vectors.free();
    },
  };
}
