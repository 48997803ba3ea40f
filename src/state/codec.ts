import type { EnumParam, NumberParam, ParamSpec, ParamValue, ParamValues } from '../../workers/physics/schema.ts';

/**
 * Parameter codec: text (URL query or CLI flag) ⇄ typed value, through the one schema entry of
 * each parameter. Users paste links with out-of-range or malformed values: every bad value is
 * clamped or replaced by the default, and the reason is returned so the page can say it.
 */

export interface Parsed {
  value: ParamValue;
  /** why the text was not taken as it stood (clamped, rounded, unknown option, not a number) */
  issue?: string;
}

export function parseParam(spec: ParamSpec, raw: string): Parsed {
  return spec.kind === 'enum' ? parseEnum(spec, raw) : parseNumber(spec, raw);
}

function parseEnum(spec: EnumParam, raw: string): Parsed {
  const hit = spec.options.find((o) => o.value === raw.trim().toLowerCase());
  if (hit) return { value: hit.value };
  return { value: spec.default, issue: `${spec.key}: ${quote(raw)} is not one of ${spec.options.map((o) => o.value).join(', ')}; using ${spec.default}` };
}

/**
 * Decimal numbers only: `Number()` would also take `0x10`, `0b1`, `0o7` and `Infinity` silently.
 * No two parts can match the same digits, so a failing match backtracks in linear time (a 1 MB value).
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function parseNumber(spec: NumberParam, raw: string): Parsed {
  const text = raw.trim();
  if (spec.infinityToken && text.toLowerCase() === spec.infinityToken) return { value: Infinity };
  const x = DECIMAL.test(text) ? Number(text) : NaN;
  if (Number.isNaN(x)) return { value: spec.default, issue: `${spec.key}: ${quote(raw)} is not a number; using ${formatNumber(spec.default)}` };
  // a decimal too large for a double (1e400) is out of range, not "not a number"
  const c = clampNumber(spec, Number.isFinite(x) ? x : x > 0 ? spec.max : spec.min);
  if (c === x) return { value: c };
  const inRange = x >= spec.min && x <= spec.max;
  const why = inRange ? 'is not an integer' : `is outside ${formatNumber(spec.min)}…${formatNumber(spec.max)}`;
  return { value: c, issue: `${spec.key}: ${clip(text)} ${why}; using ${formatNumber(c)}` };
}

/** Text from a URL shown in a notice: at most 40 characters, so a 2 MB value makes a short notice. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function quote(text: string): string {
  return `"${clip(text)}"`;
}

/** Clamp into [min, max] and round integers. Always finite unless the spec has an infinity token. */
export function clampNumber(spec: NumberParam, x: number): number {
  if (x === Infinity && spec.infinityToken) return Infinity;
  if (!Number.isFinite(x)) return spec.default;
  let v = Math.min(spec.max, Math.max(spec.min, x));
  if (spec.integer) v = Math.round(v);
  return v;
}

/**
 * The shortest text that reads back to exactly the same number: `Number(formatNumber(x)) === x` for
 * every finite x (ECMAScript's shortest round-trip digits, so integers are written in full and slider
 * values, rounded to their steps, stay short). The exponent is written without `+` (`1e21`, not
 * `1e+21`): a `+` typed into a query string reads back as a space.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  return String(x).replace('e+', 'e');
}

export function serialiseParam(spec: ParamSpec, value: ParamValue): string {
  if (spec.kind === 'enum' || typeof value === 'string') return String(value);
  if (value === Infinity && spec.infinityToken) return spec.infinityToken;
  return formatNumber(value);
}

export function defaults(specs: readonly ParamSpec[]): ParamValues {
  const out: ParamValues = {};
  for (const s of specs) out[s.key] = s.default;
  return out;
}

/** Validate a whole set of values against the schema (missing → default; wrong type → default). */
export function sanitise(specs: readonly ParamSpec[], values: Partial<ParamValues>): ParamValues {
  const out: ParamValues = {};
  for (const s of specs) {
    const v = values[s.key];
    if (s.kind === 'enum') out[s.key] = typeof v === 'string' && s.options.some((o) => o.value === v) ? v : s.default;
    else out[s.key] = typeof v === 'number' ? clampNumber(s, v) : s.default;
  }
  return out;
}

/** Slider position t ∈ [0, 1] ⇄ value, linear or logarithmic. */
export function toUnit(spec: NumberParam, x: number): number {
  if (x === Infinity) return 1;
  if (spec.scale === 'log' && spec.logFloor) return x < spec.logFloor ? 0 : ZERO_STOP + (1 - ZERO_STOP) * (Math.log(x / spec.logFloor) / Math.log(spec.max / spec.logFloor));
  if (spec.scale === 'log') return Math.log(x / spec.min) / Math.log(spec.max / spec.min);
  return (x - spec.min) / (spec.max - spec.min);
}

/** With a logFloor, the first 1/400 of the slider (its first stop) is the value 0. */
const ZERO_STOP = 1 / 400;

export function fromUnit(spec: NumberParam, t: number): number {
  const u = Math.min(1, Math.max(0, t));
  if (spec.scale === 'log' && spec.logFloor) {
    if (u < ZERO_STOP / 2) return spec.min;
    const v = Math.max(0, (u - ZERO_STOP) / (1 - ZERO_STOP));
    return clampNumber(spec, roundToStep(spec, spec.logFloor * Math.pow(spec.max / spec.logFloor, v)));
  }
  const raw = spec.scale === 'log' ? spec.min * Math.pow(spec.max / spec.min, u) : spec.min + u * (spec.max - spec.min);
  return clampNumber(spec, roundToStep(spec, raw));
}

/** Round to the spec's step (lin) or to 3 significant digits (log), so URLs stay short. */
export function roundToStep(spec: NumberParam, x: number): number {
  if (spec.integer) return Math.round(x);
  if (spec.scale === 'log') return Number(x.toPrecision(3));
  const k = Math.round((x - spec.min) / spec.step);
  return Number((spec.min + k * spec.step).toPrecision(12));
}
