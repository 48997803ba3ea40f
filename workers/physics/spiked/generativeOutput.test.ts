import { describe, expect, it } from 'vitest';
import { out, outputAt } from './generativeOutput.ts';

describe('generative output step, ReLU', () => {
  it('matches the posterior moments in 150-digit arithmetic, out to weights of 1e-90 on either side of the kink', () => {
    // Reference: mpmath (dps 150), P(x) ∝ N(x; ω, V) e^{Bφ(x) − Aφ(x)²/2} split at x = 0 into its two Gaussian pieces
    // (N(ω, V) below 0; N(μ, s²) above, s² = V/(1 + AV), times e^{μ²/2s² − ω²/2V} s/√V), each piece's raw moments from
    // erfc and φ at its truncation point (no Mills ratios, no log-space weights: an independent route to reluAt's
    // λ0/(λ0 + √k λ1)). Rows: B, A, ω, V, then g, dg, E v, Var v. Among them u = ω/√V = 30 with c = μ/s = −8.2 and
    // u = −20 (x < 0 weight 1, x > 0 weight 1e-90), where a weight formed as an exponential or a difference would fail.
    // Tolerances: double rounding amplified by the cancellations of dg (Var x − V over V²) and Var v (E v² − (E v)²).
    const REF: number[][] = [
      [0.4, 1, 0.3, 0.5, -0.13385033334414231, -0.32056855908468895, 0.39524787147504796, 0.19335969236188132],
      [-400, 50, 3, 0.01, -299.35740680992391, -98.963350708784856, 0.0072657874164660239, 8.6585346226384471e-5],
      [5, 2, -3, 0.25, 7.494277403104889e-9, 9.3364853335450211e-8, 1.8861106001795281e-10, 4.2337080714840747e-11],
      [40, 10, -4, 0.04, 1.8154677045466907e-87, 1.8228618074970094e-85, 7.4545248519714113e-91, 2.4168760661088218e-92],
      [-3, 0.5, 2, 0.9, -2.0292444141014501, -0.74934128643201801, 0.30179378173285167, 0.15185058900221913],
      [30, 3, -2, 1, 9, -0.75, 7, 0.25],
    ];
    for (const [B, A, omega, V, g, dg, vm, vv] of REF) {
      outputAt('relu', B, A, omega, V);
      const at = `B = ${B}, A = ${A}, ω = ${omega}, V = ${V}`;
      expect(Math.abs(out.g - g), `g at ${at}`).toBeLessThan(1e-12 * Math.max(1, Math.abs(g)));
      expect(Math.abs(out.dg - dg), `dg at ${at}`).toBeLessThan(1e-12 * Math.max(1 / V, Math.abs(dg)));
      expect(Math.abs(out.vm - vm), `E v at ${at}`).toBeLessThan(1e-12 * vm);
      expect(Math.abs(out.vv - vv), `Var v at ${at}`).toBeLessThan(1e-10 * vv);
    }
  });
});
