import { describe, expect, it } from 'vitest';
import { losses } from '../erm/losses.ts';
import { lossHats } from './channelLoss.ts';
import { fixedPoint } from './fixedPoint.ts';
import { priorModel } from './model.ts';
import { priorOverlaps } from './priorSide.ts';
import { hmmCurve } from './curve.ts';
import { logGrid } from '../numerics/logGrid.ts';

describe('logistic fixed point (Anderson-accelerated)', () => {
  const cases: [number, number][] = [
    [0.12, 0.01], // the point where the plain iteration settles on a 3-cycle
    [2, 0.01],
    [2, 1e-4], // the plain iteration needs ~170 steps here
  ];
  for (const [alpha, lambda] of cases) {
    it(`α = ${alpha}, λ = ${lambda}: converges to a fixed point of channel ∘ prior side (1e-9)`, () => {
      const model = { act: 'erf', loss: 'logistic', lambda, gamma: 0.5 } as const;
      const f = fixedPoint(model, alpha);
      expect(f.converged).toBe(true);
      const o = priorOverlaps(priorModel(model), lossHats(losses.logistic, alpha, f));
      expect(Math.abs(o.V / f.V - 1)).toBeLessThan(1e-9);
      expect(Math.abs(o.q / f.q - 1)).toBeLessThan(1e-9);
      expect(Math.abs(o.m / f.m - 1)).toBeLessThan(1e-9);
    });
  }

  it('logistic at small λ beats ridge at the same λ (Gerace et al. 2020, Fig. 4; PHYSICS.md §7)', () => {
    for (const alpha of [0.5, 2, 5]) {
      const logistic = fixedPoint({ act: 'erf', loss: 'logistic', lambda: 1e-3, gamma: 0.5 }, alpha).eg;
      const ridge = fixedPoint({ act: 'erf', loss: 'square', lambda: 1e-3, gamma: 0.5 }, alpha).eg;
      expect(logistic).toBeLessThan(ridge);
    }
  });

  it('a continued curve agrees with cold starts (1e-8)', () => {
    const model = { act: 'sign', loss: 'logistic', lambda: 0.05, gamma: 0.3 } as const;
    const alphas = logGrid(0.2, 4, 7);
    const c = hmmCurve(model, alphas);
    for (let i = 0; i < alphas.length; i++) {
      expect(c.converged[i]).toBe(1);
      expect(Math.abs(c.eg[i] - fixedPoint(model, alphas[i]).eg)).toBeLessThan(1e-8);
    }
  });
});
