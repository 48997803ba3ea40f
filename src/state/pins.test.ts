import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { glmParams } from '../../workers/physics/glm/params.ts';
import { hostileText, validValues } from './arbitraries.ts';
import { MAX_PINS, parsePins, serialisePins } from './pins.ts';
import { parseView, serialiseView, type ChapterSchema } from './url.ts';

const figures = ['curve', 'amp'];
const glm: ChapterSchema = { id: 'glm', params: glmParams, figures };

describe('pins codec', () => {
  it('round-trips any pinned states exactly, in order, with no notice', () => {
    fc.assert(
      fc.property(fc.array(validValues(glmParams), { maxLength: MAX_PINS }), fc.array(validValues(glmParams), { maxLength: MAX_PINS }), (a, b) => {
        const pins = { curve: a, amp: b };
        const text = serialisePins(pins, glmParams, figures);
        const back = parsePins(text, glmParams, figures);
        expect(back.notices).toEqual([]);
        expect(back.pins.curve ?? []).toEqual(a);
        expect(back.pins.amp ?? []).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });
  it('writes only what differs from the defaults, readable in the query', () => {
    const d = Object.fromEntries(glmParams.map((s) => [s.key, s.default]));
    const view = { chapter: 'glm', params: d, fig: null, embed: false, controls: null, pins: { curve: [{ ...d, alpha: 1.5 }, { ...d, prior: 'binary', noise: 0.1 }] } };
    expect(serialiseView(view, glm)).toBe('?v=3&ch=glm&pins=curve~alpha:1.5,curve~prior:binary;noise:0.1');
    expect(parseView('?v=1&ch=glm&pins=curve~alpha:1.5,curve~prior:binary;noise:0.1', [glm], 'glm').view.pins).toEqual(view.pins);
  });
  it('hostile pins: never throws, at most 5 notices, values clamped, at most 6 pins per figure', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('curve', 'amp', 'nope', ''), fc.constantFrom('alpha', 'prior', 'zz', ''), hostileText), { maxLength: 20 }), (parts) => {
        const raw = parts.map(([f, k, v]) => `${f}~${k}:${v}`).join(',');
        const { pins, notices } = parsePins(raw, glmParams, figures);
        expect(notices.length).toBeLessThanOrEqual(5);
        for (const list of Object.values(pins)) {
          expect(list.length).toBeLessThanOrEqual(MAX_PINS);
          for (const v of list) expect(Number.isNaN(v.alpha)).toBe(false);
        }
      }),
    );
    const seven = Array.from({ length: 7 }, (_, i) => `curve~alpha:${i + 1}`).join(',');
    const r = parsePins(seven, glmParams, figures);
    expect(r.pins.curve).toHaveLength(MAX_PINS);
    expect(r.notices).toEqual(['pins: at most 6 pins per figure; 1 more ignored']);
    expect(parsePins('curve~alpha:50', glmParams, figures).pins.curve[0].alpha).toBe(10);
  });
});
