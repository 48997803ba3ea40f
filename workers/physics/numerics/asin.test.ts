import { describe, expect, it } from 'vitest';
import { asinClamped } from './asin.ts';

// mpmath 1.x at 30 digits, asin(mpf(float(x))) (the double nearest the literal, as JavaScript parses it).
const MP: [number, number][] = [
  [0.3, 0.30469265401539749633],
  [-0.7, -0.77539749661075300156],
  [0.70710678, 0.78539816171941677444],
  [0.9999, 1.5566540733173845204],
  [1e-8, 1.0000000000000000376e-8],
  [-0.99999999999, -1.5707918546587566028],
];

const rel = (a: number, b: number): number => (b === 0 ? Math.abs(a) : Math.abs(a / b - 1));

describe('asinClamped (table + series)', () => {
  it('matches mpmath to 1e-15 relative', () => {
    for (const [x, ref] of MP) expect(rel(asinClamped(x), ref)).toBeLessThan(1e-15);
  });

  it('matches Math.asin (fdlibm, < 1 ulp) to 1e-15 relative on [−1, 1]: a uniform grid, the branch switch at 1/√2, near ±1 and near 0', () => {
    const xs: number[] = [-1, 1, 0, Math.SQRT1_2, -Math.SQRT1_2, Math.SQRT1_2 * (1 + 1e-15), 5e-324];
    const n = 200_000;
    for (let i = 0; i <= n; i++) xs.push(-1 + (2 * i) / n);
    for (let k = 1; k <= 1000; k++) {
      const e = Math.pow(2, (-53 * k) / 1000);
      xs.push(1 - e, -(1 - e), Math.pow(2, (-1000 * k) / 1000));
    }
    let worst = 0;
    for (const x of xs) worst = Math.max(worst, rel(asinClamped(x), Math.asin(x)));
    expect(worst).toBeLessThan(1e-15);
    expect(asinClamped(1)).toBe(Math.PI / 2);
    expect(asinClamped(-1)).toBe(-Math.PI / 2);
  });

  it('clamps round-off overshoot beyond ±1 to ±π/2 and propagates NaN', () => {
    expect(asinClamped(1 + 4 * Number.EPSILON)).toBe(Math.PI / 2);
    expect(asinClamped(-1.5)).toBe(-Math.PI / 2);
    expect(asinClamped(NaN)).toBeNaN();
  });
});
