import { describe, expect, it } from 'vitest';
import { Rng } from './rng.ts';
import { drain } from '../resumable.ts';
import { symEig, symEigStream } from './symEig.ts';

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

/** FNV-1a of the bytes of a Float64Array: the bits of a result in 8 hex digits */
function bitsOf(a: Float64Array): string {
  let h = 0x811c9dc5;
  for (const b of new Uint8Array(a.buffer, a.byteOffset, a.byteLength)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** random symmetric matrices of several sizes and degenerate spectra, each with the bits of symEig's values and vectors before it was resumable (main 0e16d39) */
function cases(): [string, Float64Array, number, string, string][] {
  const onesPlusI = new Float64Array(25).fill(1);
  for (let i = 0; i < 5; i++) onesPlusI[i * 5 + i] = 2;
  const identity = new Float64Array(100);
  for (let i = 0; i < 10; i++) identity[i * 10 + i] = 1;
  const diag = new Float64Array(36);
  [3, 1, 3, -2, 1, 3].forEach((v, i) => (diag[i * 6 + i] = v));
  return [
    ['random 1', randomSymmetric(1, 101), 1, 'c77f1746', '8c6a9878'],
    ['random 2', randomSymmetric(2, 102), 2, '6b5eda1e', '1e4fcb19'],
    ['random 3', randomSymmetric(3, 103), 3, '337c082d', '4e0899db'],
    ['random 7', randomSymmetric(7, 107), 7, '19f3e560', '4a3f0ee0'],
    ['random 60', randomSymmetric(60, 160), 60, 'a1bdaef5', '3850b3fe'],
    ['random 150', randomSymmetric(150, 250), 150, '5396a52a', '29878199'],
    ['I + 11ᵀ (eigenvalue 1 four times)', onesPlusI, 5, '489464a0', '3a559654'],
    ['zero (the reduction’s scale = 0 branch)', new Float64Array(16), 4, '0b2ae445', 'b31cef05'],
    ['identity 10', identity, 10, '22a24ca5', '23094fa5'],
    ['diagonal with repeats', diag, 6, 'd78d9e5d', '3b08f925'],
  ];
}

describe('symEigStream (resumable)', () => {
  it('drained, gives the bits of symEig before it was cut into pauses', () => {
    for (const [name, a, n, values, vectors] of cases()) {
      const r = drain(symEigStream(a, n));
      expect([name, bitsOf(r.values), bitsOf(r.vectors)]).toEqual([name, values, vectors]);
      expect(symEig(a, n)).toEqual(r);
    }
  });

  it('pauses often (a few ms of work at most between two), with progress rising to 1, and offers no snapshot', () => {
    const n = 200;
    const stream = symEigStream(randomSymmetric(n, 7), n, (f) => fractions.push(f));
    const fractions: number[] = [];
    let pauses = 0;
    for (let s = stream.next(); !s.done; s = stream.next()) {
      pauses++;
      expect(s.value).toBeUndefined();
    }
    // ~(7/3)n³ multiply-adds in pauses of 2·10⁵: ~100 of them
    expect(pauses).toBeGreaterThan(50);
    expect(fractions.at(-1)).toBe(1);
    for (let k = 1; k < fractions.length; k++) expect(fractions[k]).toBeGreaterThanOrEqual(fractions[k - 1]);
    // the estimate is honest: no stretch of the decomposition reports more than a third of it at once
    expect(Math.max(...fractions.map((f, k) => f - (fractions[k - 1] ?? 0)))).toBeLessThan(1 / 3);
  });

  it('return() stops it at a pause (a cancel)', () => {
    const stream = symEigStream(randomSymmetric(100, 3), 100);
    stream.next();
    expect(stream.return(undefined as never).done).toBe(true);
    expect(stream.next().done).toBe(true);
  });
});
