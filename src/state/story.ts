import type { ParamSpec, ParamValue, ParamValues } from '../../workers/physics/schema.ts';
import { clip, parseParam, quote, serialiseParam } from './codec.ts';

/**
 * Stories: prepared steps a lecturer walks through (issue #13). A chapter ships curated ones (its meta.ts,
 * presets as one-step stories); a link can also carry its own, `steps=alpha:1,1.245,1.493|noise:0,0.1`:
 * `|` separates keys, `,` the key's value at each step. The story has as many steps as the longest list;
 * a shorter list keeps its last value. Every value goes through the schema's codec exactly like a URL
 * value (clamped or defaulted, with a notice), so a story can never put the view outside the schema.
 */
export interface StoryStep {
  readonly values: Readonly<Partial<ParamValues>>;
  /** one line: what to look at on this step */
  readonly caption: string;
}

export interface StorySchema {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly StoryStep[];
}

/** the id of the story written in the link itself (`steps=`) */
export const CUSTOM_STORY = 'steps';
/** at most this many steps per key: a slide deck has tens of steps, a hostile link millions */
export const MAX_STEPS = 100;

export interface ParsedSteps {
  story: StorySchema;
  /** the same steps, written back canonically (values as the codec writes them) */
  text: string;
}

/**
 * `steps=` text → a story over `specs`, linear in the text. Unknown or repeated keys, bad values and
 * lists beyond MAX_STEPS are dropped or fixed with a notice each (at most `maxNotices`); null when no
 * key is left.
 */
export function parseSteps(raw: string, specs: readonly ParamSpec[], notices: string[] = [], maxNotices = 5): ParsedSteps | null {
  const byKey = new Map(specs.map((s) => [s.key, s]));
  const lists = new Map<string, ParamValue[]>();
  let told = 0;
  const tell = (text: string) => {
    if (told++ < maxNotices) notices.push(text);
  };
  for (const part of raw.split('|')) {
    if (!part.trim()) continue;
    const colon = part.indexOf(':');
    const key = (colon < 0 ? part : part.slice(0, colon)).trim();
    const spec = byKey.get(key);
    if (!spec) {
      tell(`steps: ${quote(key)} is not a parameter of this chapter; ignored`);
      continue;
    }
    if (lists.has(key)) {
      tell(`steps: ${clip(key)} given twice; using the first list`);
      continue;
    }
    const texts = colon < 0 ? [] : part.slice(colon + 1).split(',', MAX_STEPS + 1);
    if (texts.length > MAX_STEPS) {
      tell(`steps: ${key} has more than ${MAX_STEPS} values; using the first ${MAX_STEPS}`);
      texts.length = MAX_STEPS;
    }
    const values: ParamValue[] = [];
    for (const t of texts) {
      if (!t.trim()) continue;
      const p = parseParam(spec, t);
      if (p.issue) tell(`steps: ${p.issue}`);
      values.push(p.value);
    }
    if (values.length) lists.set(key, values);
    else tell(`steps: ${key} has no values; ignored`);
  }
  if (!lists.size) return null;
  const n = Math.max(...[...lists.values()].map((v) => v.length));
  const steps: StoryStep[] = [];
  for (let i = 0; i < n; i++) {
    const values: ParamValues = {};
    for (const [key, list] of lists) values[key] = list[Math.min(i, list.length - 1)];
    steps.push({ values, caption: [...lists.keys()].map((k) => `${byKey.get(k)!.label} = ${serialiseParam(byKey.get(k)!, values[k])}`).join(', ') });
  }
  const text = [...lists].map(([k, list]) => `${k}:${list.map((v) => serialiseParam(byKey.get(k)!, v)).join(',')}`).join('|');
  return { story: { id: CUSTOM_STORY, title: 'Steps from the link', steps }, text };
}

/**
 * The values in force at a step: every step's values up to it, later over earlier. A story's first step
 * sets the scene (every model key, like a preset), the next ones only what changes; so opening a link at
 * step 3 shows exactly what stepping from 0 to 3 shows.
 */
export function stepValues(story: StorySchema, step: number): Partial<ParamValues> {
  const out: Partial<ParamValues> = {};
  for (let i = 0; i <= step && i < story.steps.length; i++) Object.assign(out, story.steps[i].values);
  return out;
}

/** Where `step` lands from `at` in a story of `n` steps; `exit` when it would leave the story (the deck moves on). */
export type StepTarget = number | 'next' | 'prev' | 'first' | 'last';

export function stepTo(at: number, n: number, target: StepTarget): { step: number; exit?: 'next' | 'prev' } {
  if (target === 'next') return at + 1 < n ? { step: at + 1 } : { step: at, exit: 'next' };
  if (target === 'prev') return at > 0 ? { step: at - 1 } : { step: at, exit: 'prev' };
  if (target === 'first') return { step: 0 };
  if (target === 'last') return { step: Math.max(0, n - 1) };
  return { step: Math.min(Math.max(0, Math.round(target)), Math.max(0, n - 1)) };
}

/** A preset as a one-step story (its id from its label: `binary perceptron` → `preset-binary-perceptron`). */
export function presetStory(label: string, values: Readonly<Partial<ParamValues>>): StorySchema {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { id: `preset-${slug}`, title: label, steps: [{ values, caption: label }] };
}
