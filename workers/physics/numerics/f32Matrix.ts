/**
 * A dense n×d Float32 matrix of i.i.d. Gaussian entries with its two products (GAMP's X, phase retrieval's A).
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

export class F32Matrix {
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

  /** out = X v (out[μ] = Σ_i X[μ, i] v[i], summed in i order) */
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

  /** out = Xᵀ u (out[i] = Σ_μ X[μ, i] u[μ], summed in μ order) */
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

  /** Release the module's memory (a no-op for the TypeScript fallback); the matrix is unusable after. */
  dispose(): void {
    if (this.disposed || !this.k) return;
    this.disposed = true;
    this.k.free(this.ptr);
  }
}
