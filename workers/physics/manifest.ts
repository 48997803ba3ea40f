/**
 * What a model declares (`workers/physics/<model>/manifest.ts`): its id, its parameter schema, the jobs
 * the worker pool runs, the CLI commands and the benchmark suites. `models.ts` lists the manifests; the
 * worker API (workers/api.ts), the CLI (scripts/cliCore.ts), `npm run bench` and the checks of the
 * chapters, e2e journeys and README are all derived from that list. Pure: no DOM, no clock (the bench
 * harness is handed in), no transport (workers/api.ts marks results for transfer).
 */
import type { KeyOf, ParamsOf, ParamValue, Schema } from './schema.ts';

/** Fraction done, in [0, 1]. */
export type ProgressFn = (fraction: number) => void;

/**
 * A job: `(request, onProgress?, onPartial?) → result`. Results hold typed arrays, not arrays of objects;
 * a job that posts partial results hands over fresh objects (they are cloned across the boundary).
 */
export type Job = {
  // method syntax: parameters compare bivariantly, so a job typed `onPartial?: (p: GlmPhase) => void` fits
  job(req: never, onProgress?: ProgressFn, onPartial?: (partial: never) => void): unknown;
}['job'];
export type Jobs = Readonly<Record<string, Job>>;

// ---------------------------------------------------------------------------------------------------
// CLI commands (../shared/PHYSICS.md §5): one command = one pure physics call, printed as one JSON object.

/** What the CLI parser hands a command: schema values, and `start:stop:step` range keys as grids. */
export type CommandArgs<S extends Schema, K extends KeyOf<S>, R extends K> = { readonly [k in K]: k extends R ? Float64Array : ParamsOf<S>[k] };

/**
 * What the CLI hands a command besides its arguments: a progress callback to pass to the physics. It
 * reports to stderr after 2 s and throws `BudgetExceeded` once `--max-seconds` has passed, which unwinds
 * the computation (every iterative physics routine calls its `onProgress`).
 */
export interface CommandContext {
  onProgress: ProgressFn;
}

/** Thrown by the CLI's progress callback when the time budget is spent: exit code 3. */
export class BudgetExceeded extends Error {}

/** The erased form the CLI core works with (a command's own `run` is typed by its schema). */
export type CliArgs = Readonly<Record<string, ParamValue | Float64Array>>;

export interface Command {
  /** e.g. `glm-point` */
  readonly name: string;
  /** one line for `cli --help` */
  readonly summary: string;
  /** the schema keys this command reads; any other `--key` is an error (exit 2) */
  readonly keys: readonly string[];
  /** keys that may be given as `start:stop:step`; the command receives them as a grid (one number: length 1) */
  readonly rangeKeys?: readonly string[];
  /** One JSON-serialisable object whose field names follow §5 exactly; throw `UsageError` for inputs the schema cannot catch. */
  run(args: CliArgs, ctx?: CommandContext): unknown;
}

export interface TypedCommand<S extends Schema, K extends KeyOf<S>, R extends K> {
  readonly name: string;
  readonly summary: string;
  readonly keys: readonly K[];
  readonly rangeKeys?: readonly R[];
  run(args: CommandArgs<S, K, R>, ctx?: CommandContext): unknown;
}

/** `const cmd = commandFor(schema)`; then `cmd({ name, keys: ['alpha'], run: (a) => … })` types `a.alpha`. */
export function commandFor<S extends Schema>(_schema: S) {
  return <const K extends KeyOf<S>, const R extends K = never>(spec: TypedCommand<S, K, R>): Command => spec as unknown as Command;
}

/** Bad input the schema cannot catch (e.g. a combination of keys): exit code 2 and its message. */
export class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------------
// Benchmarks (`npm run bench`): speed goals as a printed table, never as timed tests.

export interface BenchRow {
  name: string;
  runs: number;
  median: number;
  p10: number;
  p90: number;
  target?: string;
  note?: string;
  /** the issues' speed goals this row settles, printed again in the goals summary after the table */
  goals?: BenchGoal[];
}

export interface BenchGoal {
  /** e.g. 'SE learning curve vs numpy (#10)' */
  name: string;
  target: string;
  measured: string;
  /** the measured ratio in the target's terms (e.g. 52 for "≥ 50× faster"); NaN when not measured */
  ratio: number;
  /** null: not measured here (a baseline missing, e.g. no compiler) */
  met: boolean | null;
}

export interface BenchOptions {
  warmup?: number;
  runs?: number;
  target?: string;
  note?: string;
}

/** The harness a suite is handed (scripts/bench/harness.ts): physics never reads the clock itself. */
export interface BenchKit {
  bench(name: string, fn: () => unknown, opts?: BenchOptions): Promise<BenchRow>;
  /** milliseconds, for suites that time alternating rounds themselves */
  now(): number;
}

export type BenchSuite = (kit: BenchKit) => Promise<BenchRow[]>;

// ---------------------------------------------------------------------------------------------------

export interface ModelManifest<S extends Schema = Schema, J extends object = Jobs> {
  /** the chapter id (`ch=`), and the folder names `workers/physics/<id>/` and `src/chapters/<id>/` */
  readonly id: string;
  readonly params: S;
  readonly jobs: J;
  /** loaded on demand, so the worker bundle carries no CLI code */
  commands(): Promise<readonly Command[]>;
  /** suites by name (`npm run bench <name>`), loaded on demand */
  bench(): Promise<Readonly<Record<string, BenchSuite>>>;
}

export function defineModel<const S extends Schema, J extends object>(m: ModelManifest<S, J>): ModelManifest<S, J> {
  return m;
}
