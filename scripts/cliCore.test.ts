import { describe, expect, it } from 'vitest';
import { parseRange, runCli, toJson } from './cliCore.ts';
import { commandFor } from '../workers/physics/manifest.ts';
import { defineSchema } from '../workers/physics/schema.ts';

// A toy command group, so these tests pin the CLI mechanics independently of any model's physics.
const params = defineSchema([
  { kind: 'number', key: 'alpha', label: 'α', tex: '\\alpha', min: 0.01, max: 10, step: 0.01, scale: 'log', default: 2 },
  { kind: 'number', key: 'K', label: 'K', tex: 'K', min: 1, max: 99, step: 1, scale: 'lin', default: 2, integer: true, infinityToken: 'large' },
  { kind: 'enum', key: 'act', label: 'act', options: [{ value: 'erf', label: 'erf' }, { value: 'relu', label: 'ReLU' }], default: 'erf' },
]);
const cmd = commandFor(params);
const commands = [
  cmd({ name: 'toy-point', summary: 'echo', keys: ['alpha', 'K', 'act'], run: (a) => ({ alpha: a.alpha, K: a.K, act: a.act }) }),
  cmd({ name: 'toy-curve', summary: 'squares', keys: ['alpha'], rangeKeys: ['alpha'], run: (a) => ({ alpha: a.alpha, y: a.alpha.map((x) => x * x) }) }),
  cmd({ name: 'toy-fail', summary: 'throws', keys: [], run: () => { throw new Error('diverged\nstack...'); } }),
  cmd({
    name: 'toy-slow', summary: '20 steps that report progress', keys: [],
    run: (_a, ctx) => {
      for (let i = 0; i < 20; i++) ctx?.onProgress((i + 1) / 20);
      return { steps: 20 };
    },
  }),
];
const groups = [{ params, commands }];

describe('CLI core', () => {
  it('prints one JSON object with defaults filled in', () => {
    const out = runCli(['toy-point', '--alpha', '0.5'], groups);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ alpha: 0.5, K: 2, act: 'erf' });
    expect(JSON.parse(runCli(['toy-point', '--K', 'large'], groups).stdout).K).toBeNull(); // +∞ prints as null
  });
  it('expands start:stop:step ranges including the end point', () => {
    const out = JSON.parse(runCli(['toy-curve', '--alpha', '0.1:0.5:0.1'], groups).stdout);
    expect(out.alpha).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(out.y[2]).toBeCloseTo(0.09, 15);
    expect(parseRange(params[0], '1:1:1')).toEqual(Float64Array.of(1));
  });
  it.each([
    [['toy-point', '--alpha', 'x'], /--alpha must be a number/],
    [['toy-point', '--alpha', '50'], /--alpha must lie in \[0.01, 10\]/],
    [['toy-point', '--K', '2.5'], /--K must be an integer/],
    [['toy-point', '--act', 'tanh'], /--act must be one of erf, relu/],
    [['toy-point', '--beta', '1'], /does not take --beta/],
    [['toy-point', '--alpha'], /needs a value/],
    [['toy-point', 'alpha', '1'], /expected --<key>/],
    [['toy-curve', '--alpha', '1:0:1'], /stop ≥ start/],
    [['toy-curve', '--alpha', '0.1:20:0.1'], /must lie in/],
    [['nope'], /unknown command/],
    [['toy-fail'], /computation failed: diverged$/],
    [['toy-point', '--alpha', '0x1'], /--alpha must be a number \(plain decimal/],
    [['toy-point', '--alpha', 'Infinity'], /--alpha must be a number/],
    [['toy-point', '--K', '0b11'], /--K must be a number \(plain decimal or large\)/],
    [['toy-point', '--alpha', '1', '--alpha', '2'], /--alpha is given twice/],
    [['toy-curve', '--alpha', '0x1:2:1'], /range must be start:stop:step/],
    [['toy-point', '--max-seconds', '0'], /--max-seconds must be a number in \(0, 3600\]/],
    [['toy-point', '--max-seconds', '5', '--max-seconds', '5'], /--max-seconds is given twice/],
  ])('rejects %j with exit code 2 and one line on stderr', (argv, msg) => {
    const out = runCli(argv, groups);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trimEnd()).toMatch(msg);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
  it('takes plain decimals in every form', () => {
    for (const [raw, x] of [['2', 2], ['.5', 0.5], ['5.', 5], ['1e-1', 0.1], ['+0.25', 0.25]] as const) {
      expect(JSON.parse(runCli(['toy-point', '--alpha', raw], groups).stdout).alpha).toBe(x);
    }
  });
  it('bounds the work: progress on stderr after 2 s, exit 3 with one line once --max-seconds is spent', () => {
    let t = 0;
    const lines: string[] = [];
    // the toy loop reports progress every step; the injected clock advances 0.5 s per step
    const out = runCli(['toy-slow', '--max-seconds', '4'], groups, { now: () => (t += 500), progress: (l) => lines.push(l) });
    expect(out.code).toBe(3);
    expect(out.stdout).toBe('');
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/^error: stopped after 4 s \(--max-seconds\) at \d+ %/);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/^progress: \d+ % after \d+ s$/);
    t = 0;
    expect(runCli(['toy-slow', '--max-seconds', '100'], groups, { now: () => (t += 500) }).code).toBe(0);
  });
  it('--help lists every command and its keys', () => {
    const out = runCli(['--help'], groups);
    expect(out.code).toBe(0);
    for (const c of commands) expect(out.stdout).toContain(c.name);
  });
  it('serialises typed arrays and non-finite numbers as JSON can carry them', () => {
    expect(toJson({ a: Float64Array.of(1, NaN, Infinity), b: -Infinity, c: [[1, 2]] })).toBe('{"a":[1,null,null],"b":null,"c":[[1,2]]}');
  });
});
