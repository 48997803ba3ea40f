import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandGroups, runCli, type CommandGroup } from './cliCore.ts';
import type { NumberParam, ParamSpec } from '../workers/physics/schema.ts';

/**
 * Every CLI command at the edges of its schema (issue #11): defaults; α at its smallest; every range key
 * from its minimum to its maximum (the range ends); noise 0 and its maximum; the largest η; the smallest
 * step h. Each run gets a 1 s budget (`--max-seconds 1`), so nothing can hang the suite. Whatever the input,
 * the CLI either prints one JSON object with no NaN or Infinity (exit 0), or exits 2 (bad input, or a
 * computation that cannot give its fields) or 3 (budget spent) with exactly one line on stderr.
 */
const EDGE_KEYS: Record<string, (p: NumberParam) => number[]> = {
  alpha: (p) => [p.min],
  noise: (p) => [p.min, p.max],
  eta: (p) => [p.max],
  h: (p) => [p.min],
};

function edgeCases(g: CommandGroup): { name: string; argv: string[] }[] {
  const out: { name: string; argv: string[] }[] = [];
  for (const c of g.commands) {
    out.push({ name: `${c.name} (defaults)`, argv: [c.name] });
    for (const key of c.keys) {
      const spec = g.params.find((p): p is ParamSpec => p.key === key);
      if (!spec || spec.kind !== 'number') continue;
      if (c.rangeKeys?.includes(key)) {
        const step = (spec.max - spec.min) / 4;
        out.push({ name: `${c.name} --${key} ${spec.min}:${spec.max}`, argv: [c.name, `--${key}`, `${spec.min}:${spec.max}:${Number(step.toPrecision(6))}`] });
      }
      for (const v of EDGE_KEYS[key]?.(spec) ?? []) out.push({ name: `${c.name} --${key} ${v}`, argv: [c.name, `--${key}`, String(v)] });
    }
  }
  return out;
}

describe('every CLI command at the edges of its schema', () => {
  let groups: CommandGroup[] = [];
  beforeAll(async () => {
    groups = await loadCommandGroups();
  });

  it('answers with JSON, or exit 2 or 3 and one line — never a crash, a hang or a NaN', () => {
    const tally = { ok: 0, usage: 0, budget: 0 };
    const cases = groups.flatMap(edgeCases);
    expect(cases.length).toBeGreaterThan(60);
    for (const c of cases) {
      const r = runCli([...c.argv, '--max-seconds', '1'], groups);
      if (r.code === 0) {
        expect(r.stderr, c.name).toBe('');
        expect(r.stdout, c.name).not.toMatch(/NaN|Infinity/);
        expect(() => JSON.parse(r.stdout), c.name).not.toThrow();
        tally.ok++;
      } else {
        expect([2, 3], c.name).toContain(r.code);
        expect(r.stdout, c.name).toBe('');
        expect(r.stderr, c.name).toMatch(/^error: .+\n$/);
        expect(r.stderr.trimEnd().split('\n'), c.name).toHaveLength(1);
        if (r.code === 2) tally.usage++;
        else tally.budget++;
      }
    }
    // the figures for the closing note: how many edges ran, refused, or hit the budget
    console.log(`CLI edges: ${cases.length} cases, ${tally.ok} answered, ${tally.usage} exit 2, ${tally.budget} exit 3`);
  }, 600_000);
});
