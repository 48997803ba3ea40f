import { describe, expect, it } from 'vitest';
import { Rng } from './rng.ts';
import { symEig } from './symEig.ts';

function randomSymmetric(n: number, seed: number): Float64Array {
  const rng = new Rng(seed);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) a[i * n + j] = a[j * n + i] = rng.normal();
  return a;
}

describe('symEig (Householder + implicit QL)', () => {
  it('diagonalises a random symmetric matrix: A v = λ v, VᵀV = I, trace and Frobenius norm kept', () => {
    for (const n of [1, 2, 7, 60]) {
      const a = randomSymmetric(n, 11 + n);
      const { values, vectors } = symEig(a, n);
      let tr = 0;
      let fro = 0;
      for (let i = 0; i < n; i++) {
        tr += a[i * n + i];
        for (let j = 0; j < n; j++) fro += a[i * n + j] ** 2;
      }
      let sumL = 0;
      let sumL2 = 0;
      for (let k = 0; k < n; k++) {
        sumL += values[k];
        sumL2 += values[k] ** 2;
        if (k > 0) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
        // residual |A v − λ v|∞ (backward stable: O(n ε ‖A‖))
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let j = 0; j < n; j++) s += a[i * n + j] * vectors[j * n + k];
          expect(Math.abs(s - values[k] * vectors[i * n + k])).toBeLessThan(1e-11);
        }
        for (let l = k; l < n; l++) {
          let s = 0;
          for (let i = 0; i < n; i++) s += vectors[i * n + k] * vectors[i * n + l];
          expect(Math.abs(s - (k === l ? 1 : 0))).toBeLessThan(1e-12);
        }
      }
      expect(sumL).toBeCloseTo(tr, 10);
      expect(sumL2).toBeCloseTo(fro, 9);
    }
  });

  it('known spectra: the path-graph Laplacian-like tridiagonal 2 − 2cos(kπ/(n+1)), and a degenerate matrix', () => {
    // tridiag(−1, 2, −1) has eigenvalues 2 − 2cos(kπ/(n+1)), k = 1..n (closed form)
    const n = 30;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      a[i * n + i] = 2;
      if (i > 0) a[i * n + i - 1] = a[(i - 1) * n + i] = -1;
    }
    const { values } = symEig(a, n);
    for (let k = 1; k <= n; k++) expect(values[k - 1]).toBeCloseTo(2 - 2 * Math.cos((k * Math.PI) / (n + 1)), 13);
    // I + 11ᵀ (n = 5): eigenvalue 6 once and 1 four times
    const b = new Float64Array(25).fill(1);
    for (let i = 0; i < 5; i++) b[i * 5 + i] = 2;
    const r = symEig(b, 5);
    expect(Array.from(r.values).map((v) => Number(v.toFixed(12)))).toEqual([1, 1, 1, 1, 6]);
  });
});
