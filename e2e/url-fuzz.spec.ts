import { expect, test, type Page } from '@playwright/test';
import { chapters } from './chapters.ts';
import type { ParamSpec } from '../workers/physics/schema.ts';

// URL fuzz journey (issue #11): hostile links across every chapter, seeded so a failure names a URL that
// reproduces it (`LP_FUZZ_SEED=… LP_FUZZ_RUNS=…` to explore more). One page; each URL waits for the
// figures and the notices, not for the jobs (~50 s for 240 URLs). Checks: no page error, no console
// error, no NaN or Infinity in any figure, and a notice naming every key the URL got wrong.

const SEED = Number(process.env.LP_FUZZ_SEED ?? 20261107);
const RUNS = Number(process.env.LP_FUZZ_RUNS ?? 240);
const BATCHES = 4;

/** mulberry32: a small seeded generator (no dependency). */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)], chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

/** Text no number or option accepts (so a notice must name its key). */
const NOT_A_VALUE = ['NaN', 'abc', '0x10', '0b11', '', 'Infinity', '-Infinity', '∞', '1,5', '1e400', '-1e400', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '%00', '\u202e1', '😀', 'null', '{}', '[1]', 'x'.repeat(3000), '9'.repeat(400)];
/** Text that may or may not be valid for a key: edge numbers, spacing, case. */
const MAYBE = ['-0', '0', '1', ' 2 ', '1e-400', '0.1', '1e3', '2.5e-7', '+3', '.5', '5.', 'LARGE', 'large', 'Binary', 'sign', 'gaussian'];
const WORDS = ['zzz', 'alpha2', 'Alpha', 'seed ', 'ch2', '__proto__', 'constructor', 'x'.repeat(80), '<b>k</b>', 'é'];

interface Case {
  url: string;
  /** keys the page must name in a notice */
  expect: string[];
}

function validNumber(r: Rng, p: Extract<ParamSpec, { kind: 'number' }>): string {
  const x = p.scale === 'log' ? p.min * Math.pow(p.max / p.min, r.next()) : p.min + r.next() * (p.max - p.min);
  return String(p.integer ? Math.round(x) : x);
}

function hostileCase(r: Rng, i: number): Case {
  const c = chapters[i % chapters.length];
  const params = c.params as readonly ParamSpec[];
  const pairs: [string, string][] = [];
  const expectKeys: string[] = [];
  const ch = r.chance(0.9) ? c.id : r.pick(['GLM', 'quantum', '', '<i>x</i>']);
  const chapter = chapters.find((x) => x.id === ch);
  const own = new Set((chapter?.params ?? chapters[0].params).map((p: ParamSpec) => p.key));
  if (!chapter) expectKeys.push('ch');
  pairs.push(['ch', ch]);
  for (let k = 1 + r.int(3); k > 0; k--) {
    const p = r.pick(params);
    const bad = r.chance(0.5);
    const value = bad ? r.pick(NOT_A_VALUE) : r.chance(0.5) && p.kind === 'number' ? validNumber(r, p) : r.pick(MAYBE);
    if (pairs.some(([key]) => key === p.key)) continue;
    pairs.push([p.key, value]);
    // a value no parser takes (a chapter that fell back may not have the key at all: then "not a parameter")
    if (bad && !(p.kind === 'number' && p.infinityToken && value.toLowerCase() === p.infinityToken)) expectKeys.push(p.key);
    else if (!own.has(p.key)) expectKeys.push(p.key);
  }
  if (r.chance(0.3)) {
    const key = r.pick(WORDS);
    pairs.push([key, r.pick([...NOT_A_VALUE, ...MAYBE])]);
    if (!own.has(key)) expectKeys.push(key);
  }
  if (r.chance(0.25)) {
    const [key, value] = r.pick(pairs);
    pairs.push([key, value + '1']);
    expectKeys.push(key);
  }
  if (r.chance(0.3)) {
    const flag = r.pick(['1', '0', 'yes', 'maybe', '2', 'TRUE', '']);
    pairs.push(['embed', flag]);
    if (['maybe', '2', ''].includes(flag)) expectKeys.push('embed');
  }
  if (r.chance(0.3)) pairs.push(['fig', r.chance(0.5) ? r.pick(c.figures).id : r.pick(NOT_A_VALUE)]);
  if (r.chance(0.3)) pairs.push(['controls', Array.from({ length: 1 + r.int(4) }, () => (r.chance(0.6) ? r.pick(params).key : r.pick(WORDS))).join(',')]);
  if (r.chance(0.15)) pairs.push(['v', r.pick(['1', '2', '0', 'x', '-1'])]);
  // shuffle, then write with URLSearchParams (a hostile value cannot break the query syntax, as in a pasted link)
  for (let k = pairs.length - 1; k > 0; k--) {
    const j = r.int(k + 1);
    [pairs[k], pairs[j]] = [pairs[j], pairs[k]];
  }
  return { url: './?' + new URLSearchParams(pairs).toString(), expect: [...new Set(expectKeys)] };
}

// chapter by chapter, so most URLs change only values: a full load (the page's first parse) for every
// FULL_EVERY-th URL, a history navigation (popstate → the same parser, the store's loadView) for the rest
const FULL_EVERY = 20;
const cases: Case[] = [];
{
  const r = rng(SEED);
  const all = Array.from({ length: RUNS }, (_, i) => hostileCase(r, i));
  for (let k = 0; k < chapters.length; k++) cases.push(...all.filter((_, i) => i % chapters.length === k));
}

interface Seen {
  notices: string[];
  /** figures whose markup holds NaN or Infinity, with the text around it */
  nan: string[];
  figures: number;
}

/**
 * In the page, in one round trip for several URLs: for each, navigate (popstate; null: the page as loaded),
 * let React render (a frame, then until a figure is there), read the notices and the figures' markup, and
 * dismiss the notices for the next one.
 */
function lookAll(urls: (string | null)[]): Promise<Seen[]> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  return (async () => {
    const out: Seen[] = [];
    for (const url of urls) {
      if (url !== null) {
        history.pushState(null, '', url);
        dispatchEvent(new PopStateEvent('popstate'));
      }
      await frame();
      for (let i = 0; i < 600 && !document.querySelector('svg[data-figure]'); i++) await frame();
      const notices = [...document.querySelectorAll('[data-notice] > span')].map((e) => e.textContent ?? '');
      const svgs = [...document.querySelectorAll('svg[data-figure]')];
      const nan = svgs.flatMap((s) => {
        const m = s.outerHTML.match(/.{0,60}(NaN|Infinity).{0,60}/);
        return m ? [`${s.getAttribute('data-figure')}: …${m[0]}…`] : [];
      });
      (document.querySelector<HTMLElement>('[data-dismiss-all]') ?? document.querySelector<HTMLElement>('[data-notice] button'))?.click();
      out.push({ notices, nan, figures: svgs.length });
    }
    return out;
  })();
}

function check({ url, expect: keys }: Case, seen: Seen) {
  expect(seen.figures, `${url}: a figure is drawn`).toBeGreaterThan(0);
  for (const key of keys) expect(seen.notices.some((n) => n.startsWith(`${key.length > 40 ? key.slice(0, 39) + '…' : key}:`)), `${url}: a notice for "${key}" in\n${seen.notices.join('\n')}`).toBe(true);
  expect(seen.nan, url).toEqual([]);
}

/** A full load of the first case, then the rest by history navigation in one round trip. */
async function visit(page: Page, errors: string[], group: Case[]) {
  await page.goto(group[0].url, { waitUntil: 'domcontentloaded' });
  const seen = await page.evaluate(lookAll, [null, ...group.slice(1).map((c) => c.url)]);
  // an error is reported with the group; each URL is a link that reproduces it on its own
  expect(errors, `page errors during\n${group.map((c) => c.url).join('\n')}`).toEqual([]);
  group.forEach((c, i) => check(c, seen[i]));
}

for (let b = 0; b < BATCHES; b++) {
  const from = Math.round((b * cases.length) / BATCHES);
  const batch = cases.slice(from, Math.round(((b + 1) * cases.length) / BATCHES));
  test(`hostile URLs ${from + 1}–${from + batch.length} of ${RUNS} (seed ${SEED}): no error, no NaN, a notice per bad key`, async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    for (let i = 0; i < batch.length; i += FULL_EVERY) await visit(page, errors, batch.slice(i, i + FULL_EVERY));
  });
}
