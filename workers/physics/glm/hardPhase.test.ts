import { describe, expect, it } from 'vitest';
import { glmTransitions, hardPhasePolygon, SAME_TRANSITION, transitionsOf } from './hardPhase.ts';

const rel = (x: number | null, ref: number): number => Math.abs((x ?? NaN) - ref) / ref;

describe('hard phase of one model', () => {
  it('transitionsOf: α_IT = α_alg within 1e-6 is one continuous transition; α_IT < α_alg is a hard phase; nothing without both', () => {
    expect(transitionsOf({ alpha_wr: null, alpha_it: 1, alpha_alg: 1 + 0.5 * SAME_TRANSITION })).toMatchObject({ continuous: true, hard_lo: null, hard_hi: null });
    expect(transitionsOf({ alpha_wr: 0.5, alpha_it: 1, alpha_alg: 1.13 })).toEqual({ alpha_wr: 0.5, alpha_it: 1, alpha_alg: 1.13, continuous: false, hard_lo: 1, hard_hi: 1.13 });
    expect(transitionsOf({ alpha_wr: null, alpha_it: null, alpha_alg: null })).toMatchObject({ continuous: false, hard_lo: null, hard_hi: null });
    expect(transitionsOf({ alpha_wr: null, alpha_it: null, alpha_alg: 1.4 })).toMatchObject({ continuous: false, hard_lo: null });
    expect(transitionsOf({ alpha_wr: null, alpha_it: 2, alpha_alg: 1 })).toMatchObject({ continuous: false, hard_lo: null });
  });

  it('binary perceptron: hard phase [α_IT, α_alg] = [1.245, 1.493] within 0.2 % (Gardner-Derrida 1989 / Györgyi 1990; PHYSICS.md §1)', () => {
    const t = glmTransitions({ prior: 'binary', channel: 'sign', noise: 0, rho: 1 });
    expect(t.continuous).toBe(false);
    expect(rel(t.hard_lo, 1.245)).toBeLessThan(2e-3);
    expect(rel(t.hard_hi, 1.493)).toBeLessThan(2e-3);
  });

  it('Gaussian prior, noiseless linear channel: α_IT = α_alg = 1 (d equations determine w⋆; no spinodal), one continuous transition', () => {
    const t = glmTransitions({ prior: 'gaussian', channel: 'linear', noise: 0, rho: 1 });
    expect(t.continuous).toBe(true);
    expect(rel(t.alpha_it, 1)).toBeLessThan(1e-9);
    expect(t.hard_lo).toBeNull();
  });

  it('spherical perceptron: no transition at all (ε_g ∝ 1/α smoothly)', () => {
    expect(glmTransitions({ prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 })).toMatchObject({ alpha_it: null, alpha_alg: null, continuous: false, hard_lo: null });
  });
});

describe('hard phase of a phase diagram', () => {
  it('hardPhasePolygon: up α_IT, back down α_alg, over the rows where both exist and α_alg > α_IT', () => {
    const p = {
      y: Float64Array.of(0, 0.1, 0.2, 0.3),
      alpha_it: Float64Array.of(1, 2, NaN, 4),
      alpha_alg: Float64Array.of(1.5, 2.5, 3, 3.5),
    };
    const h = hardPhasePolygon(p);
    expect(Array.from(h.alpha)).toEqual([1, 2, 2.5, 1.5]);
    expect(Array.from(h.y)).toEqual([0, 0.1, 0.1, 0]);
    // one qualifying row has no area
    expect(hardPhasePolygon({ ...p, alpha_it: Float64Array.of(1, NaN, NaN, NaN) }).alpha.length).toBe(0);
  });
});
