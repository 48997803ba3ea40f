import { describe, expect, it } from 'vitest';
import { generativeMutualInfo, psiOut } from './generativeSpike.ts';
import { informedStart, seSolve, spikeOf, uninformedStart } from './stateEvolution.ts';
import { spikedThresholds } from './thresholds.ts';
import type { SeState, SpikedParams } from './types.ts';

const gen = (act: SpikedParams['act'], alpha: number): SpikedParams => ({ prior: 'generative', act, alpha, rho: 1 });

describe('spiked, generative prior: the replica mutual information', () => {
  it('linear φ: I(v; √A v + ξ)/p is the Marchenko-Pastur log-determinant ½∫ln(1 + Aκ)dμ_α(κ)', () => {
    // v = Xz is Gaussian with covariance XXᵀ, so I = ½ ln det(I + A XXᵀ)/p exactly; references: scipy.integrate.quad
    // of ½ln(1 + Aκ) against the Marchenko-Pastur density of ratio α (epsrel 1e-13). The replica side is i_RS minus
    // (ρ_v − q_v)²/(4Δ) at Δ = 1, q_v = A, q_z the inner fixed point (iterated to machine precision).
    const refs: [number, number, number][] = [[0.7, 1, 0.22749737253124258], [2, 0.5, 0.49436716497629163], [1.3, 2.5, 0.26544617704107754]];
    for (const [A, alpha, ref] of refs) {
      let qz = 0.5;
      for (let t = 0; t < 2000; t++) {
        const qhat = (alpha * A) / (1 + A * (1 - qz));
        qz = qhat / (1 + qhat);
      }
      const i = generativeMutualInfo('linear', alpha, { qv: A, qz }, 1) - (1 - A) ** 2 / 4;
      expect(Math.abs(i - ref), `A = ${A}, α = ${alpha}`).toBeLessThan(1e-12);
    }
  });

  it('Ψ_out by the field integral matches a direct E ln Z (sign, ReLU) and the linear closed form', () => {
    // references: E ln Z(B, ω, V) from its definition at A = 0.5, q_z = 0.5 — sign: Z = e^{−A/2}(e^B Φ(u) + e^{−B}Φ(−u)),
    // scipy.integrate.quad nested over (ω, ξ), epsabs 1e-13; ReLU: Z = Φ(−u) + e^{μ²/2s² − ω²/2V}(s/√V)Φ(μ/s), numpy with
    // Gauss-Legendre 600 in ω, 400 in x > 0 (split at the kink), Gauss-Hermite 100 in ξ. Ours is 24-point Gauss-Legendre
    // in ln(1 + a) over q_v(a, q_z) (itself quadrature, ~3e-9 at worst): 1.7e-10 and 1.2e-10 found.
    expect(Math.abs(psiOut('sign', 0.5, 0.5) - 0.11150781174607378)).toBeLessThan(2e-9);
    expect(Math.abs(psiOut('relu', 0.5, 0.5) - 0.07953517536316418)).toBeLessThan(2e-9);
    // the linear closed form A/2 − ½ln(1 + AV) against the same field integral, done here with q_v = (q + aV)/(1 + aV)
    const q = 0.3;
    const V = 1 - q;
    const A = 3;
    let s = 0;
    const n = 4000; // midpoint rule, error ~ (A/n)² q_v''/24 ~ 1e-8
    for (let j = 0; j < n; j++) {
      const a = ((j + 0.5) * A) / n;
      s += (0.5 * (q + a * V)) / (1 + a * V) * (A / n);
    }
    expect(Math.abs(psiOut('linear', A, q) - s)).toBeLessThan(1e-7);
  });

  for (const [act, delta] of [['sign', 0.8], ['relu', 0.5], ['linear', 1.3]] as const) {
    it(`${act} φ: the SE fixed point is a stationary point of i_RS in (q_v, q_z) (α = 1, Δ = ${delta})`, () => {
      const spike = spikeOf(gen(act, 1));
      const fp = seSolve(spike, delta, informedStart(spike)).state;
      const i = (s: SeState) => spike.mutualInfo(s, delta);
      const h = 1e-4;
      // central differences: truncation O(h² i''') ~ 1e-8, quadrature noise ~1e-9/h ~ 1e-5 at most
      const dv = (i({ qv: fp.qv + h, qz: fp.qz }) - i({ qv: fp.qv - h, qz: fp.qz })) / (2 * h);
      const dz = (i({ qv: fp.qv, qz: fp.qz + h }) - i({ qv: fp.qv, qz: fp.qz - h })) / (2 * h);
      expect(Math.abs(dv)).toBeLessThan(1e-5);
      expect(Math.abs(dz)).toBeLessThan(1e-5);
      // and off the fixed point it is not stationary
      const off = { qv: 0.5 * fp.qv, qz: fp.qz };
      expect(Math.abs((i({ qv: off.qv + h, qz: off.qz }) - i({ qv: off.qv - h, qz: off.qz })) / (2 * h))).toBeGreaterThan(1e-3);
    });
  }

  for (const alpha of [0.5, 2]) {
    it(`linear φ, α = ${alpha}: Δ_IT = Δ_alg = 1 + α, the informed branch's i_RS below the trivial one until Δ_c`, () => {
      const t = spikedThresholds(gen('linear', alpha));
      expect(Math.abs(t.delta_alg! - (1 + alpha))).toBeLessThan(1e-6);
      expect(t.delta_it).toBe(t.delta_alg);
      const spike = spikeOf(gen('linear', alpha));
      const gap = (delta: number) => {
        const inf = seSolve(spike, delta, informedStart(spike)).state;
        const unf = { qv: 0, qz: 0 };
        return spike.mutualInfo(inf, delta) - spike.mutualInfo(unf, delta);
      };
      // i_RS at q_v = 0 is ρ_v²/(4Δ): no information
      expect(spike.mutualInfo({ qv: 0, qz: 0 }, 1.5)).toBeCloseTo(1 / 6, 14);
      // below Δ_c the informed fixed point has the smaller i_RS (it is the Bayes branch); the gap closes continuously
      // (second order: ~ (Δ_c − Δ)³ near a continuous transition), and uninformed SE meets it
      expect(gap(0.5 * (1 + alpha))).toBeLessThan(-1e-3);
      expect(gap(0.99 * (1 + alpha))).toBeLessThan(0);
      expect(Math.abs(gap(0.99 * (1 + alpha)))).toBeLessThan(1e-5);
      const u = seSolve(spike, 0.5 * (1 + alpha), uninformedStart(spike)).state;
      const f = seSolve(spike, 0.5 * (1 + alpha), informedStart(spike)).state;
      expect(Math.abs(u.qv - f.qv)).toBeLessThan(1e-6);
    });
  }
});
