import { describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { prOverparam } from './overparam.ts';
import { prGfRun, prInstance, prTrajectory } from './phaseRetrieval.ts';

describe('phase retrieval: spherical gradient flow', () => {
  it('the teacher is a zero-loss fixed point, and a step decreases the loss (h small)', () => {
    const inst = prInstance(50, 3, new Rng(4));
    const x = Float64Array.from(inst.xStar);
    let L0 = NaN;
    expect(Math.abs(prGfRun(inst, x, 3, { tmax: 0, h: 0.01 }, (_t, _m, L) => (L0 = L)))).toBeCloseTo(1, 12);
    expect(L0).toBeLessThan(1e-8); // Float32 sensing vectors: y is computed from the same rounded A
    const tr = prTrajectory({ alpha: 3, N: 50, seed: 2, tmax: 2, h: 0.01 });
    for (let i = 1; i < tr.loss.length; i++) expect(tr.loss[i]).toBeLessThan(tr.loss[i - 1]);
    expect(tr.t[1] - tr.t[0]).toBeCloseTo(0.01, 14);
  });

});

describe('over-parameterised student (width m = d)', () => {
  it('interpolates at α = 1 without recovering the teacher, recovers it at α = 6', () => {
    // 2006.15459: for m ≥ d, GF reaches zero training loss at any α and the teacher iff α > 2
    const r = prOverparam({ alpha: Float64Array.of(1, 6), d: 20, width: 1, seed: 1, seeds: 2, tmax: 100, h: 0.1 });
    expect(r.train_loss[0]).toBeLessThan(1e-5);
    expect(r.recovery_error[0]).toBeGreaterThan(0.5);
    expect(r.success_rate[0]).toBe(0);
    expect(r.success_rate[1]).toBe(1);
    expect(r.recovery_error[1]).toBeLessThan(0.05);
  });
});
