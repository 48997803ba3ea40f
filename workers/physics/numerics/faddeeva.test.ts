import { describe, expect, it } from 'vitest';
import { complexNormal, faddeevaUpper } from './faddeeva.ts';

// References: mpmath 1.x at 30 digits, w(z) = exp(−z²)·erfc(−iz), Φ(ζ) = erfc(−ζ/√2)/2.
const W: [number, number, number, number][] = [
  [0.5, 0.3, 0.6148515391469910214, 0.30312434964735105675],
  [3, 0.1, 0.0079426809987699907004, 0.20074234309867737198],
  [-2, 1.5, 0.15041543887103974762, -0.17037114276247698563],
  [0.01, 0.01, 0.98871769295495463449, 0.011085296057477264722],
  [10, 2, 0.011001556705733515587, 0.054471817098656514776],
  [-6, 0.2, 0.0032710219332206061741, -0.095282121658329108757],
  [1.2, 8, 0.068499985269343975423, 0.010123485087977880823],
  [0, 4, 0.13699945762506138989, 0.0],
];
const PHI: [number, number, number, number][] = [
  [-1.5, 2.0, -0.30521188795422512778, -0.22514760458774101361],
  [2.0, 3.0, -0.11250655441388867808, 0.79850102205977297452],
  [-5, 1, 2.1157903461042779381e-7, -4.1412393460909593944e-7],
  [0.3, -0.7, 0.64955452396529117016, -0.28820229400486903696],
  [-0.2, 4.5, -1722.6489513128972794, 1515.9109255098471619],
  [6, -2, 0.99999999326957788071, 1.778063582440282953e-9],
];

describe('Faddeeva w(z) (Weideman 1994, N = 36)', () => {
  it('matches mpmath to 1e-13 relative on the upper half plane', () => {
    const o = { re: 0, im: 0 };
    for (const [x, y, re, im] of W) {
      faddeevaUpper(x, y, o);
      expect(Math.hypot(o.re - re, o.im - im) / Math.hypot(re, im)).toBeLessThan(1e-13);
    }
  });
  it('Φ(ζ) and φ(ζ) at complex ζ match mpmath (relative 1e-13; tails without cancellation)', () => {
    const o = { cdfRe: 0, cdfIm: 0, pdfRe: 0, pdfIm: 0 };
    for (const [a, b, re, im] of PHI) {
      complexNormal(a, b, o);
      expect(Math.hypot(o.cdfRe - re, o.cdfIm - im) / Math.hypot(re, im)).toBeLessThan(1e-13);
      // φ(ζ) = exp(−ζ²/2)/√(2π) directly
      const m = Math.exp(-0.5 * (a * a - b * b)) / Math.sqrt(2 * Math.PI);
      expect(Math.abs(o.pdfRe - m * Math.cos(a * b))).toBeLessThan(1e-15 * Math.max(1, m));
    }
    // 1 − Φ(6 − 2i) is 6.7e-9: the a ≥ 0 branch keeps its imaginary part to full relative accuracy
    complexNormal(6, -2, o);
    expect(Math.abs(o.cdfIm / 1.778063582440282953e-9 - 1)).toBeLessThan(1e-12);
  });
});
