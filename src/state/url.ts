import type { ParamSpec, ParamValues } from '../../workers/physics/schema.ts';
import { parseParam, serialiseParam } from './codec.ts';

/**
 * The URL is the serialised view: `?v=1&ch=glm&alpha=2&prior=binary&fig=curve` (+ `embed=1&controls=alpha,noise`).
 * Only values that differ from their defaults are written, so links stay short. A link from an
 * older schema version is migrated step by step before parsing, so last year's slides still open.
 */
export const URL_VERSION = 1;

/** migrations[n] turns a version-n query into a version-(n+1) one. */
export type Migration = (q: URLSearchParams) => URLSearchParams;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export const RESERVED_KEYS = ['v', 'ch', 'fig', 'embed', 'controls'] as const;

export interface ViewState {
  chapter: string;
  params: ParamValues;
  fig: string | null;
  embed: boolean;
  /** keys of the controls shown in embed mode (null: none) */
  controls: string[] | null;
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
  const { q, notices } = migrate(new URLSearchParams(search));
  const chKey = q.get('ch');
  let chapter = chapters.find((c) => c.id === chKey);
  if (chKey !== null && !chapter) notices.push(`ch: unknown chapter "${chKey}"; opening ${defaultChapter}`);
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
  for (const key of q.keys()) if (!known.has(key)) notices.push(`${key}: not a parameter of this chapter; ignored`);
  let fig = q.get('fig');
  if (fig !== null && !chapter.figures.includes(fig)) {
    notices.push(`fig: unknown figure "${fig}"; showing ${chapter.figures[0]}`);
    fig = null;
  }
  const embed = q.get('embed') === '1';
  const controlsRaw = q.get('controls');
  let controls: string[] | null = null;
  if (controlsRaw !== null) {
    const keys = controlsRaw.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = keys.filter((k) => !chapter.params.some((p) => p.key === k));
    if (bad.length) notices.push(`controls: ${bad.join(', ')} not a parameter; ignored`);
    controls = keys.filter((k) => !bad.includes(k));
  }
  return { view: { chapter: chapter.id, params, fig, embed, controls }, notices: dedupe(notices) };
}

export function serialiseView(view: ViewState, chapter: ChapterSchema): string {
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
  return '?' + q.toString().replaceAll('%2C', ',');
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
