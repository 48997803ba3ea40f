import { describe, expect, it } from 'vitest';
import { clipEg, curveOdeOptions, EG_FLOOR, RELU_MAX_STEPS, sgdCurve, stoppedAt } from './curve.ts';
import { plateauMarks } from './plateauExit.ts';
import { sgdOde } from './sgdOde.ts';
import type { SgdParams } from './setup.ts';

// PHYSICS.md §3 reference start (erf, K = M = 2, η = 0.5, σ = 0): ε* = 0.01467701966, within 1 % of it for α ≈ 11.8 … 100.
const reference: SgdParams = {
  K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0, both: 0,
  initial: { Q: [1.0187e-3, 1.7091e-5, 1.7091e-5, 1.0149e-3], R: [3.1466e-4, 6.5006e-4, 1.9904e-4, -5.1413e-4] },
};
const EPS_STAR = 0.01467701966;

describe('ε_g for log axes', () => {
  it('clipEg raises round-off below EG_FLOOR and keeps NaN (not reached)', () => {
    expect(Array.from(clipEg(Float64Array.of(-1e-12, 0, 0.5, NaN)))).toEqual([EG_FLOOR, EG_FLOOR, 0.5, NaN]);
  });
  it('stoppedAt: null when every point is finite, else the last finite α (0 if none)', () => {
    const a = Float64Array.of(1, 2, 3);
    expect(stoppedAt(a, Float64Array.of(0.3, 0.2, 0.1))).toBeNull();
    expect(stoppedAt(a, Float64Array.of(0.3, 0.2, NaN))).toBe(2);
    expect(stoppedAt(a, Float64Array.of(NaN, NaN, NaN))).toBe(0);
  });
  it('ReLU curves get the step budget, the others none', () => {
    expect(curveOdeOptions({ act: 'relu' }, { alphaMin: 0.1 })).toEqual({ maxSteps: RELU_MAX_STEPS, alphaMin: 0.1 });
    expect(curveOdeOptions({ act: 'erf' })).toEqual({});
  });
});

describe('sgdCurve: one solve for ε_g, Q, R, v and the plateau marks', () => {
  const c = sgdCurve(reference, 1000, 80, 0.1);

  it('is the ODE of sgdOde on the same grid (the same solve, ε_g clipped)', () => {
    const ode = sgdOde(reference, 1000, 80, undefined, { alphaMin: 0.1 });
    expect(c.alpha).toEqual(ode.alpha);
    expect(c.eg).toEqual(clipEg(ode.eg));
    expect(c.Q).toEqual(ode.Q);
    expect(c.R).toEqual(ode.R);
    expect(c.v_trained).toBe(false);
    expect(c.stopped_at).toBeNull();
  });

  it('sits within 1 % of ε* on the plateau (α from ≈ 11.8 to ≈ 100, PHYSICS.md) and carries its marks', () => {
    let n = 0;
    for (let j = 0; j < c.alpha.length; j++) {
      if (c.alpha[j] > 12 && c.alpha[j] < 100) {
        expect(Math.abs(c.eg[j] / EPS_STAR - 1)).toBeLessThan(0.01);
        n++;
      }
    }
    expect(n).toBeGreaterThan(10);
    expect(c.plateau).toEqual(plateauMarks(reference, 1000));
  });
});
