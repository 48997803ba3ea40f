import type { ParamSpec, ParamValues } from '../../workers/physics/schema.ts';
import { clip, parseParam, quote, serialiseParam } from './codec.ts';
import { CUSTOM_STORY, parseSteps, stepValues, type StorySchema } from './story.ts';
import { expandSearch } from './compressed.ts';
import { parsePins, serialisePins, type Pins } from './pins.ts';
import { URL_VERSION } from './urlVersion.ts';

/**
 * The URL is the serialised view: `?v=3&ch=glm&alpha=2&prior=binary&fig=curve` (+ `embed=1&controls=alpha,noise`,
 * and for lectures `present=1&theme=dark&story=<id>&step=2` or `steps=alpha:1,1.5|noise:0,0.1`, see story.ts).
 * Only values that differ from their defaults are written, so links stay short. A link from an
 * older schema version is migrated step by step before parsing, so last year's slides still open.
 * A link without `v` predates the versions: it is read as version 1.
 */
export { URL_VERSION };

/** migrations[n] turns a version-n query into a version-(n+1) one. */
export type Migration = (q: URLSearchParams) => URLSearchParams;

/**
 * Versions 2 and 3 open some chapters at smaller sizes (issue #10 item 6: every default view drawn within 3 s on a
 * 2-core laptop). PAGE_DEFAULTS_BEFORE[n]: per chapter, the values version n opened with where version n + 1 opens
 * smaller. A version-n link left those keys out because they were at its defaults: written here, frozen, so such a
 * link still opens the view it showed (the page then writes them into its new link).
 */
export const PAGE_DEFAULTS_BEFORE: Readonly<Record<number, Readonly<Record<string, Readonly<Record<string, string>>>>>> = {
  1: {
    sgd: { N: '300' },
    spiked: { p: '400' },
    hmm: { p: '200' },
    landscapes: { d: '200' },
  },
  2: {
    glm: { d: '1000' },
    landscapes: { seeds: '4' },
  },
};
/** the chapter a link without `ch` opened (every version so far) */
const DEFAULT_CHAPTER = 'glm';

/** n → n + 1: version n's defaults a link relied on, written out (a bare `?v=n`, the front page, stays bare). */
function pageDefaultsOf(version: number): Migration {
  return (q) => {
    const out = new URLSearchParams(q);
    if ([...q.keys()].every((k) => k === 'v')) return out;
    const defaults = PAGE_DEFAULTS_BEFORE[version][q.get('ch') ?? DEFAULT_CHAPTER] ?? {};
    for (const [key, value] of Object.entries(defaults)) if (!out.has(key)) out.set(key, value);
    // each pin is a state written as its non-default values too (pins.ts): the same keys go into it
    const pins = out.get('pins');
    if (pins !== null && Object.keys(defaults).length) out.set('pins', pins.split(',').map((pin) => withPinDefaults(pin, defaults)).join(','));
    return out;
  };
}

/** `<fig>~k:v;…` with `key:value` added for each of `defaults` it leaves out (a malformed pin is left to parsePins). */
function withPinDefaults(pin: string, defaults: Readonly<Record<string, string>>): string {
  const cut = pin.indexOf('~');
  if (cut < 0) return pin;
  const given = pin.slice(cut + 1).split(';').filter(Boolean);
  const keys = new Set(given.map((kv) => kv.split(':')[0]));
  const added = Object.entries(defaults).filter(([k]) => !keys.has(k)).map(([k, v]) => `${k}:${v}`);
  return `${pin.slice(0, cut + 1)}${[...given, ...added].join(';')}`;
}

export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: pageDefaultsOf(1), 2: pageDefaultsOf(2) };

export const RESERVED_KEYS = ['v', 'ch', 'fig', 'embed', 'controls', 'present', 'theme', 'story', 'step', 'steps', 'pins', 'compare', 'z'] as const;

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Hostile links are parsed in bounded time with a bounded number of short notices: only the first
 * 64 kB of a query are read (the page writes links of a few hundred bytes; Chromium accepts 2 MB, most
 * servers reject request lines far shorter), with a notice; every step is linear; unknown keys, repeated
 * keys and bad `controls` entries beyond the first few are counted in one notice; text in notices is clipped.
 */
export const MAX_QUERY = 64 * 1024;
export const MAX_KEY_NOTICES = 5;

/** `embed`, `present` (flags): these words, any case; anything else is a notice and the full view. */
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
  /** projector view: the figure fills the frame, large text and lines, no chrome but the step indicator */
  present?: boolean;
  /** colour scheme: `auto` follows the viewer's system */
  theme?: Theme;
  /** the story being told (a chapter story's id, or CUSTOM_STORY when `steps` holds one), and its 0-based step */
  story?: string | null;
  step?: number;
  /** a story written in the link (`steps=` text, canonical) */
  steps?: string | null;
}

export interface ChapterSchema {
  id: string;
  params: readonly ParamSpec[];
  figures: readonly string[];
  /** the chapter's stories, its presets as one-step stories included */
  stories?: readonly StorySchema[];
}

export interface ParsedView {
  view: ViewState;
  notices: string[];
}

export function migrate(q: URLSearchParams, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, target = URL_VERSION): { q: URLSearchParams; notices: string[] } {
  const notices: string[] = [];
  const raw = q.get('v');
  let v = raw === null ? Math.min(1, target) : Number(raw);
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
  const embed = parseFlag(q, 'embed', 'showing the full view', notices);
  const present = parseFlag(q, 'present', 'showing the normal view', notices);
  const controls = parseControls(q.get('controls'), chapter, notices);
  const themeRaw = q.get('theme');
  const theme = THEMES.find((t) => t === themeRaw?.trim().toLowerCase());
  if (themeRaw !== null && !theme) notices.push(`theme: ${quote(themeRaw)} is not one of ${THEMES.join(', ')}; using auto`);
  const lecture = parseStory(q, chapter, notices);
  // the step's values win over the link's own: `story=…&step=3` opens step 3 whatever else the link says
  if (lecture.current) Object.assign(params, lecture.current);
  const home = chKey === null && [...given.keys()].every((k) => k === 'v');
  const view: ViewState = { chapter: chapter.id, params, fig, embed, controls, present, theme: theme ?? 'auto', story: lecture.story, step: lecture.step, steps: lecture.steps, home };
  const pinsRaw = q.get('pins');
  if (pinsRaw !== null) {
    const parsed = parsePins(pinsRaw, chapter.params, chapter.figures);
    view.pins = parsed.pins;
    notices.push(...parsed.notices);
  }
  if (parseFlag(q, 'compare', 'showing one view', notices)) view.compare = true;
  for (const [key, values] of repeats) notices.push(`${clip(key)}: given ${values.count} times; using the first, ${quote(values.first)}`);
  return { view, notices: dedupe(notices) };
}

function parseFlag(q: URLSearchParams, key: string, fallback: string, notices: string[]): boolean {
  const raw = q.get(key);
  if (raw === null) return false;
  const on = FLAG_WORDS[raw.trim().toLowerCase()];
  if (on === undefined) notices.push(`${key}: ${quote(raw)} is not 1 or 0; ${fallback}`);
  return on ?? false;
}

/** The story of a view: its own `steps=` first, else a chapter story by id; null when there is none. */
export function storyOf(view: Pick<ViewState, 'story' | 'steps'>, chapter: ChapterSchema): StorySchema | null {
  if (view.steps) return parseSteps(view.steps, chapter.params)?.story ?? null;
  return chapter.stories?.find((s) => s.id === view.story) ?? null;
}

/** `story=`, `steps=` and `step=`: which story, which step (clamped into it), and that step's values. */
function parseStory(q: URLSearchParams, chapter: ChapterSchema, notices: string[]) {
  const none = { story: null, step: 0, steps: null, current: null };
  const storyRaw = q.get('story');
  const stepsRaw = q.get('steps');
  const stepRaw = q.get('step');
  let story: StorySchema | null = null;
  let steps: string | null = null;
  if (stepsRaw !== null) {
    const parsed = parseSteps(stepsRaw, chapter.params, notices);
    if (!parsed) notices.push('steps: no step left to show; ignored');
    else ({ story, text: steps } = parsed);
    if (storyRaw !== null) notices.push(`story: ignored, the link gives its own steps`);
  } else if (storyRaw !== null) {
    story = chapter.stories?.find((s) => s.id === storyRaw.trim()) ?? null;
    if (!story) notices.push(`story: ${quote(storyRaw)} is not a story of this chapter${chapter.stories?.length ? ` (${chapter.stories.map((s) => s.id).join(', ')})` : ''}; ignored`);
  }
  if (!story) {
    if (stepRaw !== null && storyRaw === null && stepsRaw === null) notices.push('step: no story to step through; ignored');
    return none;
  }
  let step = 0;
  if (stepRaw !== null) {
    const n = /^\s*\d{1,9}\s*$/.test(stepRaw) ? Number(stepRaw) : NaN;
    if (Number.isNaN(n)) notices.push(`step: ${quote(stepRaw)} is not a step number (0, 1, 2 …); showing step 0`);
    else if (n >= story.steps.length) notices.push(`step: ${n} is past the last step, ${story.steps.length - 1}; showing it`);
    step = Number.isNaN(n) ? 0 : Math.min(n, story.steps.length - 1);
  }
  return { story: steps ? CUSTOM_STORY : story.id, step, steps, current: stepValues(story, step) };
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
  if (view.present) q.set('present', '1');
  if (view.theme && view.theme !== 'auto') q.set('theme', view.theme);
  if (view.steps) q.set('steps', view.steps);
  else if (view.story) q.set('story', view.story);
  if (view.steps || view.story) q.set('step', String(view.step ?? 0));
  const pins = view.pins ? serialisePins(view.pins, chapter.params, chapter.figures) : '';
  if (pins) q.set('pins', pins);
  if (view.compare) q.set('compare', '1');
  // the separators of controls, steps and pins stay readable: `, ~ : ;` mean nothing else in a query
  return '?' + q.toString().replaceAll('%2C', ',').replaceAll('%7E', '~').replaceAll('%3A', ':').replaceAll('%3B', ';');
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
