import { describe, expect, it } from 'vitest';
import { eigenvalues } from './eigen.ts';

const sorted = (e: { re: Float64Array; im: Float64Array }) => Array.from(e.re, (r, i) => [r, e.im[i]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe('eigenvalues (Hessenberg + Francis QR)', () => {
  it('a 3×3 with a complex pair: the companion matrix of (x − 2)(x² + 1) = x³ − 2x² + x − 2', () => {
    // companion matrix: eigenvalues are the roots 2, ±i exactly (round-off only)
    const e = sorted(eigenvalues([2, -1, 2, 1, 0, 0, 0, 1, 0], 3));
    expect(e[0][0]).toBeCloseTo(0, 12);
    expect(Math.abs(e[0][1])).toBeCloseTo(1, 12);
    expect(e[2]).toEqual([expect.closeTo(2, 12), 0]);
  });

  it('a similarity transform of a known spectrum with repeated eigenvalues (as the symmetric Jacobians have)', () => {
    // S D S⁻¹ with D = diag(−1, −1, −1, 0.5, 3) and S unit lower-triangular with ones below the diagonal
    const n = 5;
    const d = [-1, -1, -1, 0.5, 3];
    const S = new Float64Array(n * n), Si = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) S[i * n + j] = 1;
    for (let i = 0; i < n; i++) { Si[i * n + i] = 1; if (i > 0) Si[i * n + i - 1] = -1; }
    const A = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) { let s = 0; for (let k = 0; k < n; k++) s += S[i * n + k] * d[k] * Si[k * n + j]; A[i * n + j] = s; }
    const e = sorted(eigenvalues(A, n));
    e.forEach(([re, im], i) => { expect(re).toBeCloseTo(d[i], 7); expect(im).toBeCloseTo(0, 7); });
  });
});
