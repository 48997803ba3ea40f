/**
 * Test error of the ReLU and |z| channels (Channel.testError) against an independent quadrature (issue #18 item 8).
 * Reference (offline, mpmath 30 digits, mp.quad split at 0, ±{1, 3, 10, 30}·(switch scale) and ±{1, 3, 8}):
 * E over x ~ N(0,1), w = √q x, of E[(y − ŷ(w))² | w] written with the second moment E[relu(z)² | w] (resp. E[z² | w])
 * of z | w ~ N(mw/q, ρ_z − m²/q) — not with E[relu(z)²] = ρ_z/2 as the code does — plus Δ.
 */
import { describe, expect, it } from 'vitest';
import { absChannel } from './channelAbs.ts';
import { reluChannel } from './channelRelu.ts';
import { glmPoint } from './curve.ts';

// [q, m, ρ_z, V, Δ, reference]
const RELU: [number, number, number, number, number, number][] = [
  [0.986626897845865, 0.986626897845865, 1, 0.013373102154135, 0.01, 0.016454339945179476],
  [0.9, 0.85, 1.02, 0.1, 0.1, 0.1955109021764326],
  [0.999, 0.998, 1, 1e-4, 1e-3, 0.0024818328708627982],
  [0.3, 0.2, 0.97, 0.6, 0.5, 0.80702238871492028],
];
const ABS: [number, number, number, number, number][] = [
  [0.84, 0.84, 1, 0.16, 0.1212709872713093],
  [0.999, 0.999, 1, 1e-3, 0.00098101871633959572],
  [0.8, 0.7, 1.01, 0.05, 0.28110914968432172],
  [0.3, 0.3, 1, 0.7, 0.33451143232902476],
  [0.99999, 0.99999, 1, 1e-5, 9.9810196560186928e-6],
];

// sinhGauss.ts: trapezoid error ~ e^{−π²/(2h)} ≈ 4e-22 at h = 0.1, so what is left is rounding in ρ_z + s with s ≈ −ρ_z
// (the MSE is a difference of O(1) terms): 1e-15 absolute. Measured ≤ 2e-16 absolute.
const close = (x: number, ref: number): boolean => Math.abs(x - ref) <= 1e-15 + 1e-12 * ref;

describe('test error quadrature (Gauss-Hermite(64) missed the switch of ŷ at |ω| ~ √V)', () => {
  it('ReLU: matches the independent quadrature (before: 0.6 % high at V = 0.0134, 0.7 % at V = 1e-4)', () => {
    for (const [q, m, rz, V, D, ref] of RELU) expect(close(reluChannel(D).testError(q, m, rz, V), ref)).toBe(true);
  });

  it('|z|: matches the independent quadrature (before: 1.9 % off at V = 1e-3, 8e-5 at q ≠ m)', () => {
    for (const [q, m, rz, V, ref] of ABS) expect(close(absChannel().testError(q, m, rz, V), ref)).toBe(true);
  });

  it('glm-point ReLU Δ = 0.01, α = 3.5: eg = 0.0164543399 (audit: 0.0164543; was 0.016553)', () => {
    const pt = glmPoint({ prior: 'gaussian', channel: 'relu', noise: 0.01, rho: 1 }, 3.5);
    // the reference's (q, m, V) are pt's to 15 digits; dε/dV ≈ 1, so 1e-14 covers the rounding of the inputs
    expect(Math.abs(pt.eg_bayes - 0.016454339945179476)).toBeLessThan(1e-14);
  });
});
