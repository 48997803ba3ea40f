import { describe, expect, it } from 'vitest';
import { Rng, childSeed } from './rng.ts';

describe('seeded RNG', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(sa);
  });
  it('normal() has mean 0, variance 1, kurtosis 3 within sampling error (n = 2e5)', () => {
    const r = new Rng(7);
    const n = 200_000;
    let m1 = 0;
    let m2 = 0;
    let m4 = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      m1 += z;
      m2 += z * z;
      m4 += z ** 4;
    }
    // standard errors: 1/√n ≈ 0.0022 for the mean, √(2/n) ≈ 0.0032 for the variance, √(96/n) ≈ 0.022 for E z⁴
    expect(Math.abs(m1 / n)).toBeLessThan(5 * 0.0023);
    expect(Math.abs(m2 / n - 1)).toBeLessThan(5 * 0.0032);
    expect(Math.abs(m4 / n - 3)).toBeLessThan(5 * 0.022);
  });
  it('uniform() lies in [0,1) with mean ½', () => {
    const r = new Rng(1);
    let s = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = r.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      s += u;
    }
    // sd of the mean: 1/√(12·1e5) ≈ 0.00091
    expect(Math.abs(s / 100_000 - 0.5)).toBeLessThan(0.005);
  });
  it('child seeds give distinct streams', () => {
    const seeds = new Set(Array.from({ length: 100 }, (_, i) => childSeed(5, i)));
    expect(seeds.size).toBe(100);
  });
});
