import { describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cliCore.ts';
import { landscapesParams } from './params.ts';
import { landscapesCommands } from './commands.ts';

const cmd = (name: string) => {
  const c = landscapesCommands.find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
};
const groups = [{ params: landscapesParams, commands: landscapesCommands }];

describe('landscapes CLI commands', () => {
  it('every key has a schema entry with a default inside its range', () => {
    for (const c of landscapesCommands) {
      for (const k of c.keys) {
        const p = landscapesParams.find((q) => q.key === k);
        expect(p, `${c.name} --${k}`).toBeDefined();
        if (p?.kind === 'number') expect(p.default >= p.min && p.default <= p.max).toBe(true);
      }
    }
  });

  it('landscape-thresholds prints the §5 fields; Δp = 1: ML-AMP = golden ratio, GF = 2 (PHYSICS.md §4)', () => {
    const out = cmd('landscape-thresholds').run({ dp: Float64Array.of(1) }) as Record<string, number>;
    expect(Object.keys(out).sort()).toEqual(['invd2_amp', 'invd2_gf', 'invd2_it', 'invd2_mlamp']);
    expect(out.invd2_mlamp).toBeCloseTo(1.618034, 6);
    expect(out.invd2_gf).toBe(2);
    const lines = cmd('landscape-thresholds').run({ dp: Float64Array.of(0.5, 2) }) as Record<string, Float64Array>;
    expect(lines.invd2_gf[0]).toBeCloseTo(2.5616, 4);
    expect(lines.invd2_mlamp[1]).toBeCloseTo(1.366, 3);
  });

  it('landscape-dmft through the CLI parser: equal-length series, stationary m = 0.8269 at 1/Δ2 = 2.5, Δp = 1', () => {
    const res = runCli(['landscape-dmft', '--invd2', '2.5', '--dp', '1', '--m0', '0.07', '--tmax', '20', '--h', '0.1'], groups);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as Record<string, number[]>;
    expect(Object.keys(out).sort()).toEqual(['e', 'h', 'm', 'mu', 't']);
    expect(out.m.length).toBe(201);
    expect(out.mu.length).toBe(201);
    // scipy fsolve of the stationary T = 0 equations (see dmft.test.ts; the scheme is 5e-5 off at h = 0.1)
    expect(Math.abs(out.m[200] - 0.82691158757)).toBeLessThan(1e-4);
  });

  it('landscape-gf and landscape-hessian give series and spectra; pr-gf the success map', () => {
    const gf = cmd('landscape-gf').run({ N: 40, invd2: 3, dp: 4, T: 0, seed: 1, seeds: 2, tmax: 5, h: 0.1 }) as Record<string, unknown>;
    for (const k of ['t', 'm', 'mu', 'e']) expect((gf[k] as Float64Array).length).toBe(51);
    expect((gf.m_seeds as Float64Array[]).length).toBe(2);
    const hs = cmd('landscape-hessian').run({ N: 40, invd2: 3, dp: 4, T: 0, seed: 1, tmax: 0, h: 0.1 }) as Record<string, unknown>;
    expect((hs.eigenvalues as Float64Array).length).toBe(39);
    const pr = cmd('pr-gf').run({ alpha: Float64Array.of(8), d: 40, seed: 1, seeds: 2, tmax: 40, h: 0.1 }) as Record<string, unknown>;
    expect(Object.keys(pr).sort()).toEqual(['alpha', 'n_runs', 'success_rate']);
    expect(pr.n_runs).toBe(2);
    expect(Array.from(pr.success_rate as Float64Array)).toEqual([1]);
  });

  it('landscape-dmft reports the step it ran with (h; coarsened beyond 2000 steps, dmft.slow.test.ts runs that corner)', () => {
    const res = runCli(['landscape-dmft', '--invd2', '2.5', '--dp', '1', '--m0', '0.07', '--tmax', '2', '--h', '0.1'], groups);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(out.h).toBe(0.1);
    expect(out.t).toHaveLength(21);
  });

  it('landscape-point: thresholds, region and BBP at the reader\'s point (θ = 2.5, Δp = 1: σ² = 4.5, outlier −(θ − σ)²/θ)', () => {
    const res = runCli(['landscape-point', '--dp', '1', '--invd2', '2.5'], groups);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as Record<string, number | string>;
    expect(Object.keys(out).sort()).toEqual(['dp', 'edge', 'invd2', 'invd2_amp', 'invd2_gf', 'invd2_it', 'invd2_mlamp', 'mu_threshold', 'outlier', 'overlap2', 'region', 'sigma'].sort());
    expect(out.region).toBe('gf');
    expect(out.invd2_gf).toBe(2); // PHYSICS.md §4
    expect(out.mu_threshold).toBeCloseTo(2 * Math.sqrt(4.5), 12);
    expect(out.outlier).toBeCloseTo(-((2.5 - Math.sqrt(4.5)) ** 2) / 2.5, 12);
    // below the GF line there is no outlier: null in JSON
    const below = JSON.parse(runCli(['landscape-point', '--dp', '1', '--invd2', '1.8'], groups).stdout) as Record<string, unknown>;
    expect(below.region).toBe('mlamp');
    expect(below.outlier).toBeNull();
  });

  it('landscape-phase-diagram: the page\'s 81-point log grid over the Δp slider range, IT 0 where the tensor alone suffices', () => {
    const out = JSON.parse(runCli(['landscape-phase-diagram'], groups).stdout) as Record<string, (number | null)[]>;
    expect(Object.keys(out).sort()).toEqual(['dp', 'invd2_amp', 'invd2_gf', 'invd2_it', 'invd2_mlamp']);
    expect(out.dp).toHaveLength(81);
    // Δp = 1 at the middle to one ulp (numerics/logGrid), where GF = 2 (PHYSICS.md §4)
    expect(Math.abs(Number(out.dp[40]) - 1)).toBeLessThanOrEqual(Number.EPSILON);
    expect(out.invd2_gf[40]).toBeCloseTo(2, 14);
    expect(out.invd2_it[0]).toBe(0); // Δp = 0.1 < Δp* = 0.229 (thresholds.test.ts)
    for (const v of out.invd2_it) expect(v).toBeGreaterThanOrEqual(0);
    expect(out.invd2_it[80]).toBeCloseTo(1, 14);
  });

  it('landscape-escape: DMFT escape from m0 → 0 only above the GF line; from 1/√N within a few time units', () => {
    const res = runCli(['landscape-escape', '--invd2', '1.8', '--dp', '1', '--m0', '1e-15', '--tmax', '30', '--N', '100'], groups);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as Record<string, number | null>;
    expect(Object.keys(out).sort()).toEqual(['m0', 'm0_finite_size', 't_escape', 't_escape_finite_size']);
    expect(out.m0_finite_size).toBe(0.1);
    expect(out.t_escape).toBeNull(); // 1.8 < θ_GF = 2: the N → ∞ flow stays at the threshold states
    expect(out.t_escape_finite_size!).toBeLessThan(5);
  });

  it('landscape-gf-escape: one escape time per run and the rates of landscape-gf', () => {
    const args = ['--N', '40', '--invd2', '3', '--dp', '4', '--tmax', '10', '--seeds', '2'];
    const out = JSON.parse(runCli(['landscape-gf-escape', ...args], groups).stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['escape_rate', 'success_rate', 't_escape_seeds']);
    expect(out.t_escape_seeds).toHaveLength(2);
    const gf = JSON.parse(runCli(['landscape-gf', ...args], groups).stdout) as Record<string, unknown>;
    expect(out.escape_rate).toBe(gf.escape_rate);
    expect(out.success_rate).toBe(gf.success_rate);
  });

  it('pr-thresholds: α_IT = 1, α_AMP = 1.128, α_over = 2 (see prThresholds.test.ts)', () => {
    const out = JSON.parse(runCli(['pr-thresholds'], groups).stdout) as Record<string, number>;
    expect(Object.keys(out).sort()).toEqual(['alpha_amp', 'alpha_it', 'alpha_overparam']);
    expect(Math.abs(out.alpha_amp - 1.128)).toBeLessThan(1e-3);
    expect(out.alpha_overparam).toBe(2);
  });

  it('pr-success-map and pr-overparam-map: the page\'s fixed grids (pr-gf on a range seeds by grid index, so differs)', () => {
    const pr = JSON.parse(runCli(['pr-success-map', '--d', '40', '--seeds', '2', '--tmax', '20'], groups).stdout) as Record<string, unknown>;
    expect(Object.keys(pr).sort()).toEqual(['alpha', 'd', 'd_half', 'n_runs', 'success_rate', 'success_rate_half']);
    expect(pr.alpha).toEqual([2, 3, 4, 5, 6, 8, 10]);
    expect(pr.d_half).toBe(20);
    expect(pr.success_rate).toHaveLength(7);
    const op = JSON.parse(runCli(['pr-overparam-map', '--seeds', '1', '--tmax', '5'], groups).stdout) as Record<string, unknown>;
    expect(Object.keys(op).sort()).toEqual(['alpha', 'd', 'n_runs', 'recovery_error', 'success_rate', 'train_loss']);
    expect(op.alpha).toEqual([1, 1.5, 2, 2.5, 3, 4]);
    expect(op.d).toBe(30);
  });

  it('landscape-dmft-n: the DMFT of landscape-dmft from m0 = 1/√N, or nothing when that is the reader\'s m0 already', () => {
    const args = { invd2: 3, dp: 4, T: 0, h: 0.1, tmax: 5 };
    const n = cmd('landscape-dmft-n').run({ ...args, m0: 0.07, N: 25 }) as Record<string, Float64Array | number | boolean>;
    expect(n.m0_finite_size).toBe(0.2);
    expect(n.same_start).toBe(false);
    const d = cmd('landscape-dmft').run({ ...args, m0: 0.2 }) as Record<string, Float64Array>;
    expect(Array.from(n.m as Float64Array)).toEqual(Array.from(d.m));
    const same = cmd('landscape-dmft-n').run({ ...args, m0: 0.2, N: 25 }) as Record<string, Float64Array | boolean>;
    expect(same.same_start).toBe(true);
    expect((same.t as Float64Array).length).toBe(0);
  });
});
