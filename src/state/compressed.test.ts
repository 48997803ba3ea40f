import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { glmParams } from '../../workers/physics/glm/params.ts';
import type { ParamValues } from '../../workers/physics/schema.ts';
import { validValues } from './arbitraries.ts';
import { compactSearch, expandSearch, LONG_QUERY, MAX_Z } from './compressed.ts';
import { parseView, serialiseView, type ChapterSchema } from './url.ts';

const glm: ChapterSchema = { id: 'glm', params: glmParams, figures: ['curve', 'amp'] };

describe('compressed links (z=)', () => {
  it('a long view with pins compresses and reads back to the same view', () => {
    fc.assert(
      fc.property(validValues(glmParams), fc.array(validValues(glmParams), { minLength: 4, maxLength: 6 }), (params, pins) => {
        const view = { chapter: 'glm', params, fig: 'curve', embed: false, controls: null, pins: { curve: pins } };
        const plain = serialiseView(view, glm);
        const short = compactSearch(plain);
        expect(short.length).toBeLessThanOrEqual(plain.length);
        if (plain.length > LONG_QUERY) expect(short).toMatch(/^\?v=3&z=/);
        const back = parseView(short, [glm], 'glm');
        expect(back.notices).toEqual([]);
        expect(back.view.params).toEqual(parseView(plain, [glm], 'glm').view.params);
        expect(back.view.pins).toEqual(parseView(plain, [glm], 'glm').view.pins);
      }),
      { numRuns: 40 },
    );
  });
  it('a short link stays plain', () => {
    expect(compactSearch('?v=1&ch=glm&alpha=2')).toBe('?v=1&ch=glm&alpha=2');
  });
  it('survives a + read back as a space, and reports a z= that does not decode', () => {
    const z = compressToEncodedURIComponent('ch=glm&alpha=1.5');
    expect(expandSearch(`v=1&z=${z.replaceAll('+', ' ')}`).text).toBe('v=1&ch=glm&alpha=1.5');
    expect(parseView('?v=1&z=%%%garbage', [glm], 'glm').notices).toEqual(['z: the compressed part of the link does not decode; ignored']);
    expect(parseView(`?v=1&z=${'A'.repeat(MAX_Z + 1)}`, [glm], 'glm').notices[0]).toMatch(/^z: the compressed part is 9 kB/);
  });
});

/**
 * Links as they were written by earlier builds of the page (README examples, lecture slides, the e2e
 * journeys): each must open the same view. URL version 1 is the only version so far; a future version
 * adds its MIGRATIONS entry and these rows keep their expected views.
 */
describe('old links open the same view', () => {
  const d: ParamValues = Object.fromEntries(glmParams.map((s) => [s.key, s.default]));
  const table: [string, ParamValues, string | null][] = [
    ['?v=1&ch=glm&prior=binary&alpha=1.4', { prior: 'binary', alpha: 1.4 }, null],
    ['?ch=glm&alpha=1.5&fig=curve', { alpha: 1.5 }, 'curve'], // before versions were written
    ['?v=1&ch=glm&alpha=1.5&fig=curve&embed=1&controls=alpha', { alpha: 1.5 }, 'curve'],
    ['?v=1&ch=glm&channel=abs&noise=0&alpha=1.3&iters=150', { channel: 'abs', alpha: 1.3, iters: 150 }, null],
    ['?v=1&ch=glm&prior=sparse&channel=linear&rho=0.1&alpha=0.15', { prior: 'sparse', channel: 'linear', rho: 0.1, alpha: 0.15 }, null],
  ];
  for (const [link, values, fig] of table)
    it(link, () => {
      const { view, notices } = parseView(link, [glm], 'glm');
      expect(notices).toEqual([]);
      expect(view.params).toEqual({ ...d, ...values });
      expect(view.fig).toBe(fig);
      expect(view.pins).toBeUndefined();
    });
});
