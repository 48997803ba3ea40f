import { describe, expect, it } from 'vitest';
import { dopri5, type Rhs } from './ode.ts';
import { rkc, SpectralRadius } from './rkc.ts';

// Heat equation u_t = u_xx on (0, 1), u = 0 at both ends, J interior points: y' = A y with the
// tridiagonal (1, −2, 1)/dx². Its eigenvectors are the sine modes sin(kπx_j) with eigenvalues
// λ_k = −(4/dx²) sin²(kπ dx/2), so the exact semi-discrete solution is a sum of decaying modes.
const J = 40;
const dx = 1 / (J + 1);
const heat: Rhs = (_t, y, dy) => {
  for (let j = 0; j < J; j++) dy[j] = ((j > 0 ? y[j - 1] : 0) - 2 * y[j] + (j < J - 1 ? y[j + 1] : 0)) / (dx * dx);
};
const lambda = (k: number): number => (-4 / (dx * dx)) * Math.sin((k * Math.PI * dx) / 2) ** 2;
const heatExact = (t: number, j: number): number =>
  Math.exp(lambda(1) * t) * Math.sin(Math.PI * (j + 1) * dx) + 0.5 * Math.exp(lambda(3) * t) * Math.sin(3 * Math.PI * (j + 1) * dx);
const heat0 = Float64Array.from({ length: J }, (_, j) => heatExact(0, j));

describe('SpectralRadius', () => {
  it('finds |λ_max| of the heat matrix (4/dx² sin²(Jπ dx/2)) within 2 %, times the 1.2 safety factor', () => {
    const fy = new Float64Array(J);
    heat(0, heat0, fy);
    const rho = new SpectralRadius(J, 200).estimate(heat, 0, heat0, fy);
    expect(Math.abs(rho / (1.2 * -lambda(J)) - 1)).toBeLessThan(0.02);
  });
});

describe('rkc', () => {
  it('solves the stiff heat equation over t = 1 (ρ·t = 6700) to its tolerance with far fewer RHS calls than DOPRI5', () => {
    const tOut = Float64Array.from({ length: 21 }, (_, i) => i / 20);
    const res = rkc(heat, heat0, tOut, { rtol: 1e-6, atol: 1e-9 });
    expect(res.ok).toBe(true);
    let err = 0;
    for (let i = 0; i < tOut.length; i++) for (let j = 0; j < J; j++) err = Math.max(err, Math.abs(res.y[i * J + j] - heatExact(tOut[i], j)));
    // global error ≈ a few local tolerances (amplitude ≤ 1.5); the dense output (cubic Hermite) is order 3
    expect(err).toBeLessThan(2e-5);
    // DOPRI5 is held by stability at h·|λ_max| between 1.6 and 3.3: ≥ 2000 steps × 6 calls
    const dp = dopri5(heat, heat0, tOut, { rtol: 1e-6, atol: 1e-9 });
    expect(dp.evaluations).toBeGreaterThan(10000);
    expect(res.evaluations).toBeLessThan(dp.evaluations / 3);
  });

  it('is second order on a nonlinear stiff problem with a closed form (Prothero-Robinson with sinh)', () => {
    // y' = −λ sinh(y − cos t) − sin t: e = y − cos t obeys e' = −λ sinh e, so tanh(e/2) = tanh(e0/2) e^{−λt}
    // and y(t) = cos t + 2 atanh(tanh(e0/2) e^{−λt}); the Jacobian −λ cosh e makes it stiff for λ = 1e3.
    const lam = 1e3;
    const f: Rhs = (t, y, dy) => { dy[0] = -lam * Math.sinh(y[0] - Math.cos(t)) - Math.sin(t); };
    const exact = (t: number): number => Math.cos(t) + 2 * Math.atanh(Math.tanh(0.5) * Math.exp(-lam * t));
    const tOut = Float64Array.from({ length: 41 }, (_, i) => (5 * i) / 40);
    const errAt = (rtol: number): number => {
      const res = rkc(f, Float64Array.of(2), tOut, { rtol, atol: rtol });
      expect(res.ok).toBe(true);
      let e = 0;
      for (let i = 0; i < tOut.length; i++) e = Math.max(e, Math.abs(res.y[i] - exact(tOut[i])));
      return e;
    };
    const loose = errAt(1e-5);
    const tight = errAt(1e-8);
    expect(loose).toBeLessThan(1e-4);
    expect(tight).toBeLessThan(1e-7);
    expect(tight).toBeLessThan(loose);
  });

  it('stops at t1 when onStep returns true', () => {
    let stopAt = NaN;
    const res = rkc(heat, heat0, Float64Array.of(0, 0.05, 0.1), { onStep: (_t0, t1) => { stopAt = t1; return true; } });
    expect(res.ok).toBe(true);
    expect(res.steps).toBe(1);
    expect(stopAt).toBeGreaterThan(0);
    expect(res.t.length).toBe(stopAt >= 0.05 ? 2 : 1);
  });
});
