/**
 * The CLI contract of ../shared/PHYSICS.md §5: one command = one pure physics call. The CLI parses
 * `--<key> <value>` with the parameter schema (src/state/params.ts), so `run` receives validated,
 * clamped values: numbers, enum strings, and `start:stop:step` ranges expanded to Float64Array grids.
 */
export type ArgValue = number | string | Float64Array;
export type Args = Readonly<Record<string, ArgValue>>;

export interface CommandSpec {
  /** e.g. `glm-point` */
  readonly name: string;
  /** one line for `cli --help` */
  readonly summary: string;
  /** the schema keys this command reads; any other `--key` is an error (exit 2) */
  readonly keys: readonly string[];
  /** keys that may be given as `start:stop:step` (expanded to a grid) */
  readonly rangeKeys?: readonly string[];
  /**
   * Compute and return one JSON-serialisable object whose field names follow §5 exactly.
   * Typed arrays are printed as arrays. Throw a `UsageError` for inputs the schema cannot catch.
   */
  run(args: Args): unknown;
}

export class UsageError extends Error {}

export function num(args: Args, key: string): number {
  const v = args[key];
  if (typeof v !== 'number') throw new UsageError(`--${key} must be a number`);
  return v;
}

export function str(args: Args, key: string): string {
  const v = args[key];
  if (typeof v !== 'string') throw new UsageError(`--${key} must be one of its named values`);
  return v;
}

/** A grid key given either as one number or as a `start:stop:step` range. */
export function grid(args: Args, key: string): Float64Array {
  const v = args[key];
  if (v instanceof Float64Array) return v;
  if (typeof v === 'number') return Float64Array.of(v);
  throw new UsageError(`--${key} must be a number or start:stop:step`);
}
