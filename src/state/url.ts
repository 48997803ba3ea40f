import type { ParamSpec, ParamValues } from '../../workers/physics/schema.ts';
import { clip, parseParam, quote, serialiseParam } from './codec.ts';
import { expandSearch } from './compressed.ts';
import { parsePins, serialisePins, type Pins } from './pins.ts';

/**
 * The URL is the serialised view: `?v=1&ch=glm&alpha=2&prior=binary&fig=curve` (+ `embed=1&controls=alpha,noise`).
 * Only values that differ from their defaults are written, so links stay short. A link from an
 * older schema version is migrated step by step before parsing, so last year's slides still open.
 */
export const URL_VERSION = 1;

/** migrations[n] turns a version-n query into a version-(n+1) one. */
export type Migration = (q: URLSearchParams) => URLSearchParams;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export const RESERVED_KEYS = ['v', 'ch', 'fig', 'embed', 'controls', 'pins', 'compare', 'z'] as const;

/**
 * Hostile links are parsed in bounded time with a bounded number of short notices: only the first
 * 64 kB of a query are read (the page writes links of a few hundred bytes; Chromium accepts 2 MB, most
 * servers reject request lines far shorter), with a notice; every step is linear; unknown keys, repeated
 * keys and bad `controls` entries beyond the first few are counted in one notice; text in notices is clipped.
 */
export const MAX_QUERY = 64 * 1024;
export const MAX_KEY_NOTICES = 5;

/** `embed` (a flag): these words, any case; anything else is a notice and the full view. */
const FLAG_WORDS: Readonly<Record<string, boolean>> = { '1': true, true: true, yes: true, on: true, '0': false, false: false, no: false, off: false };

export interface ViewState {
  chapter: string;
  params: ParamValues;
  fig: string | null;
  embed: boolean;
  /** keys of the controls shown in embed mode (null: none) */
  controls: string[] | null;
  /** pinned states per figure (pins.ts); absent: none */
  pins?: Pins;
  /** two-up view: each figure with pins drawn beside its first pinned state, on shared axes */
  compare?: boolean;
  /** the front page: a link with no chapter and no other key (`/` or `?v=1`); any key opens a chapter as before */
  home?: boolean;
}

export interface ChapterSchema {
  id: string;
  params: readonly ParamSpec[];
  figures: readonly string[];
}

export interface ParsedView {
  view: ViewState;
  notices: string[];
}

export function migrate(q: URLSearchParams, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, target = URL_VERSION): { q: URLSearchParams; notices: string[] } {
  const notices: string[] = [];
  const raw = q.get('v');
  let v = raw === null ? target : Number(raw);
  if (!Number.isInteger(v) || v < 1 || v > target) {
    notices.push(`v: unknown link version "${raw}"; reading it as version ${target}`);
    v = target;
  }
  let out = new URLSearchParams(q);
  while (v < target) {
    const m = migrations[v];
    if (!m) throw new Error(`no URL migration from version ${v}`);
    out = m(out);
    v++;
  }
  out.set('v', String(target));
  return { q: out, notices };
}

export function parseView(search: string, chapters: readonly ChapterSchema[], defaultChapter: string): ParsedView {
  const capped = capQuery(search);
  // a compressed link (z=) is expanded first; the expansion is capped like any query
  const expanded = expandSearch(capped.text);
  const { text, notice: expandedNotice } = capQuery(expanded.text);
  const notice = capped.notice ?? expanded.notice ?? expandedNotice;
  const given = new URLSearchParams(text);
  const repeats = repeatedKeys(given);
  const { q, notices } = migrate(given);
  if (notice) notices.unshift(notice);
  const chKey = q.get('ch');
  let chapter = chapters.find((c) => c.id === chKey);
  if (chKey !== null && !chapter) notices.push(`ch: unknown chapter ${quote(chKey)}; opening ${defaultChapter}`);
  chapter ??= chapters.find((c) => c.id === defaultChapter) ?? chapters[0];
  const params: ParamValues = {};
  for (const spec of chapter.params) {
    const raw = q.get(spec.key);
    if (raw === null) {
      params[spec.key] = spec.default;
      continue;
    }
    const parsed = parseParam(spec, raw);
    params[spec.key] = parsed.value;
    if (parsed.issue) notices.push(parsed.issue);
  }
  const known = new Set<string>([...RESERVED_KEYS, ...chapter.params.map((p) => p.key)]);
  const unknown = new Set<string>();
  for (const key of q.keys()) if (!known.has(key)) unknown.add(key);
  let shown = 0;
  for (const key of unknown) {
    if (shown++ === MAX_KEY_NOTICES) break;
    notices.push(`${clip(key)}: not a parameter of this chapter; ignored`);
  }
  if (unknown.size > MAX_KEY_NOTICES) notices.push(`query: ${unknown.size - MAX_KEY_NOTICES} more unknown keys; ignored`);
  let fig = q.get('fig');
  if (fig !== null && !chapter.figures.includes(fig)) {
    notices.push(`fig: unknown figure ${quote(fig)}; showing ${chapter.figures[0]}`);
    fig = null;
  }
  const embedRaw = q.get('embed');
  const embed = embedRaw === null ? false : FLAG_WORDS[embedRaw.trim().toLowerCase()];
  if (embed === undefined) notices.push(`embed: ${quote(embedRaw!)} is not 1 or 0; showing the full view`);
  const controls = parseControls(q.get('controls'), chapter, notices);
  const view: ViewState = { chapter: chapter.id, params, fig, embed: embed ?? false, controls };
  const pinsRaw = q.get('pins');
  if (pinsRaw !== null) {
    const parsed = parsePins(pinsRaw, chapter.params, chapter.figures);
    view.pins = parsed.pins;
    notices.push(...parsed.notices);
  }
  const compareRaw = q.get('compare');
  if (compareRaw !== null) {
    const flag = FLAG_WORDS[compareRaw.trim().toLowerCase()];
    if (flag === undefined) notices.push(`compare: ${quote(compareRaw)} is not 1 or 0; showing one view`);
    if (flag) view.compare = true;
  }
  for (const [key, values] of repeats) notices.push(`${clip(key)}: given ${values.count} times; using the first, ${quote(values.first)}`);
  view.home = chKey === null && [...given.keys()].every((k) => k === 'v');
  return { view, notices: dedupe(notices) };
}

/** The first MAX_QUERY characters of a query, cut before the pair that crosses the limit. */
function capQuery(search: string): { text: string; notice?: string } {
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text.length <= MAX_QUERY) return { text };
  const cut = Math.max(0, text.lastIndexOf('&', MAX_QUERY));
  const kB = (n: number) => `${Math.ceil(n / 1024)} kB`;
  return { text: text.slice(0, cut), notice: `query: the link is ${kB(text.length)} long; only its first ${kB(cut)} are read` };
}

/** Keys given more than once, with the first value (the one read), in order of first appearance. */
function repeatedKeys(q: URLSearchParams): Map<string, { first: string; count: number }> {
  const seen = new Map<string, { first: string; count: number }>();
  for (const [key, value] of q) {
    const s = seen.get(key);
    if (s) s.count++;
    else seen.set(key, { first: value, count: 1 });
  }
  const out = new Map<string, { first: string; count: number }>();
  for (const [key, s] of seen) if (s.count > 1 && out.size < MAX_KEY_NOTICES) out.set(key, s);
  return out;
}

/** `controls=alpha,noise`: known keys, each once, in the given order; the rest in one notice. One pass, sets only. */
function parseControls(raw: string | null, chapter: ChapterSchema, notices: string[]): string[] | null {
  if (raw === null) return null;
  const keys = new Set(chapter.params.map((p) => p.key));
  const out = new Set<string>();
  const bad: string[] = [];
  let badCount = 0;
  for (const part of raw.split(',')) {
    const k = part.trim();
    if (!k) continue;
    if (keys.has(k)) out.add(k);
    else if (badCount++ < MAX_KEY_NOTICES) bad.push(clip(k));
  }
  if (badCount) {
    const more = badCount > bad.length ? ` and ${badCount - bad.length} more are` : bad.length > 1 ? ' are' : ' is';
    notices.push(`controls: ${bad.join(', ')}${more} not ${badCount > 1 ? 'parameters' : 'a parameter'} of this chapter; ignored`);
  }
  return [...out];
}

export function serialiseView(view: ViewState, chapter: ChapterSchema): string {
  if (view.home && !view.embed) return '';
  const q = new URLSearchParams();
  q.set('v', String(URL_VERSION));
  q.set('ch', view.chapter);
  for (const spec of chapter.params) {
    const value = view.params[spec.key];
    if (value === undefined || value === spec.default) continue;
    q.set(spec.key, serialiseParam(spec, value));
  }
  if (view.fig) q.set('fig', view.fig);
  if (view.embed) q.set('embed', '1');
  if (view.controls && view.controls.length) q.set('controls', view.controls.join(','));
  const pins = view.pins ? serialisePins(view.pins, chapter.params, chapter.figures) : '';
  if (pins) q.set('pins', pins);
  if (view.compare) q.set('compare', '1');
  // the separators of controls and pins stay readable: `, ~ : ;` mean nothing else in a query
  return '?' + q.toString().replaceAll('%2C', ',').replaceAll('%7E', '~').replaceAll('%3A', ':').replaceAll('%3B', ';');
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
