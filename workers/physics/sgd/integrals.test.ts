import { describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { g, gPrime, type Act } from './activations.ts';
import { erfIntegrals, integralsFor, linearIntegrals, reluIntegrals } from './integrals.ts';

// A generic covariance of L = 4 fields (2 students, 2 teachers): the Gram matrix of 4 random vectors
// in R^6 (divided by 6), i.e. what finite-N overlaps Q, R, T look like.
const L = 4;
const K = 2;
function gram(seed: number): Float64Array {
  const rng = new Rng(seed);
  const W = rng.fillNormal(new Float64Array(L * 6));
  const C = new Float64Array(L * L);
  for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) {
    let s = 0;
    for (let j = 0; j < 6; j++) s += W[a * 6 + j] * W[b * 6 + j];
    C[a * L + b] = s / 6;
  }
  return C;
}

function cholesky(C: Float64Array, n: number): Float64Array {
  const Lc = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
    let s = C[i * n + j];
    for (let k = 0; k < j; k++) s -= Lc[i * n + k] * Lc[j * n + k];
    Lc[i * n + j] = i === j ? Math.sqrt(s) : s / Lc[j * n + j];
  }
  return Lc;
}

/** Monte Carlo means and standard errors of several f(ℓ) with ℓ ~ N(0, C), from one sample stream. */
function monteCarlo(C: Float64Array, fs: ((l: Float64Array) => number)[], n: number, seed: number): { mean: number; se: number }[] {
  const ch = cholesky(C, L);
  const rng = new Rng(seed);
  const z = new Float64Array(L);
  const l = new Float64Array(L);
  const s = new Float64Array(fs.length);
  const s2 = new Float64Array(fs.length);
  for (let t = 0; t < n; t++) {
    rng.fillNormal(z);
    for (let i = 0; i < L; i++) {
      let v = 0;
      for (let k = 0; k <= i; k++) v += ch[i * L + k] * z[k];
      l[i] = v;
    }
    for (let j = 0; j < fs.length; j++) {
      const y = fs[j](l);
      s[j] += y;
      s2[j] += y * y;
    }
  }
  return fs.map((_f, j) => {
    const mean = s[j] / n;
    return { mean, se: Math.sqrt((s2[j] / n - mean * mean) / n) };
  });
}

describe.each<Act>(['erf', 'relu', 'linear'])('%s integrals against Monte Carlo', (act) => {
  const I = integralsFor(act);
  const C = gram(7);
  const cases: [string, number, (l: Float64Array) => number][] = [
    ['I2(0,3)', I.i2(C, L, 0, 3), (l) => g(act, l[0]) * g(act, l[3])],
    ['I2(1,1)', I.i2(C, L, 1, 1), (l) => g(act, l[1]) ** 2],
    ['I3(0,2,3)', I.i3(C, L, 0, 2, 3), (l) => gPrime(act, l[0]) * l[2] * g(act, l[3])],
    ['I3(1,1,0)', I.i3(C, L, 1, 1, 0), (l) => gPrime(act, l[1]) * l[1] * g(act, l[0])],
    ['I4(0,1,2,3)', I.i4(C, L, 0, 1, 2, 3), (l) => gPrime(act, l[0]) * gPrime(act, l[1]) * g(act, l[2]) * g(act, l[3])],
    ['I4(0,1,0,3)', I.i4(C, L, 0, 1, 0, 3), (l) => gPrime(act, l[0]) * gPrime(act, l[1]) * g(act, l[0]) * g(act, l[3])],
    ['I4(0,0,2,2)', I.i4(C, L, 0, 0, 2, 2), (l) => gPrime(act, l[0]) ** 2 * g(act, l[2]) ** 2],
    ['I4(1,0,3,2)', I.i4(C, L, 1, 0, 3, 2), (l) => gPrime(act, l[1]) * gPrime(act, l[0]) * g(act, l[3]) * g(act, l[2])],
    ['J2(0,1)', I.j2(C, L, 0, 1), (l) => gPrime(act, l[0]) * gPrime(act, l[1])],
  ];
  it('I2, I3, I4, J2 (distinct and coinciding slots) within 5 standard errors of 3·10⁵ samples', () => {
    const mc = monteCarlo(C, cases.map((x) => x[2]), 300_000, 11);
    cases.forEach(([name, value], j) => {
      expect(Math.abs(value - mc[j].mean), name).toBeLessThan(5 * mc[j].se + 1e-12);
    });
  });
});

describe('ReLU I4 identities (θ(x)·relu(x) = relu(x))', () => {
  const C = gram(3);
  it('I4(a,b,a,b) = I2(a,b) and I4(a,a,a,d) = I2(a,d) to rounding', () => {
    expect(reluIntegrals.i4(C, L, 0, 2, 0, 2)).toBeCloseTo(reluIntegrals.i2(C, L, 0, 2), 13);
    expect(reluIntegrals.i4(C, L, 1, 1, 1, 3)).toBeCloseTo(reluIntegrals.i2(C, L, 1, 3), 13);
  });
  it('I4(a,b,a,d) = E[θ(b) relu(a) relu(d)] is symmetric under b ↔ a-slot exchange', () => {
    expect(reluIntegrals.i4(C, L, 0, 1, 2, 3)).toBeCloseTo(reluIntegrals.i4(C, L, 1, 0, 3, 2), 14);
  });
});

describe('contracted sums equal the point-wise sums', () => {
  const C = gram(5);
  const c = Float64Array.of(0.7, 1.3, -1, -0.9);
  const sigma2 = 0.04;
  it.each([['erf', erfIntegrals], ['relu', reluIntegrals], ['linear', linearIntegrals]] as const)('%s', (_n, I) => {
    const s3 = new Float64Array(K * L);
    const s4 = new Float64Array(K * K);
    const i2 = new Float64Array(L * L);
    I.s3(C, L, K, c, s3);
    I.s4(C, L, K, c, sigma2, s4);
    I.i2Matrix(C, L, i2);
    for (let i = 0; i < K; i++) {
      for (let b = 0; b < L; b++) {
        let ref = 0;
        for (let a = 0; a < L; a++) ref += c[a] * I.i3(C, L, i, b, a);
        expect(s3[i * L + b]).toBeCloseTo(ref, 12);
      }
      for (let k = 0; k < K; k++) {
        let ref = sigma2 * I.j2(C, L, i, k);
        for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) ref += c[a] * c[b] * I.i4(C, L, i, k, a, b);
        expect(s4[i * K + k]).toBeCloseTo(ref, 12);
      }
    }
    for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) expect(i2[a * L + b]).toBeCloseTo(I.i2(C, L, a, b), 14);
  });
});
