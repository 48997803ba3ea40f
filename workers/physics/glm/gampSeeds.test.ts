import { describe, expect, it } from 'vitest';
import { childSeed } from '../numerics/rng.ts';
import { glmPoint } from './curve.ts';
import { glmAmp } from './gamp.ts';
import { drain } from '../resumable.ts';
import { glmAmpFinal, glmAmpRuns, seedStats, type GampWithFinal } from './gampSeeds.ts';
import type { GlmParams } from './types.ts';

const spherical: GlmParams = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 };

describe('GAMP final test error over seeds', () => {
  it('seedStats: mean and population sd (÷S) of 1, 2, 3, 4 are 5/2 and √(5/4), to rounding', () => {
    const { mean, sd } = seedStats([1, 2, 3, 4]);
    expect(mean).toBe(2.5);
    expect(sd).toBeCloseTo(Math.sqrt(1.25), 15);
    expect(seedStats([0.2])).toEqual({ mean: 0.2, sd: 0 });
  });

  it('spherical perceptron α = 2, d = 400, 3 seeds: each run is glmAmp at seed childSeed(seed, s); the mean is within the finite-size spread of SE ε_g = 0.174534', () => {
    const o = { alpha: 2, d: 400, seed: 7, seeds: 3, iters: 25, damping: 0 };
    const r = glmAmpFinal(spherical, o);
    expect(r.alpha).toBe(2);
    expect(r.eg_runs.length).toBe(3);
    // independent recomputation of each instance
    for (let s = 0; s < 3; s++) {
      const one = glmAmp(spherical, { ...o, seed: childSeed(7, s), seeds: 1 });
      expect(r.eg_runs[s]).toBe(one.eg[one.eg.length - 1]);
    }
    const { mean, sd } = seedStats(r.eg_runs);
    expect(r.eg).toBe(mean);
    expect(r.eg_lo).toBe(Math.max(mean - sd, 0));
    expect(r.eg_hi).toBe(mean + sd);
    // ε_g fluctuates across instances by O(1/√d): measured sd ≈ 0.007 at d = 400, so 0.02 is ≈ 3σ of one run
    expect(Math.abs(r.eg - glmPoint(spherical, 2).eg_bayes)).toBeLessThan(0.02);
    expect(sd).toBeLessThan(0.02);
  });

  it('glmAmpRuns: one run gives glmAmp\'s curves and the final test error over the same instances', () => {
    const o = { alpha: 2, d: 300, seed: 5, seeds: 3, iters: 12, damping: 0 };
    const snaps: GampWithFinal[] = [];
    const r = drain(glmAmpRuns(spherical, o), (x) => snaps.push(x));
    // the curves are glmAmp's, bit for bit
    const amp = glmAmp(spherical, o);
    expect(Array.from(r.mse)).toEqual(Array.from(amp.mse));
    expect(Array.from(r.eg)).toEqual(Array.from(amp.eg));
    // the final point only at the end; snapshots grow along the iterations, each with the point at its last iteration
    expect(snaps.length).toBe(11);
    for (const x of snaps) {
      expect(x.final).toBeNull();
      expect(x.latest.alpha).toBe(2);
      expect(x.latest.eg_runs).toEqual(x.eg_last);
      const { mean, sd } = seedStats(x.eg_last);
      expect([x.latest.eg, x.latest.eg_lo, x.latest.eg_hi]).toEqual([mean, Math.max(mean - sd, 0), mean + sd]);
      // each seed's error at the snapshot's last iteration: a prefix of the run
      expect(Math.abs(x.latest.eg - amp.eg[x.done - 1])).toBeLessThan(1e-15);
    }
    const f = r.final!;
    expect(r.latest).toBe(f);
    expect(f.alpha).toBe(2);
    // instance 0 of glmAmp is drawn from childSeed(seed, 0), as is the single-seed run at the same seed: independent check
    const one = glmAmp(spherical, { ...o, seeds: 1 });
    expect(f.eg_runs[0]).toBe(one.eg[11]);
    const { mean, sd } = seedStats(f.eg_runs);
    expect([f.eg, f.eg_lo, f.eg_hi]).toEqual([mean, Math.max(mean - sd, 0), mean + sd]);
    // glmAmp's per-iteration mean Σ(eg_s/S) and the point's Σ eg_s / S differ by rounding only
    expect(Math.abs(f.eg - amp.eg[11])).toBeLessThan(1e-15);
  });
});
