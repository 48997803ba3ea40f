import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { H, logH, millsPhi, erf, erfc, Phi, logCosh, logAddExp } from './special.ts';

// References: mpmath 1.3 at 50 digits, H(x) = erfc(x/√2)/2 and log thereof (printed to 20 digits).
const REF: [number, number, number][] = [
  [-10, 1.0, -7.619853024160526066e-24],
  [-5, 0.99999971334842812081, -2.8665161296376359338e-7],
  [-2, 0.9772498680518207928, -0.023012909328963488465],
  [-1, 0.84134474606854294859, -0.17275377902344988953],
  [-0.5, 0.69146246127401310364, -0.36894641528865639307],
  [-0.1, 0.53982783727702898367, -0.61650501011502628874],
  [0, 0.5, -0.69314718055994530942],
  [0.1, 0.46017216272297101633, -0.77615459273027332557],
  [0.3, 0.38208857781104736693, -0.96210281816885065666],
  [0.5, 0.30853753872598689636, -1.1759117615936186089],
  [1, 0.15865525393145705141, -1.8410216450092635058],
  [1.5, 0.066807201268858066004, -2.705944400823889807],
  [2, 0.0227501319481792072, -3.7831843336820319488],
  [3, 0.0013498980316300945267, -6.6077262215103495433],
  [5, 2.8665157187919391167e-7, -15.064998393988725736],
  [8, 6.2209605742717841235e-16, -35.013437159914549896],
  [10, 7.619853024160526066e-24, -53.231285150512470578],
  [20, 2.7536241186062336951e-89, -203.91715537109726394],
  [30, 4.9067139271481870595e-198, -454.32124395634319711],
];

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('H(x) = Φ(−x)', () => {
  it('matches 50-digit values to 1e-12 relative in the body and far tail', () => {
    for (const [x, h] of REF) expect(rel(H(x), h), `H(${x})`).toBeLessThan(1e-12);
  });
  it('log H matches to 1e-12 relative, including x = 40 where H underflows', () => {
    for (const [x, , lh] of REF) if (lh !== 0) expect(rel(logH(x), lh), `logH(${x})`).toBeLessThan(1e-12);
    // H(40) = 3.6558935409150297037e-350 is below the double range; log H(40) must still be right.
    expect(rel(logH(40), -804.60844201375378817)).toBeLessThan(1e-13);
    // asymptotics: log H(x) + x²/2 + log(x√(2π)) = log(1 − 1/x² + 3/x⁴ − …) = −1/x² + 5/(2x⁴) + O(x⁻⁶)
    const x = 40;
    expect(logH(x) + (x * x) / 2 + Math.log(x * Math.sqrt(2 * Math.PI))).toBeCloseTo(-1 / x ** 2 + 2.5 / x ** 4, 8); // next term −(37/3)/x⁶ ≈ −3e-9
  });
  it('symmetry H(x) + H(−x) = 1 and Phi consistency', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
        expect(Math.abs(H(x) + H(-x) - 1)).toBeLessThan(2e-16 * 4);
        expect(Phi(x)).toBe(H(-x));
      }),
    );
  });
});

describe('erf, erfc', () => {
  it('are odd / complementary and reproduce known values', () => {
    // erf(1) = 0.8427007929497148693 (mpmath)
    expect(rel(erf(1), 0.8427007929497148693)).toBeLessThan(1e-15);
    expect(rel(erfc(3), 2.2090496998585441373e-5)).toBeLessThan(1e-14);
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
        expect(erf(-x)).toBe(-erf(x));
        expect(Math.abs(erf(x) + erfc(x) - 1)).toBeLessThan(1e-15);
      }),
    );
  });
});

describe('millsPhi = φ/Φ', () => {
  // mpmath: npdf(x)/ncdf(x) at 40 digits
  const M: [number, number][] = [
    [-30, 30.033259667433677037],
    [-8, 8.1213681122361126807],
    [-1, 1.5251352761609812091],
    [0, 0.79788456080286535588],
    [0.2, 0.67507317979029195726],
    [1, 0.28759997093917836123],
    [3, 0.0044378390421256637933],
    [10, 7.6945986267064193463e-23],
  ];
  it('is accurate where φ and Φ both underflow', () => {
    for (const [x, v] of M) expect(rel(millsPhi(x), v), `x=${x}`).toBeLessThan(1e-12);
    // asymptotics for x → −∞: φ/Φ = −x − 1/x + 2/x³ + O(x⁻⁵)
    expect(millsPhi(-1e3)).toBeCloseTo(1e3 + 1e-3 - 2e-9, 9);
    expect(Number.isFinite(millsPhi(-1e6))).toBe(true);
  });
});

describe('log-domain helpers', () => {
  it('logCosh and logAddExp do not overflow', () => {
    expect(logCosh(1000)).toBeCloseTo(1000 - Math.LN2, 10);
    expect(rel(logCosh(0.3), Math.log(Math.cosh(0.3)))).toBeLessThan(1e-14);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 10);
    expect(logAddExp(-Infinity, 2)).toBe(2);
  });
});
