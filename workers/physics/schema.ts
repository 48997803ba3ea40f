/**
 * The parameter schema: one declaration per parameter, used by the slider and number field, the URL
 * codec, reset, the CLI parser, the property-test generators and — through `ParamsOf` — the types of
 * the store selectors, job requests and physics inputs. Dependency-free on purpose: the store, the
 * workers, the CLI and the tests all import it. Keys are those of ../shared/PHYSICS.md §5.
 *
 * A schema is declared with `defineSchema([...])`: its `const` type parameter keeps every key and
 * every enum option as a literal type, so `ParamsOf<typeof schema>` is e.g.
 * `{ K: number; act: 'erf' | 'relu' | 'linear'; ... }` without a single cast at the call sites.
 */
export interface NumberParam<K extends string = string> {
  readonly kind: 'number';
  readonly key: K;
  readonly label: string;
  /** KaTeX source for the symbol, e.g. `\\alpha = n/d` */
  readonly tex: string;
  readonly min: number;
  readonly max: number;
  /** slider / number-field step (in the value's own units; for log scale, the typed field's step) */
  readonly step: number;
  readonly scale: 'lin' | 'log';
  readonly default: number;
  readonly integer?: boolean;
  /** A word that stands for +∞ in the URL and CLI (e.g. `K=large`): the slider's last stop. */
  readonly infinityToken?: string;
  /** log scale with min 0: 0 is the slider's first stop, the others log-spaced from logFloor to max */
  readonly logFloor?: number;
  readonly help?: string;
  /** a key of the CLI only: the page neither shows it nor reads it from a URL (pageSchema drops it) */
  readonly cliOnly?: boolean;
}

export interface EnumOption<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

export interface EnumParam<K extends string = string, V extends string = string> {
  readonly kind: 'enum';
  readonly key: K;
  readonly label: string;
  readonly tex?: string;
  readonly options: readonly EnumOption<V>[];
  readonly default: V;
  readonly help?: string;
  /** a key of the CLI only: the page neither shows it nor reads it from a URL (pageSchema drops it) */
  readonly cliOnly?: boolean;
}

export type ParamSpec = NumberParam | EnumParam;
export type Schema = readonly ParamSpec[];
export type ParamValue = number | string;
/** Values of some schema, untyped (the store keeps every chapter's values; the URL codec works on any). */
export type ParamValues = Record<string, ParamValue>;

/** The value type of one declaration: the union of its option values, or number. */
export type ValueOf<P> = P extends { readonly kind: 'enum'; readonly options: readonly { readonly value: infer V }[] } ? V : number;
/** The typed values of a schema, e.g. `{ K: number; act: 'erf' | 'relu' }`. */
export type ParamsOf<S extends Schema> = { -readonly [P in S[number] as P['key']]: ValueOf<P> };
export type KeyOf<S extends Schema> = S[number]['key'];

/** Declare a schema, keeping its keys and options as literal types (see the header). */
export function defineSchema<const S extends Schema>(schema: S): S {
  return schema;
}

/** The schema with some defaults replaced (e.g. browser-sized N), types unchanged. */
export function withDefaults<const S extends Schema>(schema: S, overrides: Partial<ParamsOf<S>>): S {
  const o: Partial<Record<string, ParamValue>> = overrides;
  // The map keeps each entry's kind and key; only `default` changes, to a value of the same type.
  return schema.map((p) => (o[p.key] === undefined ? p : { ...p, default: o[p.key] })) as unknown as S;
}

/** The entries of `keys`, in that order (e.g. the order of a controls panel). */
export function pickSchema<S extends Schema, const Keys extends readonly KeyOf<S>[]>(schema: S, keys: Keys): { readonly [I in keyof Keys]: Extract<S[number], { readonly key: Keys[I] }> } {
  // each entry is the schema's own declaration of that key
  return keys.map((k) => specOf(schema, k)) as unknown as { readonly [I in keyof Keys]: Extract<S[number], { readonly key: Keys[I] }> };
}

/** The entries the page offers: without the CLI-only ones (a link carrying one gets the unknown-key notice). */
export function pageSchema<const S extends Schema>(schema: S): readonly Exclude<S[number], { readonly cliOnly: true }>[] {
  return schema.filter((p): p is Exclude<S[number], { readonly cliOnly: true }> => !p.cliOnly);
}

export function specOf<S extends Schema>(schema: S, key: KeyOf<S>): S[number] {
  const spec = schema.find((p) => p.key === key);
  if (!spec) throw new Error(`no schema entry for "${key}"`);
  return spec;
}

/** The declared defaults, typed. */
export function defaultsOf<S extends Schema>(schema: S): ParamsOf<S> {
  return readParams(schema, {});
}

/**
 * The typed view of untyped values: every key of the schema, each of its declared type (a value of the
 * wrong type, or a missing one, gives the default; numbers are not clamped here — the codec does that).
 * This is the one place where untyped values become `ParamsOf<S>`.
 */
export function readParams<S extends Schema>(schema: S, values: Readonly<Partial<ParamValues>>): ParamsOf<S> {
  const out: ParamValues = {};
  for (const p of schema) {
    const v = values[p.key];
    if (p.kind === 'enum') out[p.key] = typeof v === 'string' && p.options.some((o) => o.value === v) ? v : p.default;
    else out[p.key] = typeof v === 'number' && !Number.isNaN(v) ? v : p.default;
  }
  return out as ParamsOf<S>;
}
