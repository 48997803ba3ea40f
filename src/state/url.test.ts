import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { migrate, parseView, serialiseView, URL_VERSION, type ChapterSchema } from './url.ts';
import { glmParams } from '../../workers/physics/glm/params.ts';
import { hostileText } from './arbitraries.ts';

const glm: ChapterSchema = { id: 'glm', params: glmParams, figures: ['curve', 'amp'] };
const other: ChapterSchema = { id: 'other', params: [{ kind: 'number', key: 'K', label: 'K', tex: 'K', min: 1, max: 9, step: 1, scale: 'lin', default: 2, integer: true }], figures: ['a'] };
const schemas = [glm, other];

describe('URL view state', () => {
  it('writes only non-default values, with the version, in readable keys', () => {
    const params = Object.fromEntries(glmParams.map((p) => [p.key, p.default]));
    expect(serialiseView({ chapter: 'glm', params: { ...params, alpha: 1.5, prior: 'binary' }, fig: null, embed: false, controls: null }, glm)).toBe(
      `?v=${URL_VERSION}&ch=glm&prior=binary&alpha=1.5`,
    );
    expect(serialiseView({ chapter: 'glm', params, fig: 'curve', embed: true, controls: ['alpha', 'noise'] }, glm)).toBe('?v=1&ch=glm&fig=curve&embed=1&controls=alpha,noise');
  });
  it('survives any hostile query and reports each bad key', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('v', 'ch', 'alpha', 'prior', 'fig', 'controls', 'zzz', 'embed'), hostileText), (dict) => {
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
});
