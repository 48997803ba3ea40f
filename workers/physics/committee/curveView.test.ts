import { describe, expect, it } from 'vitest';
import { curvePanel, curvePoint, errorCeiling, type CurvePanel } from './curveView.ts';
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { erf } from '../numerics/special.ts';

const PLATEAU = Math.acos(2 / Math.PI) / Math.PI; // large-K AMP plateau, PHYSICS.md §2 (0.280332)

describe('the error ceiling of the curve figures', () => {
  it('sign: ½E[Y²] by enumerating the 2^K sign patterns of the hidden units (each 2^-K): 1/4 at K = 2, 1/2 at K = 3', () => {
    for (const K of [2, 3]) {
      let ey2 = 0;
      for (let m = 0; m < 1 << K; m++) {
        let s = 0;
        for (let k = 0; k < K; k++) s += (m >> k) & 1 ? 1 : -1;
        ey2 += Math.sign(s) ** 2 / (1 << K);
      }
      expect(errorCeiling(K, 'sign')).toBe(ey2 / 2);
    }
    expect(errorCeiling(Infinity, 'sign')).toBe(0.5);
  });
  it('erf regression: E[s²] = 2·E[erf(z/√2)²] = 2·(2/π)·arcsin(½) = 2/3, checked by 80-point Gauss-Hermite (smooth integrand: ≲ 1e-12)', () => {
    const { x, w } = gaussHermite(80);
    let avg = 0;
    for (let i = 0; i < x.length; i++) avg += w[i] * erf(x[i] / Math.SQRT2) ** 2;
    expect(Math.abs(errorCeiling(2, 'erf') - 2 * avg)).toBeLessThan(1e-10);
    expect(Math.abs(errorCeiling(2, 'erf') - (4 / Math.PI) * Math.asin(0.5))).toBeLessThan(1e-15);
  });
});

describe('curvePoint: the marker under the reader\'s α', () => {
  it('K = 1 at α = 1: ε_g = arccos(q)/π with the mpmath q = 0.4862636370 (to 1e-8)', () => {
    const p = curvePoint({ K: 1, act: 'sign', noise: 0.1, alpha: 1 })!;
    expect(p.x).toBe(1);
    expect(p.eg_bayes).toBeCloseTo(Math.acos(0.4862636370161165) / Math.PI, 8);
  });
  it('K = large below α̃_IT: the plateau arccos(2/π)/π (closed form, 1e-12)', () => {
    expect(Math.abs(curvePoint({ K: Infinity, act: 'sign', noise: 0.1, alpha: 5 })!.eg_bayes - PLATEAU)).toBeLessThan(1e-12);
  });
  it('is null off the axis (K = 1: α ≤ 20) and for pairs the SE does not cover', () => {
    expect(curvePoint({ K: 1, act: 'sign', noise: 0.1, alpha: 25 })).toBeNull();
    expect(curvePoint({ K: 3, act: 'erf', noise: 0.1, alpha: 2 })).toBeNull();
  });
});

describe('curvePanel: what figures 1 and 2 read', () => {
  it('K = 1: axis first, then thresholds (none: no transition), then the 150-point curve', () => {
    const stages: CurvePanel[] = [];
    const p = curvePanel({ K: 1, act: 'sign', noise: 0.1 }, undefined, (s) => stages.push(s));
    expect(stages.map((s) => [s.thresholds !== null, s.curve !== null])).toEqual([[false, false], [true, false]]);
    expect(p).toMatchObject({ K: 1, act: 'sign', method: 'perceptron', x_name: 'alpha', x_min: 0.05, x_max: 20, n: 150, eg_max: 0.5, notice: null });
    expect(p.marks!.lines).toEqual([]);
    expect(p.curve!.x.length).toBe(150);
    expect(p.curve!.qd_spec).toBeNull();
    // the curve is the SE: at its α grid point it matches curvePoint (cold Newton start vs warm; 1e-8)
    const i = 100;
    expect(p.curve!.eg_bayes[i]).toBeCloseTo(curvePoint({ K: 1, act: 'sign', noise: 0.1, alpha: p.curve!.x[i] })!.eg_bayes, 8);
  });
  it('K = large: α̃ axis, α̃_IT = 7.680221 (scipy, committee.test.ts; 1e-6) marked, plateau for AMP, the specialised branch', () => {
    const p = curvePanel({ K: Infinity, act: 'sign', noise: 0.1 });
    expect(p).toMatchObject({ method: 'large-K', x_name: 'alpha_over_K', x_min: 0.5, x_max: 30, n: 200 });
    const it = p.marks!.lines.find((l) => l.kind === 'it')!;
    expect(Math.abs(it.x - 7.680221270242753)).toBeLessThan(1e-6);
    expect(Math.abs(p.curve!.eg_amp[0] - PLATEAU)).toBeLessThan(1e-12);
    expect(p.curve!.qd_spec!.length).toBe(200);
  });
  it('erf at K = 3 is not covered: the notice and the erf axis (α ∈ [0.2, 40], MSE ≤ 2/3), nothing computed, no partial', () => {
    const stages: CurvePanel[] = [];
    const p = curvePanel({ K: 3, act: 'erf', noise: 0.1 }, undefined, (s) => stages.push(s));
    expect(stages).toEqual([]);
    expect(p).toMatchObject({ method: null, x_name: 'alpha', x_min: 0.2, x_max: 40, eg_max: 2 / 3 });
    expect(p.notice).toContain('implemented for K = 2 only (K = 3 selected)');
    expect(p.curve).toBeNull();
  });
});
