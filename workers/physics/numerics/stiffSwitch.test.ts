import { describe, expect, it } from 'vitest';
import { dopri5, type Rhs } from './ode.ts';
import { dopri5Rkc } from './stiffSwitch.ts';

describe('dopri5Rkc', () => {
  it('is exactly DOPRI5 on a non-stiff problem (harmonic oscillator: no hand-over, same output)', () => {
    const f: Rhs = (_t, y, dy) => { dy[0] = y[1]; dy[1] = -y[0]; };
    const tOut = Float64Array.from({ length: 51 }, (_, i) => (20 * i) / 50);
    const a = dopri5Rkc(f, Float64Array.of(1, 0), tOut, { rtol: 1e-8, atol: 1e-10 });
    const b = dopri5(f, Float64Array.of(1, 0), tOut, { rtol: 1e-8, atol: 1e-10 });
    expect(a.switches).toEqual([]);
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(a.steps).toBe(b.steps);
  });

  it('hands over to RKC when a slow mode is left next to a fast one, and keeps the accuracy', () => {
    // y1' = −y1 / 100 (slow, the part being followed), y2' = −500 (y2 − y1) − y1/100 (fast, decays onto y1):
    // y1 = e^{−t/100}, y2 = y1 + (y2(0) − 1) e^{−500 t}. After the transient DOPRI5 is held at h ≈ 1.6/500.
    const f: Rhs = (_t, y, dy) => { dy[0] = -y[0] / 100; dy[1] = -500 * (y[1] - y[0]) - y[0] / 100; };
    const tOut = Float64Array.from({ length: 31 }, (_, i) => (30 * i) / 30);
    const opts = { rtol: 1e-7, atol: 1e-10 };
    const a = dopri5Rkc(f, Float64Array.of(1, 2), tOut, opts);
    const b = dopri5(f, Float64Array.of(1, 2), tOut, opts);
    expect(a.ok).toBe(true);
    expect(a.switches.length).toBeGreaterThan(0);
    let err = 0;
    for (let i = 0; i < tOut.length; i++) {
      const t = tOut[i];
      err = Math.max(err, Math.abs(a.y[2 * i] - Math.exp(-t / 100)), Math.abs(a.y[2 * i + 1] - Math.exp(-t / 100) - Math.exp(-500 * t)));
    }
    expect(err).toBeLessThan(1e-5);
    expect(a.evaluations).toBeLessThan(b.evaluations / 3);
  });
});
