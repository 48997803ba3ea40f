import { describe, expect, it } from 'vitest';
import { LOSS_KINDS, losses } from './losses.ts';

/** A subgradient of ℓ(y, ·) at x: the prox optimality condition is 0 ∈ ∂ℓ(y, x) + (x − ω)/V. */
function subgradientGap(kind: string, y: number, x: number, omega: number, V: number): number {
  const pull = (x - omega) / V;
  if (kind === 'square') return Math.abs(x - y + pull);
  if (kind === 'logistic') return Math.abs(-y / (1 + Math.exp(y * x)) + pull);
  // hinge: ∂ℓ = {−y} for yx < 1, {0} for yx > 1, y·[−1, 0] at yx = 1 (y = ±1), so 0 ∈ ∂ℓ + pull
  // at the kink means y·pull ∈ [0, 1]
  const u = y * x;
  if (u > 1 + 1e-14) return Math.abs(pull);
  if (u < 1 - 1e-14) return Math.abs(-y + pull);
  const t = pull * y;
  return t >= -1e-14 && t <= 1 + 1e-14 ? 0 : Math.min(Math.abs(t), Math.abs(t - 1));
}

const OMEGAS = [-30, -4, -1.5, -0.3, 0, 0.2, 0.999, 1, 1.7, 6, 40];
const VS = [1e-6, 0.01, 0.5, 1, 3, 100, 1e6];

describe('erm losses: proximal operators', () => {
  it('prox satisfies its optimality condition to 1e-12 (relative to the pull) for every loss', () => {
    for (const kind of LOSS_KINDS) {
      const loss = losses[kind];
      for (const y of [1, -1])
        for (const omega of OMEGAS)
          for (const V of VS) {
            const x = loss.prox(y, omega, V);
            const scale = 1 + Math.abs(x - omega) / V + 1 / V;
            expect(subgradientGap(kind, y, x, omega, V) / scale, `${kind} y=${y} ω=${omega} V=${V}`).toBeLessThan(1e-12);
          }
    }
  });

  it('prox is the minimiser: no point of a fine grid around it does better (independent brute force)', () => {
    for (const kind of LOSS_KINDS) {
      const loss = losses[kind];
      for (const [y, omega, V] of [[1, -0.4, 2], [-1, 0.3, 0.7], [1, 0.5, 0.2], [1, 2, 5]]) {
        const x = loss.prox(y, omega, V);
        const obj = (t: number) => loss.value(y, t) + ((t - omega) * (t - omega)) / (2 * V);
        const best = obj(x);
        for (let k = -200; k <= 200; k++) expect(obj(x + k * 0.01)).toBeGreaterThanOrEqual(best - 1e-15);
      }
    }
  });

  it('dprox is the ω-derivative of prox (central differences, h = 1e-6, error O(h²) away from the hinge kinks)', () => {
    for (const kind of LOSS_KINDS) {
      const loss = losses[kind];
      for (const y of [1, -1])
        for (const omega of [-2.6, -0.7, 0.2, 0.45, 2.5])
          for (const V of [0.1, 1, 4]) {
            const h = 1e-6;
            const fd = (loss.prox(y, omega + h, V) - loss.prox(y, omega - h, V)) / (2 * h);
            expect(Math.abs(fd - loss.dprox(y, omega, V)), `${kind} y=${y} ω=${omega} V=${V}`).toBeLessThan(1e-7);
          }
    }
  });

  it('closed forms: square prox (ω + Vy)/(1 + V); hinge clips the margin; logistic at V → 0 is ω', () => {
    expect(losses.square.prox(1, 0.5, 3)).toBeCloseTo((0.5 + 3) / 4, 15);
    expect(losses.hinge.prox(1, 0.5, 0.2)).toBe(0.7);
    expect(losses.hinge.prox(1, 0.5, 2)).toBe(1);
    expect(losses.hinge.prox(-1, -3, 2)).toBe(-3);
    expect(losses.logistic.prox(1, 0.5, 1e-12)).toBeCloseTo(0.5 + 1e-12 / (1 + Math.exp(0.5)), 15);
    expect(losses.logistic.value(1, 800)).toBe(0);
    expect(losses.logistic.value(1, -800)).toBe(800);
  });
});
