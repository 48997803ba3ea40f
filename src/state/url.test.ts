import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { migrate, parseView, serialiseView, URL_VERSION, type ChapterSchema } from './url.ts';
import { glmParams } from '../../workers/physics/glm/params.ts';
import { hostileText, hugeQueries, URL_LIMIT } from './arbitraries.ts';

const glm: ChapterSchema = { id: 'glm', params: glmParams, figures: ['curve', 'amp'] };
const other: ChapterSchema = { id: 'other', params: [{ kind: 'number', key: 'K', label: 'K', tex: 'K', min: 1, max: 9, step: 1, scale: 'lin', default: 2, integer: true }], figures: ['a'] };
const schemas = [glm, other];

describe('URL view state', () => {
  it('writes only non-default values, with the version, in readable keys', () => {
    const params = Object.fromEntries(glmParams.map((p) => [p.key, p.default]));
    expect(serialiseView({ chapter: 'glm', params: { ...params, alpha: 1.5, prior: 'binary' }, fig: null, embed: false, controls: null }, glm)).toBe(
      `?v=${URL_VERSION}&ch=glm&prior=binary&alpha=1.5`,
    );
    expect(serialiseView({ chapter: 'glm', params, fig: 'curve', embed: true, controls: ['alpha', 'noise'] }, glm)).toBe(`?v=${URL_VERSION}&ch=glm&fig=curve&embed=1&controls=alpha,noise`);
  });
  it('survives any hostile query and reports each bad key', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('v', 'ch', 'alpha', 'prior', 'fig', 'controls', 'zzz', 'embed', 'present', 'theme', 'story', 'step', 'steps'), hostileText), (dict) => {
        const { view, notices } = parseView('?' + new URLSearchParams(dict).toString(), schemas, 'glm');
        expect(schemas.map((s) => s.id)).toContain(view.chapter);
        for (const v of Object.values(view.params)) expect(Number.isNaN(v)).toBe(false);
        for (const n of notices) expect(n).toMatch(/^[a-z]+: /);
      }),
    );
    const { view, notices } = parseView('?ch=glm&alpha=abc&prior=cubic&fig=nope&foo=1', schemas, 'glm');
    expect(view.params.alpha).toBe(2);
    expect(view.params.prior).toBe('gaussian');
    expect(view.fig).toBeNull();
    expect(notices.map((n) => n.split(':')[0])).toEqual(['prior', 'alpha', 'foo', 'fig']); // schema order, then unknown keys, then the figure
  });
  it('the front page: a link with no key but the version; any other key opens a chapter as before', () => {
    for (const q of ['', '?', '?v=1']) expect(parseView(q, schemas, 'glm').view.home, q).toBe(true);
    for (const q of ['?ch=glm', '?alpha=2', '?v=1&embed=1', '?fig=curve']) {
      const { view } = parseView(q, schemas, 'glm');
      expect(view.home, q).toBe(false);
      expect(view.chapter, q).toBe('glm');
    }
    const params = Object.fromEntries(glmParams.map((p) => [p.key, p.default]));
    expect(serialiseView({ chapter: 'glm', params, fig: null, embed: false, controls: null, home: true }, glm)).toBe('');
    expect(serialiseView({ chapter: 'glm', params, fig: null, embed: false, controls: null, home: false }, glm)).toBe(`?v=${URL_VERSION}&ch=glm`);
  });
  it('unknown chapter falls back to the default with a notice', () => {
    const { view, notices } = parseView('?ch=quantum', schemas, 'glm');
    expect(view.chapter).toBe('glm');
    expect(notices[0]).toMatch(/^ch: unknown chapter/);
  });
  it('migrates old links step by step', () => {
    // a hypothetical v1 → v2 rename of `a` into `alpha`, as a future schema change would do it
    const migrations = { 1: (q: URLSearchParams) => {
      const out = new URLSearchParams(q);
      if (out.has('a')) {
        out.set('alpha', out.get('a')!);
        out.delete('a');
      }
      return out;
    } };
    const { q, notices } = migrate(new URLSearchParams('v=1&a=3'), migrations, 2);
    expect(notices).toEqual([]);
    expect(q.get('alpha')).toBe('3');
    expect(q.get('v')).toBe('2');
    expect(migrate(new URLSearchParams('v=7'), migrations, 2).notices[0]).toMatch(/^v: unknown link version/);
  });

  it('a repeated key is read once, with a notice saying which value is used', () => {
    const { view, notices } = parseView('?ch=glm&alpha=1&alpha=3&alpha=x&prior=binary', schemas, 'glm');
    expect(view.params.alpha).toBe(1);
    expect(view.params.prior).toBe('binary');
    expect(notices).toEqual(['alpha: given 3 times; using the first, "1"']);
    expect(parseView('?ch=other&ch=glm&fig=a&fig=b', schemas, 'glm').notices).toEqual(['ch: given 2 times; using the first, "other"', 'fig: given 2 times; using the first, "a"']);
  });
  it('embed takes 1/0 (or true/false, yes/no, on/off); anything else is a notice, not a silent "no"', () => {
    for (const raw of ['1', 'true', 'YES', 'on']) expect(parseView(`?embed=${raw}`, schemas, 'glm')).toMatchObject({ view: { embed: true }, notices: [] });
    for (const raw of ['0', 'false', 'no', 'off']) expect(parseView(`?embed=${raw}`, schemas, 'glm')).toMatchObject({ view: { embed: false }, notices: [] });
    for (const raw of ['2', 'maybe', '', 'yes please']) {
      const { view, notices } = parseView(`?embed=${encodeURIComponent(raw)}`, schemas, 'glm');
      expect(view.embed).toBe(false);
      expect(notices).toEqual([`embed: "${raw}" is not 1 or 0; showing the full view`]);
    }
  });
  it('numbers are decimal: hex, binary and octal text is a notice, not a silent conversion', () => {
    const { view, notices } = parseView('?ch=glm&alpha=0x2&d=0b1000000000', schemas, 'glm');
    expect(view.params.alpha).toBe(2);
    expect(view.params.d).toBe(1000);
    expect(notices.map((n) => n.split(':')[0])).toEqual(['alpha', 'd']);
    expect(notices[0]).toMatch(/^alpha: "0x2" is not a number/);
  });
  it('an integer key given a fraction says it rounded, not that it was out of range', () => {
    expect(parseView('?ch=glm&d=500.4', schemas, 'glm').notices).toEqual(['d: 500.4 is not an integer; using 500']);
  });
  it('parses a 2 MB query (Chromium’s URL limit): the first 64 kB, linear steps, a bounded number of short notices', () => {
    // each query fills 2 MB with one kind of hostile content; before the 64 kB cap, a quadratic step (the
    // old controls filter took 7.6 s on 465 kB) would not finish within the test timeout
    const queries = hugeQueries(URL_LIMIT);
    for (const [name, q] of Object.entries(queries)) {
      expect(q.length, name).toBeGreaterThan(URL_LIMIT - 30);
      const { view, notices } = parseView(q, schemas, 'glm');
      expect(view.chapter).toBe('glm');
      expect(notices[0], name).toMatch(/^query: the link is 2048 kB long; only its first \d+ kB are read$/);
      expect(notices.length, name).toBeLessThanOrEqual(20);
      for (const n of notices) expect(n.length, name).toBeLessThanOrEqual(200);
    }
    expect(parseView(queries.controls, schemas, 'glm').view.controls).toBeNull(); // one pair crossing the line: dropped whole
    const c = parseView(queries.controls.slice(0, 60_000), schemas, 'glm');
    expect(c.view.controls).toEqual(['alpha', 'noise']);
    expect(c.notices).toEqual([expect.stringMatching(/^controls: x0, x1, x2, x3, x4 and \d{5} more are not parameters of this chapter; ignored$/)]);
    const u = parseView(queries.unknown, schemas, 'glm').notices;
    expect(u.slice(1, 6)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4'].map((k) => `${k}: not a parameter of this chapter; ignored`));
    expect(u[6]).toMatch(/^query: \d{4,} more unknown keys; ignored$/);
    const r = parseView(queries.repeated, schemas, 'glm');
    expect(r.view.params.alpha).toBe(3);
    expect(r.notices.some((n) => /^alpha: given \d+ times; using the first, "3"$/.test(n)), r.notices.join('\n')).toBe(true);
    expect(parseView(queries.value, schemas, 'glm').view.params.alpha).toBe(2); // its pair crosses the 64 kB line
    const long = parseView(`?ch=glm&d=${'1'.repeat(60_000)}x&alpha=${'9'.repeat(3000)}`, schemas, 'glm');
    expect(long.view.params).toMatchObject({ alpha: 10, d: 1000 });
    expect(long.notices).toEqual([`alpha: ${'9'.repeat(39)}… is outside 0.01…10; using 10`, `d: "${'1'.repeat(39)}…" is not a number; using 1000`]);
  });
});
