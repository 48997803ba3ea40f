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
    expect(Object.keys(out).sort()).toEqual(['e', 'm', 'mu', 't']);
    expect(out.m.length).toBe(201);
    expect(out.mu.length).toBe(201);
    // scipy fsolve of the stationary T = 0 equations (see dmft.test.ts)
    expect(out.m[200]).toBeCloseTo(0.82691158757, 4);
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

  it('rejects a DMFT grid beyond its memory cap with exit code 2', () => {
    const res = runCli(['landscape-dmft', '--tmax', '300', '--h', '0.01'], groups);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/exceeds/);
  });
});
