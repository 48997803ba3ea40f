import { describe, expect, it } from 'vitest';
import { committeeAmp } from './amp.ts';
import { committeePoint } from './learningCurve.ts';

// Slow tier (npm test / test:unit, not test:fast): one AMP run at the size, ~11 s.
describe('committee AMP (K = 2) on finite instances reaches the SE fixed point', () => {
  it('at d = 2000 (α = 6, 2 seeds, 40 iterations) it reaches the SE fixed point within 2/√(d·seeds)', () => {
    // the size; the random start is smaller (0.1/√d), so escaping the plane takes more iterations than
    // at d = 400. CLI at d = 2000, 3 seeds: final q_d 0.928 (band 0.903-0.953) vs the fixed point 0.926.
    const r = committeeAmp({ alpha: 6, d: 2000, seed: 1, seeds: 2, iters: 40 });
    const p = committeePoint({ K: 2, alpha: 6 });
    const last = r.qd.length - 1;
    const band = 2 / Math.sqrt(2000 * 2);
    expect(Math.abs(r.qd[last] - p.qd_bayes)).toBeLessThan(band);
    expect(Math.abs(r.qa[last] - p.qa_bayes)).toBeLessThan(band);
    expect(Math.abs(r.eg[last] - p.eg_bayes)).toBeLessThan(band);
  });
});
