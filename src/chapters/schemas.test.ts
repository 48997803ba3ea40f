import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chapters, schemas } from './registry.ts';
import { parseParam, serialiseParam } from '../state/codec.ts';
import { parseView, serialiseView } from '../state/url.ts';
import { hostileText, validValue, validValues } from '../state/arbitraries.ts';
import type { ParamSpec } from '../../workers/physics/schema.ts';

// Property tests generated from every chapter's schema: what a user can type or paste into the URL.
for (const chapter of chapters) {
  const specs: readonly ParamSpec[] = chapter.params;
  const schema = schemas.find((s) => s.id === chapter.id)!;

  describe(`${chapter.id} schema`, () => {
    it('round-trips every valid value of every key through the URL text (6 significant digits)', () => {
      for (const spec of specs) {
        fc.assert(
          fc.property(validValue(spec), (v) => {
            const back = parseParam(spec, serialiseParam(spec, v));
            expect(back.issue, spec.key).toBeUndefined();
            if (typeof v === 'number' && Number.isFinite(v)) expect(Math.abs(Number(back.value) - v)).toBeLessThanOrEqual(Math.abs(v) * 1e-5);
            else expect(back.value).toBe(v);
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
          for (const p of specs) {
            const a = params[p.key];
            if (typeof a === 'number' && Number.isFinite(a)) expect(Math.abs(Number(back.params[p.key]) - a)).toBeLessThanOrEqual(Math.abs(a) * 1e-5);
            else expect(back.params[p.key]).toBe(a);
          }
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
