import { afterEach, describe, expect, it } from 'vitest';
import { Rng } from '../rng.ts';
import { disableWasm, wasmKernels } from './kernels.ts';
import { rowProducts, rowProductsTs, RowOperand } from './rowProducts.ts';

afterEach(() => disableWasm(false));

/** The plain dot product Σ_k A[i,k]B[j,k] in k order: every entry of every path must have its bits exactly. */
function plain(A: Float64Array, i: number, B: Float64Array, j: number, c: number): number {
  let s = 0;
  for (let k = 0; k < c; k++) s += A[i * c + k] * B[j * c + k];
  return s;
}

/**
 * Shapes that reach every edge of the WebAssembly kernel (kernels.as rowProductsF64): row counts not a multiple of
 * its 4-row tile or of the 64-row call chunk, column counts with a left-over pair and/or an odd row of B, c across
 * its 256-long k blocks (255, 256, 257, 513), and single rows, columns and k.
 */
const SHAPES = [
  [5, 7, 3], [16, 10, 9], [1, 4, 6], [2, 3, 1], [4, 4, 256], [9, 6, 257], [67, 13, 255], [130, 9, 40], [3, 2, 513], [16, 800, 20],
];

describe('rowProducts: ABᵀ in register tiles, and in WebAssembly f64x2 lanes', () => {
  it('the TypeScript tiles equal the plain dot products bit for bit, odd and even shapes, into a wider output', () => {
    const rng = new Rng(11);
    for (const [na, nb, c] of SHAPES) {
      const A = rng.fillNormal(new Float64Array(na * c));
      const B = rng.fillNormal(new Float64Array(nb * c));
      const ldo = nb + 2;
      const out = new Float64Array(na * ldo).fill(7);
      rowProductsTs(A, na, B, nb, c, out, ldo);
      for (let i = 0; i < na; i++) {
        for (let j = 0; j < nb; j++) expect(out[i * ldo + j]).toBe(plain(A, i, B, j, c));
        // the padding columns stay untouched
        expect(out[i * ldo + nb]).toBe(7);
      }
    }
  });

  it('WebAssembly gives the same bits as the plain dot products (and the TypeScript tiles): ragged shapes, upper, padding', () => {
    expect(wasmKernels()).not.toBeNull();
    const rng = new Rng(12);
    for (const [na, nb, c] of SHAPES) {
      for (const upper of [false, true]) {
        if (upper && na !== nb) continue;
        const A = rng.fillNormal(new Float64Array(na * c));
        const B = upper ? A : rng.fillNormal(new Float64Array(nb * c));
        const ldo = nb + 3;
        const len = (na - 1) * ldo + nb;
        const out = new Float64Array(len).fill(7);
        const ref = new Float64Array(len).fill(7);
        rowProducts(A, na, B, nb, c, out, ldo, upper);
        rowProductsTs(A, na, B, nb, c, ref, ldo, upper);
        for (let i = 0; i < na; i++) {
          for (let j = upper ? i : 0; j < nb; j++) {
            expect(Object.is(out[i * ldo + j], plain(A, i, B, j, c))).toBe(true);
            expect(Object.is(out[i * ldo + j], ref[i * ldo + j])).toBe(true);
          }
          for (let j = nb; j < ldo && i * ldo + j < len; j++) expect(out[i * ldo + j]).toBe(7);
        }
      }
    }
  });

  it('a packed operand reused for many products (as hmm/data.ts does with F) gives each one the plain bits; signed zeros kept', () => {
    const rng = new Rng(13);
    const [nb, c] = [11, 300];
    const B = rng.fillNormal(new Float64Array(nb * c));
    const op = new RowOperand(B, nb, c);
    try {
      for (const na of [16, 5, 1]) {
        const A = rng.fillNormal(new Float64Array(na * c));
        // a row of −0: every sum starts at +0, so +0 + (±0) is +0 in both paths
        A.fill(-0, 0, c);
        const out = new Float64Array(na * nb);
        op.products(A, na, out, nb);
        for (let i = 0; i < na; i++) for (let j = 0; j < nb; j++) expect(Object.is(out[i * nb + j], plain(A, i, B, j, c))).toBe(true);
      }
    } finally {
      op.dispose();
    }
  });

  it('without WebAssembly the operand runs the TypeScript tiles: the same numbers', () => {
    const rng = new Rng(14);
    const [na, nb, c] = [9, 10, 33];
    const A = rng.fillNormal(new Float64Array(na * c));
    const B = rng.fillNormal(new Float64Array(nb * c));
    const run = () => {
      const out = new Float64Array(na * nb);
      rowProducts(A, na, B, nb, c, out, nb);
      return Array.from(out);
    };
    const wasm = run();
    disableWasm(true);
    expect(run()).toEqual(wasm);
  });
});
