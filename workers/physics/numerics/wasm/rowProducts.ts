/**
 * ABᵀ for row-major A (na×c) and B (nb×c): out[i·ldo + j] = Σ_k A[i·c + k]·B[j·c + k], the dense product the
 * hidden manifold model's finite-size costs are made of (the pre-activations CFᵀ of hmm/data.ts, the Gram matrix of
 * hmm/exactRidge.ts; the same kernel does erm/linearSolvers.ts's Cholesky updates). Tiles of two
 * rows of A × four rows of B keep eight running sums over one pass of k (six loads for eight multiply-adds,
 * against five for four one row of A at a time: 1.5× faster in V8 at 800 × 400). Every sum runs over k = 0..c−1
 * in order, so each entry has the bits of the plain dot product, whatever the tiling.
 * `upper`: A = B and only j ≥ i is needed (a Gram matrix); tiles start at the diagonal, so a few entries below it
 * are written too.
 * With WebAssembly (kernels.as rowProductsF64) the same sums run in f64x2 lanes, bit for bit.
 */
import { f64View, Scratch, wasmKernels, type WasmKernels } from './kernels.ts';

export function rowProducts(
  A: Float64Array, na: number, B: Float64Array, nb: number, c: number,
  out: Float64Array, ldo: number, upper = false, beat?: (fraction: number) => void,
): void {
  const rows = new RowOperand(B, nb, c);
  try {
    rows.products(A, na, out, ldo, upper, beat);
  } finally {
    rows.dispose();
  }
}

let rowKernelOff = false;

/** Force the TypeScript path of rowProducts and of erm's Cholesky only (true), for the benchmarks' baseline. */
export function disableRowKernel(off: boolean): void {
  rowKernelOff = off;
}

/** The kernels for ABᵀ, or null: then the TypeScript tiles (or the Cholesky's column loop). */
export function rowKernels(): WasmKernels | null {
  return rowKernelOff ? null : wasmKernels();
}

/** Rows of A per kernel call (a multiple of 4, the kernel's tile height): a heartbeat between calls. */
const CHUNK = 64;

/**
 * B (nb×c, row-major) as the right operand of many products ABᵀ (data.ts multiplies every block of latents by the
 * same F): packed once into the WebAssembly kernel's layout (kernels.as rowProductsF64: pairs of rows, k-major),
 * f64x2 SIMD with the TypeScript tiles' bits; the TypeScript tiles where WebAssembly is missing. The B given must
 * not change while this lives; dispose() frees the module memory.
 */
export class RowOperand {
  private readonly k: WasmKernels | null;
  private bp = 0;
  private readonly scratch: Scratch | null;

  constructor(private readonly B: Float64Array, private readonly nb: number, private readonly c: number) {
    this.k = rowKernels();
    this.scratch = this.k && new Scratch(this.k);
    if (!this.k) return;
    this.bp = this.k.alloc(nb * c * 8);
    packRowPairs(B, 0, c, nb, c, f64View(this.k, this.bp, nb * c), 1);
  }

  /** out[i·ldo + j] = Σ_k A[i·c + k]·B[j·c + k] for A na×c (see rowProducts). */
  products(A: Float64Array, na: number, out: Float64Array, ldo: number, upper = false, beat?: (fraction: number) => void): void {
    const { k, nb, c } = this;
    if (na === 0) return;
    if (!k || !this.scratch || c === 0) {
      rowProductsTs(A, na, this.B, nb, c, out, ldo, upper, beat);
      return;
    }
    const aBytes = na * c * 8;
    const oLen = (na - 1) * ldo + nb;
    const base = this.scratch.get(aBytes + oLen * 8);
    const pa = base;
    const po = base + aBytes;
    f64View(k, pa, na * c).set(A.subarray(0, na * c));
    // the kernel writes only the entries it forms: the rest of out keeps what the caller had there
    f64View(k, po, oLen).set(out.subarray(0, oLen));
    for (let i = 0; i < na; i += CHUNK) {
      k.rowProductsF64(pa, c, i, Math.min(na, i + CHUNK), this.bp, nb, c, po, ldo, upper ? 1 : 0, 0);
      beat?.(Math.min(na, i + CHUNK) / na);
    }
    out.set(f64View(k, po, oLen), 0);
  }

  dispose(): void {
    if (this.k && this.bp) this.k.free(this.bp);
    this.bp = 0;
    this.scratch?.free();
  }
}

/**
 * Rows r = 0..nb−1 of a matrix (row r's c entries at src[s0 + r·lds + k]), times `sign`, into the kernel's layout:
 * pairs of rows k-major ([row 2q, k], [row 2q+1, k] side by side), an odd last row plain after them.
 */
export function packRowPairs(src: Float64Array, s0: number, lds: number, nb: number, c: number, dst: Float64Array, sign: 1 | -1): void {
  for (let q = 0; q < nb >> 1; q++) {
    const r0 = s0 + 2 * q * lds;
    const r1 = r0 + lds;
    const o = 2 * q * c;
    for (let k = 0; k < c; k++) {
      dst[o + 2 * k] = sign * src[r0 + k];
      dst[o + 2 * k + 1] = sign * src[r1 + k];
    }
  }
  if (nb & 1) for (let k = 0, r = s0 + (nb - 1) * lds, o = (nb - 1) * c; k < c; k++) dst[o + k] = sign * src[r + k];
}

/** The TypeScript tiles: the reference the kernel is tested against, and the fallback. */
export function rowProductsTs(
  A: Float64Array, na: number, B: Float64Array, nb: number, c: number,
  out: Float64Array, ldo: number, upper = false, beat?: (fraction: number) => void,
): void {
  let i = 0;
  for (; i + 1 < na; i += 2) {
    const a = i * c;
    const b = a + c;
    let j = upper ? i : 0;
    for (; j + 3 < nb; j += 4) {
      const c0 = j * c;
      const c1 = c0 + c;
      const c2 = c1 + c;
      const c3 = c2 + c;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let b0 = 0;
      let b1 = 0;
      let b2 = 0;
      let b3 = 0;
      for (let k = 0; k < c; k++) {
        const x = A[a + k];
        const y = A[b + k];
        const g0 = B[c0 + k];
        const g1 = B[c1 + k];
        const g2 = B[c2 + k];
        const g3 = B[c3 + k];
        a0 += x * g0;
        a1 += x * g1;
        a2 += x * g2;
        a3 += x * g3;
        b0 += y * g0;
        b1 += y * g1;
        b2 += y * g2;
        b3 += y * g3;
      }
      const r0 = i * ldo + j;
      const r1 = r0 + ldo;
      out[r0] = a0;
      out[r0 + 1] = a1;
      out[r0 + 2] = a2;
      out[r0 + 3] = a3;
      out[r1] = b0;
      out[r1 + 1] = b1;
      out[r1 + 2] = b2;
      out[r1 + 3] = b3;
    }
    for (; j < nb; j++) {
      out[i * ldo + j] = dot(A, a, B, j * c, c);
      out[(i + 1) * ldo + j] = dot(A, b, B, j * c, c);
    }
    if (beat && i % 32 === 0) beat(i / na);
  }
  for (; i < na; i++) for (let j = upper ? i : 0; j < nb; j++) out[i * ldo + j] = dot(A, i * c, B, j * c, c);
}

function dot(A: Float64Array, a: number, B: Float64Array, b: number, c: number): number {
  let s = 0;
  for (let k = 0; k < c; k++) s += A[a + k] * B[b + k];
  return s;
}
