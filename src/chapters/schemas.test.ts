import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chapters, schemas } from './registry.ts';
import { parseParam, serialiseParam } from '../state/codec.ts';
import { parseView, serialiseView } from '../state/url.ts';
import { hostileText, validValue, validValues } from '../state/arbitraries.ts';
import type { ParamSpec } from '../../workers/physics/schema.ts';

// Property tests generated from every chapter's schema: what a user can type or paste into the URL.

// 10⁴ fuzzed (chapter, key, value) cases through the codec: parse(serialise(x)) === x, no notice (issue #11, F1).
describe('URL codec over every chapter', () => {
  const cases = chapters.flatMap((c) => (c.params as readonly ParamSpec[]).map((spec) => validValue(spec).map((v) => ({ spec, v }))));
  it('every value of every key of every chapter reads back exactly (10⁴ cases)', () => {
    fc.assert(
      fc.property(fc.oneof(...cases), ({ spec, v }) => {
        const text = serialiseParam(spec, v);
        const back = parseParam(spec, text);
        return back.issue === undefined && back.value === v && !text.includes('+');
      }),
      { numRuns: 10_000 },
    );
  });
  it('a shared link keeps its integers: ?ch=glm&seed=123456789&d=500&seeds=1', () => {
    const glm = schemas.find((s) => s.id === 'glm')!;
    const { view, notices } = parseView('?ch=glm&seed=123456789&d=500&seeds=1', schemas, 'glm');
    expect(notices).toEqual([]);
    const url = serialiseView(view, glm);
    expect(new URLSearchParams(url).get('seed')).toBe('123456789');
    expect(parseView(url, schemas, 'glm').view.params).toEqual(view.params);
  });
});
for (const chapter of chapters) {
  const specs: readonly ParamSpec[] = chapter.params;
  const schema = schemas.find((s) => s.id === chapter.id)!;

  describe(`${chapter.id} schema`, () => {
    it('round-trips every valid value of every key through the URL text exactly', () => {
      for (const spec of specs) {
        fc.assert(
          fc.property(validValue(spec), (v) => {
            const back = parseParam(spec, serialiseParam(spec, v));
            expect(back.issue, spec.key).toBeUndefined();
            expect(back.value === v, `${spec.key}: ${v} → ${serialiseParam(spec, v)} → ${back.value}`).toBe(true);
          }),
          { numRuns: 50 },
        );
      }
    });

    it('never yields NaN or an out-of-range value from hostile text, and names the key when it changes it', () => {
      for (const spec of specs) {
        fc.assert(
          fc.property(hostileText, (raw) => {
            const { value, issue } = parseParam(spec, raw);
            if (spec.kind === 'enum') expect(spec.options.map((o) => o.value)).toContain(value);
            else if (value !== Infinity || !spec.infinityToken) {
              expect(typeof value).toBe('number');
              expect(Number(value) >= spec.min && Number(value) <= spec.max, `${spec.key} = ${value}`).toBe(true);
            }
            if (issue) expect(issue.startsWith(spec.key + ':')).toBe(true);
          }),
          { numRuns: 50 },
        );
      }
    });

    it('a whole view survives serialise → parse with no notice', () => {
      fc.assert(
        fc.property(validValues(specs), fc.constantFrom(null, ...schema.figures), fc.boolean(), (params, fig, embed) => {
          const view = { chapter: chapter.id, params, fig, embed, controls: embed ? [specs[0].key] : null };
          const { view: back, notices } = parseView(serialiseView(view, schema), schemas, 'glm');
          expect(notices).toEqual([]);
          expect(back.chapter).toBe(chapter.id);
          expect(back.fig).toBe(fig);
          expect(back.embed).toBe(embed);
          for (const p of specs) expect(back.params[p.key] === params[p.key], p.key).toBe(true);
        }),
        { numRuns: 100 },
      );
    });

    it('any hostile query gives a sane view of this chapter and a notice per bad key', () => {
      const keys = [...specs.map((p) => p.key), 'fig', 'controls', 'embed', 'zzz'];
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...keys), hostileText), (dict) => {
          const { view, notices } = parseView('?' + new URLSearchParams({ ...dict, ch: chapter.id }).toString(), schemas, 'glm');
          expect(view.chapter).toBe(chapter.id);
          for (const p of specs) {
            const v = view.params[p.key];
            if (p.kind === 'enum') expect(p.options.map((o) => o.value)).toContain(v);
            else expect(Number.isNaN(v)).toBe(false);
          }
          for (const n of notices) expect(n).toMatch(/^[A-Za-z0-9]+: /);
        }),
        { numRuns: 100 },
      );
    });
  });
}

describe('CLI-only keys', () => {
  it('are not page keys: a link carrying one gets the unknown-key notice and the view is unchanged', () => {
    const { view, notices } = parseView('?ch=sgd&start=reference&norm=veiga', schemas, 'glm');
    expect(view.params.start).toBeUndefined();
    expect(notices.map((n) => n.split(':')[0])).toEqual(['start', 'norm']);
  });
});
