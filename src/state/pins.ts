import type { ParamSpec, ParamValues } from '../../workers/physics/schema.ts';
import { clip, parseParam, quote, serialiseParam } from './codec.ts';

/**
 * Pinned states of figures, in the URL as `pins=<fig>~<key>:<value>;<key>:<value>,<fig>~…`.
 * Each pin is a whole parameter state of the chapter written as its non-default values (the same
 * text as the page's own keys, so a pin reads like a link), in pin order; a pin at the defaults is
 * `<fig>~`. No numbers of results go in the URL: the page recomputes a pinned curve from its state.
 * The format belongs to URL version 1 (url.ts `URL_VERSION`); a change goes through `MIGRATIONS`.
 * `~ : ; ,` never occur in keys, enum values or decimal numbers, so no escaping is needed.
 */
export type Pins = Readonly<Record<string, readonly ParamValues[]>>;

/** at most this many pins per figure (the palette has as many distinct colours) */
export const MAX_PINS = 6;

export function serialisePins(pins: Pins, specs: readonly ParamSpec[], figures: readonly string[]): string {
  const parts: string[] = [];
  for (const fig of figures) {
    for (const values of pins[fig] ?? []) {
      const kv = specs.filter((s) => values[s.key] !== undefined && values[s.key] !== s.default).map((s) => `${s.key}:${serialiseParam(s, values[s.key])}`);
      parts.push(`${fig}~${kv.join(';')}`);
    }
  }
  return parts.join(',');
}

/**
 * `pins=` back to states: unknown figures and keys are dropped, values parsed (clamped) like the
 * page's own keys; every problem is one notice, the list bounded (a hostile link makes few notices).
 */
export function parsePins(raw: string, specs: readonly ParamSpec[], figures: readonly string[]): { pins: Pins; notices: string[] } {
  const out: Record<string, ParamValues[]> = {};
  const notices: string[] = [];
  const say = (text: string) => notices.length < 5 && notices.push(`pins: ${text}`);
  const byKey = new Map(specs.map((s) => [s.key, s]));
  const known = new Set(figures);
  let dropped = 0;
  for (const part of raw.split(',')) {
    if (!part) continue;
    const cut = part.indexOf('~');
    const fig = cut < 0 ? part : part.slice(0, cut);
    if (cut < 0 || !known.has(fig)) {
      say(`${quote(fig)} is not a figure of this chapter; ignored`);
      continue;
    }
    const list = (out[fig] ??= []);
    if (list.length === MAX_PINS) {
      dropped++;
      continue;
    }
    const values: ParamValues = {};
    for (const s of specs) values[s.key] = s.default;
    for (const kv of part.slice(cut + 1).split(';')) {
      if (!kv) continue;
      const at = kv.indexOf(':');
      const spec = byKey.get(at < 0 ? kv : kv.slice(0, at));
      if (!spec || at < 0) {
        say(`${quote(kv)} is not key:value of a parameter; ignored`);
        continue;
      }
      const parsed = parseParam(spec, kv.slice(at + 1));
      values[spec.key] = parsed.value;
      if (parsed.issue) say(parsed.issue);
    }
    list.push(values);
  }
  if (dropped) say(`at most ${MAX_PINS} pins per figure; ${dropped} more ignored`);
  return { pins: out, notices: notices.map((n) => clip(n, 160)) };
}
