import { describe, expect, it } from 'vitest';
import { largeKThresholds } from './largeK.ts';
import { planeAverages } from './oddPlane.ts';
import { ampThresholdFrom, oddAmpThreshold } from './phaseDiagram.ts';
import { committeeThresholds } from './thresholds.ts';

describe('odd-K non-specialised plane by 1-D integrals (Dawson sine transform)', () => {
  const o = { psi: 0, fisher: 0, stability: 0, eyy: 0 };
  it('K = 3 agrees with the independent Plackett/Owen quadrature of signChannel.ts at high order', () => {
    // References: signCommitteeAverages(3, 0, q_a) with NODES[3] = 120 (q_a = 0.6) and 200 (q_a = 0.97):
    // Ψ_out = −0.5234418400136249, 3M̄12 = 0.6821919650142607; Ψ_out = −0.3728459748991556 (converged to ~2e-9).
    planeAverages(3, 0.6, o);
    expect(Math.abs(o.psi + 0.5234418400136249)).toBeLessThan(1e-12);
    expect(Math.abs(o.fisher - 0.6821919650142607)).toBeLessThan(1e-12);
    planeAverages(3, 0.97, o);
    expect(Math.abs(o.psi + 0.3728459748991556)).toBeLessThan(1e-8);
  });
  it('K = 3: α_AMP = 19.2321, equal to λ = 1 from a finite difference of the 3-D SE map (60 nodes: 19.232087)', () => {
    const t = committeeThresholds(3) as { alpha_amp: number };
    expect(Math.abs(t.alpha_amp / 19.232087057 - 1)).toBeLessThan(1e-5);
  });
  it('α_AMP from the q_a root (fixed point and λ = 1 at once) equals the α-secant around the SE solve (K = 11), to 1e-9', () => {
    const fromQa = oddAmpThreshold(11, 0.9).alpha;
    expect(Math.abs(fromQa / ampThresholdFrom(11, 1.02 * fromQa) - 1)).toBeLessThan(1e-9);
  });
  it('α_AMP/K² approaches 1/J = 3.26999 (large-K limit): Richardson in 1/K from K = 41, 51 within 1 %', () => {
    const r41 = ampThresholdFrom(41, 3.144 * 41 * 41) / (41 * 41);
    const r51 = ampThresholdFrom(51, 3.168 * 51 * 51) / (51 * 51);
    const extrapolated = (51 * r51 - 41 * r41) / 10;
    expect(r51).toBeLessThan(largeKThresholds().alpha_amp_over_K2);
    expect(Math.abs(extrapolated / 3.26998612491026 - 1)).toBeLessThan(0.01);
  });
});
