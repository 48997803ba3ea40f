import { describe, expect, it } from 'vitest';
import { losses } from '../erm/losses.ts';
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { sigmoid } from '../numerics/special.ts';
import { lossHats, lossTrainLoss } from './channelLoss.ts';
import { squareHats, squareTrainLoss } from './channelSquare.ts';

/**
 * The two-dimensional form of the same averages (ν* on the half-line by Gauss-Legendre, η by Gauss-Hermite,
 * ω = mν* + sη, s = √(q − m²)), with ∂prox instead of integration by parts: an independent reference.
 */
function reference(V: number, q: number, m: number, nNu: number, nEta: number) {
  const gl = gaussLegendre(nNu);
  const gh = gaussHermite(nEta);
  const s = Math.sqrt(q - m * m);
  const l = losses.logistic;
  let f2 = 0;
  let df = 0;
  let fm = 0;
  for (let i = 0; i < nNu; i++) {
    const nu = 4.25 * (gl.x[i] + 1);
    const wn = 2 * 4.25 * gl.w[i] * Math.exp(-0.5 * nu * nu) / Math.sqrt(2 * Math.PI);
    for (let j = 0; j < nEta; j++) {
      const w = m * nu + s * gh.x[j];
      const f = (l.prox(1, w, V) - w) / V;
      f2 += wn * gh.w[j] * f * f;
      df += (wn * gh.w[j] * (l.dprox(1, w, V) - 1)) / V;
    }
  }
  for (let j = 0; j < nEta; j++) fm += (gh.w[j] * (l.prox(1, s * gh.x[j], V) - s * gh.x[j])) / V;
  return { Vhat: -df, qhat: f2, mhat: Math.sqrt(2 / Math.PI) * fm };
}

describe('output channel through the prox (channelLoss.ts)', () => {
  it('square loss: equals the closed form of channelSquare.ts (1e-12)', () => {
    for (const o of [{ V: 0.7, q: 0.9, m: 0.6 }, { V: 30, q: 200, m: 8 }, { V: 0.01, q: 1.2, m: 1.05 }]) {
      const a = lossHats(losses.square, 2, o);
      const b = squareHats(2, o);
      expect(Math.abs(a.Vhat / b.Vhat - 1)).toBeLessThan(1e-12);
      expect(Math.abs(a.qhat / b.qhat - 1)).toBeLessThan(1e-12);
      expect(Math.abs(a.mhat / b.mhat - 1)).toBeLessThan(1e-12);
      expect(Math.abs(lossTrainLoss(losses.square, o) / squareTrainLoss(o) - 1)).toBeLessThan(1e-12);
    }
  });

  // (V, q, m) along the chapter's range: λ = 1 … 1e-4 fixed points at γ = 0.5 (q grows as λ falls)
  const points = [{ V: 1.4, q: 2.9, m: 1.2 }, { V: 6.5, q: 15.2, m: 2.5 }, { V: 40, q: 170, m: 6 }];
  for (const o of points) {
    it(`logistic at V = ${o.V}, q = ${o.q}: against the 200 × 400-node two-dimensional reference (1e-6)`, () => {
      // the reference's own error at q = 170 is ~1e-6 (120 × 240 nodes vs 200 × 400 moves it by that much)
      const a = lossHats(losses.logistic, 1, o);
      const r = reference(o.V, o.q, o.m, 200, 400);
      expect(Math.abs(a.Vhat / r.Vhat - 1)).toBeLessThan(1e-6);
      expect(Math.abs(a.qhat / r.qhat - 1)).toBeLessThan(1e-6);
      expect(Math.abs(a.mhat / r.mhat - 1)).toBeLessThan(1e-6);
    });
  }

  it('the logistic prox solves its stationarity equation where plain Newton used to ping-pong (V = 37.122121, ω = −2.82545…)', () => {
    const omega = -2.8254505722635725;
    const V = 37.122121;
    const x = losses.logistic.prox(1, omega, V);
    expect(Math.abs(x - omega - V * sigmoid(-x))).toBeLessThan(1e-12);
  });
});
