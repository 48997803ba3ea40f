import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchColumns, axisNames } from './columns.ts';
import { decodeText, MAX_BYTES } from './decode.ts';
import { parseTable } from './parse.ts';
import { decimate, toPoints } from './points.ts';

// -0 + 0 = 0: the CSV text of -0 is "0"
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
const rowsOf = (n: number) => fc.array(fc.tuple(finite, finite, fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 1, maxLength: n });
const csv = (rows: [number, number, number][], sep = ',') => ['alpha', 'error', 'err'].join(sep) + '\n' + rows.map((r) => r.join(sep)).join('\n') + '\n';

describe('overlay parser', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const r = parseTable(text);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
  it('reads every number of valid CSV, TSV and JSON exactly', () => {
    fc.assert(
      fc.property(rowsOf(50), fc.constantFrom(',', '\t', ';'), (rows, sep) => {
        const r = parseTable(csv(rows, sep));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.table.columns).toEqual(['alpha', 'error', 'err']);
        expect(Array.from(r.table.data[1])).toEqual(rows.map((x) => x[1]));
        const j = parseTable(JSON.stringify(rows.map(([a, e, s]) => ({ alpha: a, error: e, err: s }))));
        expect(j.ok && Array.from(j.table.data[0])).toEqual(rows.map((x) => x[0]));
      }),
      { numRuns: 100 },
    );
  });
  it('names the first bad line: a bad number, NaN, a ragged row', () => {
    fc.assert(
      fc.property(rowsOf(30), fc.nat(), fc.constantFrom('abc', 'NaN', 'Infinity', '', '1..2', 'ragged'), (rows, at, bad) => {
        const k = at % rows.length;
        const lines = csv(rows).split('\n');
        lines[k + 1] = bad === 'ragged' ? '1,2' : `${bad},1,1`;
        const r = parseTable(lines.join('\n'));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(new RegExp(`^line ${k + 2}: `));
      }),
      { numRuns: 200 },
    );
    expect(parseTable('x,y\n1,2\n3,NaN\n')).toEqual({ ok: false, error: 'line 3: "NaN" in column y is not a finite number' });
    expect(parseTable('x,y\n1,2\n3\n')).toEqual({ ok: false, error: 'line 3: 1 cells, the header has 2' });
  });
  it('reports bytes that are not UTF-8 by line, and files over the size cap', () => {
    const bytes = new TextEncoder().encode('x,y\n1,2\n3,4\n');
    const bad = new Uint8Array([...bytes.slice(0, 8), 0xff, 0xfe, 0x41, ...bytes.slice(8)]);
    expect(decodeText(bad)).toEqual({ ok: false, error: 'line 3: not UTF-8 text (binary, or another encoding); save the file as UTF-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toMatchObject({ ok: false, error: expect.stringMatching(/^line 1: the file is UTF-16/) });
    expect(decodeText(new Uint8Array(MAX_BYTES + 1))).toMatchObject({ ok: false, error: expect.stringMatching(/^the file is 20\.0 MB/) });
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'x,y\n1,2\n3,4\n' });
  });
});

describe('overlay points', () => {
  it('matches columns to the axes by name, else by position', () => {
    expect(matchColumns(['err', 'error', 'alpha'], axisNames('alpha', 'α = n/d', 'x'), axisNames('error', 'classification error ε_g', 'y'))).toEqual({ x: 2, y: 1, err: 0 });
    expect(matchColumns(['α', 'ε_g'], axisNames('alpha', 'α = n/d', 'x'), axisNames(undefined, 'ε_g', 'y'))).toEqual({ x: 0, y: 1, err: -1 });
    expect(matchColumns(['a', 'b', 'c'], ['x'], ['y'])).toEqual({ x: 0, y: 1, err: -1 });
  });
  it('refuses a value a log axis cannot show, naming its line', () => {
    const r = parseTable('alpha,error\n0.5,0.3\n# a comment\n-1,0.2\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(toPoints('d', r.table, { x: 0, y: 1, err: -1 }, 'log', 'lin')).toEqual({ ok: false, error: 'line 4: alpha = -1 cannot be drawn on the logarithmic x axis' });
    expect(toPoints('d', r.table, { x: 0, y: 1, err: -1 }, 'lin', 'lin').ok).toBe(true);
  });
  it('10⁵ rows: parsed, sorted, and decimated to at most 2000 drawn points keeping each bin’s extremes', () => {
    const n = 100_000;
    const text = 'x,y\n' + Array.from({ length: n }, (_, i) => `${(i * 7919) % n},${Math.sin(i)}`).join('\n');
    const r = parseTable(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = toPoints('big', r.table, { x: 0, y: 1, err: -1 }, 'lin', 'lin');
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const keep = decimate(p.points, 'lin');
    expect(keep.length).toBeLessThanOrEqual(2000);
    const ys = Array.from(keep, (i) => p.points.y[i]);
    // the global extremes survive decimation
    expect(Math.max(...ys)).toBe(Math.max(...p.points.y));
    expect(Math.min(...ys)).toBe(Math.min(...p.points.y));
  });
});
