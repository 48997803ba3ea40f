import { describe, expect, it } from 'vitest';
import { dopri5, euler, type Rhs } from './ode.ts';

// y'' = −y as a system: exact y = (cos t, −sin t) from (1, 0).
const oscillator: Rhs = (_t, y, dy) => {
  dy[0] = y[1];
  dy[1] = -y[0];
};

function maxError(res: { t: Float64Array; y: Float64Array }): number {
  let e = 0;
  for (let j = 0; j < res.t.length; j++) {
    e = Math.max(e, Math.abs(res.y[2 * j] - Math.cos(res.t[j])), Math.abs(res.y[2 * j + 1] + Math.sin(res.t[j])));
  }
  return e;
}

describe('dopri5', () => {
  it('tracks the harmonic oscillator to its tolerance, at step ends and through the dense output', () => {
    const tOut = new Float64Array(201).map((_, j) => (20 * j) / 200);
    const loose = dopri5(oscillator, Float64Array.of(1, 0), tOut, { rtol: 1e-6, atol: 1e-9 });
    const tight = dopri5(oscillator, Float64Array.of(1, 0), tOut, { rtol: 1e-11, atol: 1e-13 });
    expect(loose.ok && tight.ok).toBe(true);
    expect(loose.t.length).toBe(201);
    // global error ≈ (number of periods) × local tolerance; dense output is order 4
    expect(maxError(loose)).toBeLessThan(1e-5);
    expect(maxError(tight)).toBeLessThan(1e-9);
    // error control works: fewer steps at the loose tolerance, and far fewer than output points would need
    expect(loose.steps).toBeLessThan(tight.steps);
    expect(loose.steps).toBeLessThan(150);
  });

  it('takes large steps on a slow exponential decay over a long horizon (y = e^{−t/1000})', () => {
    const tOut = Float64Array.of(0, 1e4);
    const res = dopri5((_t, y, dy) => { dy[0] = -y[0] / 1000; }, Float64Array.of(1), tOut, { rtol: 1e-8, atol: 1e-14 });
    expect(Math.abs(res.y[1] / Math.exp(-10) - 1)).toBeLessThan(1e-6);
    expect(res.steps).toBeLessThan(200);
  });

  it('stops at an event through onStep and locates it with the dense output', () => {
    // y' = 1 − y from 0: y = 1 − e^{−t} crosses ½ at t = ln 2
    let hit = NaN;
    const probe = new Float64Array(1);
    dopri5((_t, y, dy) => { dy[0] = 1 - y[0]; }, Float64Array.of(0), Float64Array.of(0, 10), {
      rtol: 1e-10,
      atol: 1e-12,
      onStep: (t0, t1, dense) => {
        dense(t1, probe);
        if (probe[0] < 0.5) return false;
        let lo = t0;
        let hi = t1;
        for (let i = 0; i < 60; i++) {
          const mid = 0.5 * (lo + hi);
          dense(mid, probe);
          if (probe[0] < 0.5) lo = mid;
          else hi = mid;
        }
        hit = 0.5 * (lo + hi);
        return true;
      },
    });
    expect(Math.abs(hit - Math.LN2)).toBeLessThan(1e-8);
  });
});

describe('euler', () => {
  it('is first order: halving dt halves the error', () => {
    const tOut = Float64Array.of(0, 1, 2);
    const e1 = maxError(euler(oscillator, Float64Array.of(1, 0), tOut, 0.01));
    const e2 = maxError(euler(oscillator, Float64Array.of(1, 0), tOut, 0.005));
    expect(e1 / e2).toBeGreaterThan(1.9);
    expect(e1 / e2).toBeLessThan(2.1);
  });
});
