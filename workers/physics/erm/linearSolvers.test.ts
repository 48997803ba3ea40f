// choleskySolve's WebAssembly panels (choleskyPanels) against its TypeScript columns (choleskyColumns, what runs
// without WebAssembly and below 32 unknowns): the panels subtract the same terms in the same order, so the reference
// is the column result itself and the tolerance zero — factor (both triangles) and solution, bit for bit.
import { afterEach, describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { disableWasm, wasmKernels } from '../numerics/wasm/kernels.ts';
import { choleskySolve } from './linearSolvers.ts';

afterEach(() => disableWasm(false));

/** XXᵀ/c + λI for X k×c Gaussian: symmetric positive definite, cond ≈ ((1 + √(k/c))/(1 − √(k/c)))² (Marchenko–Pastur). */
function spd(k: number, c: number, lambda: number, rng: Rng): Float64Array {
  const X = rng.fillNormal(new Float64Array(k * c));
  const A = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let l = 0; l < c; l++) s += X[i * c + l] * X[j * c + l];
      A[i * k + j] = A[j * k + i] = s / c + (i === j ? lambda : 0);
    }
  return A;
}

function both(A: Float64Array, k: number, b: Float64Array) {
  const At = A.slice();
  const Aw = A.slice();
  disableWasm(true);
  const xt = choleskySolve(At, k, b);
  disableWasm(false);
  const xw = choleskySolve(Aw, k, b);
  return { At, Aw, xt, xw };
}

describe('choleskySolve: WebAssembly panels and TypeScript columns', () => {
  // k across the panel width 16 and the kernel's 4-row and 4-column tiles; 32 is the first size that takes panels
  for (const k of [32, 33, 47, 50, 129]) {
    it(`k = ${k}: the same factor and solution bit for bit, and A x = b to 1e-12 relative`, () => {
      expect(wasmKernels()).not.toBeNull();
      const rng = new Rng(k);
      const A = spd(k, 2 * k, 0.01, rng);
      const b = rng.fillNormal(new Float64Array(k));
      const { At, Aw, xt, xw } = both(A, k, b);
      expect(xt).not.toBeNull();
      expect(Array.from(Aw).every((v, i) => Object.is(v, At[i]))).toBe(true);
      expect(Array.from(xw!).every((v, i) => Object.is(v, xt![i]))).toBe(true);
      // an independent check of the solve: the residual, at cond ≲ 40 (k/c = 1/2), well under 1e-12·|b|
      let r2 = 0;
      let b2 = 0;
      for (let i = 0; i < k; i++) {
        let s = -b[i];
        for (let j = 0; j < k; j++) s += A[i * k + j] * xw![j];
        r2 += s * s;
        b2 += b[i] * b[i];
      }
      expect(Math.sqrt(r2 / b2)).toBeLessThan(1e-12);
    });
  }

  it('a matrix that is not positive definite gives null on both paths (the pivot fails past the first panel)', () => {
    const k = 40;
    const A = spd(k, 2 * k, 0.01, new Rng(5));
    // the 35th diagonal entry negated: its pivot goes negative
    A[35 * k + 35] -= 2 * A[35 * k + 35];
    const { xt, xw } = both(A, k, new Float64Array(k).fill(1));
    expect(xt).toBeNull();
    expect(xw).toBeNull();
  });
});
