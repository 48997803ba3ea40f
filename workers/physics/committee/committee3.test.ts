import { describe, expect, it } from 'vitest';
import { committee3Averages } from './committee3.ts';
import { newAverages, signCommitteeAverages } from './signChannel.ts';

describe('K = 3 channel in boundary-adapted (u, v) coordinates', () => {
  it('agrees with the 3-D Gauss-Hermite rule where that one converges (q far from I: q_d = 0.3, q_a = 0.2)', () => {
    // the GH rule (14 nodes) is accurate to ~2e-7 here (its change from 14 to 20 nodes)
    const gh = signCommitteeAverages(3, 0.3, 0.2, newAverages());
    const uv = committee3Averages(0.3, 0.2, newAverages());
    expect(Math.abs(uv.psi - gh.psi)).toBeLessThan(5e-7);
    expect(Math.abs(uv.m11 / gh.m11 - 1)).toBeLessThan(1e-5);
    expect(Math.abs(uv.m12 / gh.m12 - 1)).toBeLessThan(1e-5);
  });
  it('Ψ converges in the node count on the specialised branch (q_d = 0.86, σ² = 0.11; GH moved by 1e-3 here)', () => {
    const [qd, qa] = [0.8605, 0.0809];
    const a = committee3Averages(qd, qa, newAverages(), { v: 6, side: 16, plackett: 16 });
    const b = committee3Averages(qd, qa, newAverages(), { v: 8, side: 24, plackett: 20 });
    // α Ψ with α ≈ 12: f changes by < 1e-6 between the two orders
    expect(12 * Math.abs(a.psi - b.psi)).toBeLessThan(1e-6);
    expect(Math.abs(a.eyy - b.eyy)).toBeLessThan(1e-8);
    expect(Math.abs(a.m11 / b.m11 - 1)).toBeLessThan(3e-5);
  });
});
