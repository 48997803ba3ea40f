import { describe, expect, it } from 'vitest';
import { chapters, schemas } from './registry.ts';
import { PAGE_DEFAULTS_BEFORE, parseView, serialiseView, URL_VERSION } from '../state/url.ts';
import { parseParam } from '../state/codec.ts';
import type { ParamSpec } from '../../workers/physics/schema.ts';

// URL versions 2 and 3 opened some chapters at smaller sizes (issue #10 item 6); an older link keeps the view it showed.
const V1_PAGE_DEFAULTS = PAGE_DEFAULTS_BEFORE[1];
describe('page defaults: version 1 and 2 links keep their meaning', () => {
  const specOf = (ch: string, key: string) => (chapters.find((c) => c.id === ch)!.params as readonly ParamSpec[]).find((s) => s.key === key)!;

  it('every value in PAGE_DEFAULTS_BEFORE is a valid value of its chapter that differs from today\'s default', () => {
    expect(URL_VERSION).toBe(3);
    for (const byChapter of Object.values(PAGE_DEFAULTS_BEFORE))
      for (const [ch, values] of Object.entries(byChapter))
      for (const [key, text] of Object.entries(values)) {
        const spec = specOf(ch, key);
        const { value, issue } = parseParam(spec, text);
        expect(issue, `${ch}.${key}`).toBeUndefined();
        expect(value, `${ch}.${key}`).not.toBe(spec.default);
      }
  });

  it('sgd: a v1 link without N opens N = 300; a v2 link without N opens the new default, 200', () => {
    expect(specOf('sgd', 'N').default).toBe(200);
    expect(parseView('?v=1&ch=sgd&alpha=400', schemas, 'glm').view.params.N).toBe(300);
    // a link without a version predates them: version 1
    expect(parseView('?ch=sgd', schemas, 'glm').view.params.N).toBe(300);
    expect(parseView('?v=2&ch=sgd&alpha=400', schemas, 'glm').view.params.N).toBe(200);
    // a value the v1 link gave is kept
    expect(parseView('?v=1&ch=sgd&N=1000', schemas, 'glm').view.params.N).toBe(1000);
    // a pin of a v1 link at the old default N keeps it too
    const { view, notices } = parseView('?v=1&ch=sgd&pins=curve~alpha:500,curve~N:400', schemas, 'glm');
    expect(notices).toEqual([]);
    expect(view.pins?.curve?.map((p) => p.N)).toEqual([300, 400]);
  });

  // each chapter whose page opens smaller in version 2: the old size through a v1 link (and its pins), the new one through v2
  const v2Sizes: readonly [string, string, number, number][] = [
    ['spiked', 'p', 400, 200],
    ['hmm', 'p', 200, 100],
    ['landscapes', 'd', 200, 100],
  ];
  it.each(v2Sizes)('%s: a v1 link without %s opens %d, a v2 link the new default %d', (ch, key, v1, v2) => {
    expect(specOf(ch, key).default).toBe(v2);
    expect(V1_PAGE_DEFAULTS[ch]).toEqual({ [key]: String(v1) });
    expect(parseView(`?v=1&ch=${ch}`, schemas, 'glm').view.params[key]).toBe(v1);
    expect(parseView(`?ch=${ch}`, schemas, 'glm').view.params[key]).toBe(v1);
    expect(parseView(`?v=2&ch=${ch}`, schemas, 'glm').view.params[key]).toBe(v2);
    // a value the v1 link gave is kept
    expect(parseView(`?v=1&ch=${ch}&${key}=300`, schemas, 'glm').view.params[key]).toBe(300);
    const fig = chapters.find((c) => c.id === ch)!.figures[0].id;
    const { view, notices } = parseView(`?v=1&ch=${ch}&pins=${fig}~seed:2,${fig}~${key}:300`, schemas, 'glm');
    expect(notices).toEqual([]);
    expect(view.pins?.[fig]?.map((pin) => pin[key])).toEqual([v1, 300]);
    // the page's new link carries the old size and reads back the same view
    const link = serialiseView(parseView(`?v=1&ch=${ch}`, schemas, 'glm').view, schemas.find((s) => s.id === ch)!);
    // (landscapes: and version 2's 4 runs, written before d in the schema's order)
    expect(link).toBe(ch === 'landscapes' ? `?v=3&ch=landscapes&seeds=4&${key}=${v1}` : `?v=3&ch=${ch}&${key}=${v1}`);
  });

  it('the page writes the old default into its new link, which then reads back the same view', () => {
    const sgd = schemas.find((s) => s.id === 'sgd')!;
    const { view } = parseView('?v=1&ch=sgd', schemas, 'glm');
    const link = serialiseView(view, sgd);
    expect(link).toBe('?v=3&ch=sgd&N=300');
    expect(parseView(link, schemas, 'glm').view.params).toEqual(view.params);
  });

  it('other chapters and the front page are untouched', () => {
    expect(parseView('?v=1', schemas, 'glm').view.home).toBe(true);
    const glm = parseView('?v=1&ch=glm', schemas, 'glm');
    expect(glm.notices).toEqual([]);
    expect(glm.view.params).toEqual(parseView('?v=2&ch=glm', schemas, 'glm').view.params);
    const committee = parseView('?v=1&ch=committee', schemas, 'glm').view.params;
    expect(committee).toEqual(parseView('?v=3&ch=committee', schemas, 'glm').view.params);
  });

  it('glm: a v1 or v2 link (or one without ch) opens d = 1000, a v3 link the new default 800', () => {
    expect(specOf('glm', 'd').default).toBe(800);
    for (const q of ['?v=1&ch=glm', '?v=2&ch=glm', '?ch=glm', '?v=2&alpha=3']) expect(parseView(q, schemas, 'glm').view.params.d).toBe(1000);
    expect(parseView('?v=3&ch=glm', schemas, 'glm').view.params.d).toBe(800);
    expect(parseView('?v=2&ch=glm&d=2000', schemas, 'glm').view.params.d).toBe(2000);
    const glm = schemas.find((s) => s.id === 'glm')!;
    expect(serialiseView(parseView('?v=2&ch=glm&alpha=1.5', schemas, 'glm').view, glm)).toBe('?v=3&ch=glm&alpha=1.5&d=1000');
  });

  it('landscapes: a v1 or v2 link without seeds opens 4 runs, a v3 link the new default 3 (also in a pin); the new link says 4', () => {
    expect(specOf('landscapes', 'seeds').default).toBe(3);
    expect(PAGE_DEFAULTS_BEFORE[2].landscapes).toEqual({ seeds: '4' });
    for (const v of [1, 2]) expect(parseView(`?v=${v}&ch=landscapes`, schemas, 'glm').view.params.seeds).toBe(4);
    expect(parseView('?ch=landscapes', schemas, 'glm').view.params.seeds).toBe(4);
    expect(parseView('?v=3&ch=landscapes', schemas, 'glm').view.params.seeds).toBe(3);
    expect(parseView('?v=2&ch=landscapes&seeds=7', schemas, 'glm').view.params.seeds).toBe(7);
    const { view, notices } = parseView('?v=2&ch=landscapes&pins=dynamics~seed:2,dynamics~seeds:6', schemas, 'glm');
    expect(notices).toEqual([]);
    expect(view.pins?.dynamics?.map((pin) => pin.seeds)).toEqual([4, 6]);
    const landscapes = schemas.find((s) => s.id === 'landscapes')!;
    expect(serialiseView(parseView('?v=2&ch=landscapes', schemas, 'glm').view, landscapes)).toBe('?v=3&ch=landscapes&seeds=4');
    // the other chapters' v2 links are v3 links
    expect(parseView('?v=2&ch=sgd', schemas, 'glm').view.params).toEqual(parseView('?v=3&ch=sgd', schemas, 'glm').view.params);
  });
});
