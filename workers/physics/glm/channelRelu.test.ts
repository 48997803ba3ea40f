import { describe, expect, it } from 'vitest';
import { reluAverages, reluChannel, reluLogZout } from './channelRelu.ts';
import { glmCurve } from './curve.ts';
import { glmThresholds } from './thresholds.ts';

const one = (f: (y: Float64Array, w: Float64Array, V: number, g: Float64Array, dg: Float64Array) => void, y: number, w: number, V: number) => {
  const g = new Float64Array(1);
  const dg = new Float64Array(1);
  f(Float64Array.of(y), Float64Array.of(w), V, g, dg);
  return { g: g[0], dg: dg[0] };
};

describe('ReLU + Gaussian noise channel', () => {
  it('Z_out is a normalised density in y (trapezoid on a fine grid, independent of the SE panels)', () => {
    for (const D of [1e-3, 0.1, 1]) {
      for (const [w, V] of [[0.7, 0.3], [-1, 1], [0.2, 1e-4], [3, 1e-2]]) {
        // h = √Δ/50 on ω ± 12√(V+Δ) ∪ ±12√Δ: trapezoid error for this smooth integrand ≪ 1e-10
        const lo = Math.min(-12 * Math.sqrt(D), w - 12 * Math.sqrt(V + D));
        const hi = Math.max(12 * Math.sqrt(D), w + 12 * Math.sqrt(V + D));
        const h = Math.sqrt(D) / 50;
        let s = 0;
        for (let y = lo; y <= hi; y += h) s += Math.exp(reluLogZout(y, w, V, D)) * h;
        expect(Math.abs(s - 1)).toBeLessThan(1e-8);
      }
    }
  });

  it('g_out = ∂_ω ln Z_out and ∂_ω g_out by central finite differences, also in the tails', () => {
    for (const D of [1e-3, 1]) {
      const c = reluChannel(D);
      for (const [y, w, V] of [[0.5, 0.2, 0.5], [-0.05, 1.5, 0.2], [2, -3, 0.5], [0.01, 0.01, 1e-3], [-0.2, -8, 1], [4, 1, 1e-2]]) {
        const h = 1e-5 * Math.sqrt(V);
        const gFd = (reluLogZout(y, w + h, V, D) - reluLogZout(y, w - h, V, D)) / (2 * h);
        const dgFd = (one(c.gout, y, w + h, V).g - one(c.gout, y, w - h, V).g) / (2 * h);
        const { g, dg } = one(c.gout, y, w, V);
        // truncation O(h²) ≈ 1e-10 relative to the scale 1/V of the derivatives; rounding ≈ 1e-16/h
        expect(Math.abs(g - gFd)).toBeLessThan(1e-6 * (Math.abs(g) + 1 / Math.sqrt(V)));
        expect(Math.abs(dg - dgFd)).toBeLessThan(1e-5 * (Math.abs(dg) + 1 / V));
        expect(Number.isFinite(g) && Number.isFinite(dg)).toBe(true);
      }
    }
  });

  it('G = E[g_out²] and Ψ = E ln Z_out match scipy adaptive quadrature (nested quad, 1e-11, offline)', () => {
    // [Δ, m, V, G, Ψ]: scipy.integrate.quad over ω ~ N(0, m) and y with Z_out from the PHYSICS.md formula,
    // g_out by central differences of ln Z_out (h = 1e-6).
    const ref: [number, number, number, number, number][] = [
      [0.1, 0.5, 0.5, 0.9248109819153981, -0.7084555533003111],
      [1e-3, 0.9, 0.1, 5.78592649040079, 0.8332524621840507],
      [1, 0.5, 0.5, 0.2645292292242221, -1.5041140247577538],
      [1e-3, 0.999, 1e-3, 248.58815470603642, 1.8625950457337799],
      [1e-3, 0.5, 0.5, 1.4263380628777318, 0.31930995245778643],
    ];
    for (const [D, m, V, G, P] of ref) {
      const c = reluChannel(D, m + V); // m + V = ρ = 1: the tabulated path (reluTable.ts)
      // measured: ≤ 3e-7 relative on G, ≤ 3e-9 on Ψ (24-point panels); the FD reference itself ≈ 1e-8
      expect(Math.abs(c.G(m, V) / G - 1)).toBeLessThan(1e-6);
      expect(Math.abs(c.Psi(m, V) - P)).toBeLessThan(1e-7);
    }
  });

  it('Chebyshev tables along m = ρ − V agree with the reference quadrature to 1e-9 (measured ≤ 4e-11)', () => {
    // reluTable.ts stops refining once the last Chebyshev coefficients are < 1e-9 (ln G; Ψ absolute);
    // the points are off the Chebyshev nodes and cover the √V piece, the knee V ≈ Δ and m → 0.
    const out = new Float64Array(2);
    for (const [D, rho] of [[1e-3, 1], [0.3, 0.4]]) {
      const c = reluChannel(D, rho);
      for (const V of [1e-12, 2.7e-5, 0.2 * D, 0.9 * D, 3.3 * D, 0.37 * rho, (1 - 1e-7) * rho]) {
        if (V > rho) continue;
        reluAverages(rho - V, V, D, out);
        expect(Math.abs(c.G(rho - V, V) / out[0] - 1)).toBeLessThan(1e-9);
        expect(Math.abs(c.Psi(rho - V, V) - out[1])).toBeLessThan(1e-9 * Math.max(1, Math.abs(out[1])));
      }
    }
  });

  it('V → 0 limits: G → 1/(2Δ) (half the labels are linear with noise Δ), Ψ → −½ ln(2πΔ) − ½', () => {
    const D = 0.1;
    const c = reluChannel(D);
    // the z < 0 region contributes O(√V) corrections: 1e-3 at V = 1e-6
    expect(Math.abs(c.G(1 - 1e-6, 1e-6) * 2 * D - 1)).toBeLessThan(1e-3);
    expect(Math.abs(c.Psi(1 - 1e-6, 1e-6) - c.PsiAtZero)).toBeLessThan(1e-3);
  });

  it('SE curves and thresholds run without NaN over α ∈ [0.01, 10], Δ ∈ {1e-3, 1}', () => {
    const alphas = Float64Array.of(0.01, 0.1, 1, 10);
    for (const noise of [1e-3, 1]) {
      const c = glmCurve({ prior: 'gaussian', channel: 'relu', noise, rho: 1 }, alphas);
      for (const series of Object.values(c)) for (const x of series) expect(Number.isNaN(x)).toBe(false);
      // more data, smaller error; Bayes at least as good as AMP
      for (let i = 1; i < alphas.length; i++) expect(c.mmse[i]).toBeLessThan(c.mmse[i - 1]);
      c.mmse.forEach((v, i) => expect(v).toBeLessThanOrEqual(c.mse_amp[i] + 1e-12));
    }
    const t = glmThresholds({ prior: 'binary', channel: 'relu', noise: 1e-3, rho: 1 });
    for (const v of Object.values(t)) expect(v === null || Number.isFinite(v)).toBe(true);
  });
});
