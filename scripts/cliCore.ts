import type { NumberParam, ParamSpec, Schema } from '../workers/physics/schema.ts';
import { BudgetExceeded, UsageError, type CliArgs, type Command, type CommandContext } from '../workers/physics/manifest.ts';
import { models } from '../workers/physics/models.ts';

/**
 * The CLI of ../shared/PHYSICS.md §5, as a pure function of argv (the entry point in cli.ts only
 * prints and exits). Parsing is strict where the URL codec is forgiving: a researcher scripting
 * numbers wants an error, not a silently clamped value.
 */
export interface CliOutcome {
  /** 0 done, 2 bad input or a computation that could not give its fields, 3 the time budget ran out */
  code: 0 | 2 | 3;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** milliseconds (the clock is injected so tests need no real time) */
  now?: () => number;
  /** a progress line for stderr, written as the work goes on (cli.ts writes it at once) */
  progress?: (line: string) => void;
}

/** The work of one command is bounded: `--max-seconds` (default, and the most it may be). */
export const MAX_SECONDS_DEFAULT = 60;
export const MAX_SECONDS_LIMIT = 3600;
/** progress goes to stderr only for commands running longer than this, at most once per interval */
const PROGRESS_AFTER_MS = 2000;
const PROGRESS_EVERY_MS = 1000;

/** Plain decimal numbers only (no hex, binary, octal, no `Infinity`): `2`, `-0.5`, `.5`, `1e-3`. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** One model's commands with the schema their keys come from. */
export interface CommandGroup {
  params: Schema;
  commands: readonly Command[];
}

/** Every model's commands (workers/physics/models.ts), loaded on demand. */
export async function loadCommandGroups(): Promise<CommandGroup[]> {
  return Promise.all(models.map(async (m) => ({ params: m.params, commands: await m.commands() })));
}

export function runCli(argv: readonly string[], groups: readonly CommandGroup[], opts: CliOptions = {}): CliOutcome {
  const now = opts.now ?? (() => performance.now());
  let maxSeconds = MAX_SECONDS_DEFAULT;
  try {
    const [name, ...flags] = argv;
    const { rest, seconds } = takeMaxSeconds(flags);
    maxSeconds = seconds;
    if (!name || name === '--help' || name === '-h' || name === 'help') return { code: 0, stdout: helpText(groups), stderr: '' };
    const group = groups.find((g) => g.commands.some((c) => c.name === name));
    if (!group) throw new UsageError(`unknown command "${name}"; try --help`);
    const cmd = group.commands.find((c) => c.name === name)!;
    const args = parseArgs(cmd, group.params, rest);
    const result = cmd.run(args, budget(now, maxSeconds, opts.progress));
    return { code: 0, stdout: toJson(result) + '\n', stderr: '' };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (e instanceof BudgetExceeded) return { code: 3, stdout: '', stderr: `error: ${msg}\n` };
    if (e instanceof UsageError || e instanceof RangeError) return { code: 2, stdout: '', stderr: `error: ${msg.split('\n')[0]}\n` };
    return { code: 2, stdout: '', stderr: `error: computation failed: ${msg.split('\n')[0]}\n` };
  }
}

/** `--max-seconds s` may stand anywhere after the command; it bounds the work of any command. */
function takeMaxSeconds(flags: readonly string[]): { rest: string[]; seconds: number } {
  const rest: string[] = [];
  let seconds: number | null = null;
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] !== '--max-seconds') {
      rest.push(flags[i]);
      continue;
    }
    const raw = flags[++i];
    if (seconds !== null) throw new UsageError('--max-seconds is given twice');
    const x = raw !== undefined && DECIMAL.test(raw) ? Number(raw) : NaN;
    if (!(x > 0 && x <= MAX_SECONDS_LIMIT)) throw new UsageError(`--max-seconds must be a number in (0, ${MAX_SECONDS_LIMIT}], got "${raw ?? ''}"`);
    seconds = x;
  }
  return { rest, seconds: seconds ?? MAX_SECONDS_DEFAULT };
}

/**
 * The progress callback handed to the command: after 2 s it reports on stderr (once a second), and once
 * the budget is spent it throws, which unwinds the physics loop that called it (exit code 3).
 */
function budget(now: () => number, maxSeconds: number, progress?: (line: string) => void): CommandContext {
  const t0 = now();
  let lastLine = -Infinity;
  return {
    onProgress(fraction) {
      const t = now() - t0;
      if (t > maxSeconds * 1000) {
        throw new BudgetExceeded(`stopped after ${maxSeconds} s (--max-seconds) at ${Math.round(100 * fraction)} %; give a larger --max-seconds or a smaller problem`);
      }
      if (progress && t > PROGRESS_AFTER_MS && t - lastLine >= PROGRESS_EVERY_MS) {
        lastLine = t;
        progress(`progress: ${Math.round(100 * fraction)} % after ${(t / 1000).toFixed(0)} s`);
      }
    },
  };
}

export function parseArgs(cmd: Command, params: Schema, rest: readonly string[]): CliArgs {
  const out: Record<string, CliArgs[string]> = {};
  const given = new Set<string>();
  for (const key of cmd.keys) {
    const spec = params.find((p) => p.key === key);
    if (spec) out[key] = cmd.rangeKeys?.includes(key) && spec.kind === 'number' ? Float64Array.of(spec.default) : spec.default;
  }
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i];
    if (!flag.startsWith('--')) throw new UsageError(`expected --<key>, got "${flag}"`);
    const key = flag.slice(2);
    if (given.has(key)) throw new UsageError(`--${key} is given twice`);
    given.add(key);
    if (!cmd.keys.includes(key)) throw new UsageError(`${cmd.name} does not take --${key} (keys: ${cmd.keys.join(', ')})`);
    const raw = rest[i + 1];
    if (raw === undefined) throw new UsageError(`--${key} needs a value`);
    const spec = params.find((p) => p.key === key);
    if (!spec) throw new UsageError(`--${key} has no schema entry`);
    // a range key always reaches the command as a grid (one number: a grid of one point)
    if (cmd.rangeKeys?.includes(key)) out[key] = raw.includes(':') ? parseRange(spec, raw) : Float64Array.of(parseNumberStrict(spec, raw));
    else out[key] = parseStrict(spec, raw);
  }
  return out;
}

function parseStrict(spec: ParamSpec, raw: string): number | string {
  if (spec.kind === 'enum') {
    if (!spec.options.some((o) => o.value === raw)) throw new UsageError(`--${spec.key} must be one of ${spec.options.map((o) => o.value).join(', ')}, got "${raw}"`);
    return raw;
  }
  return parseNumberStrict(spec, raw);
}

function parseNumberStrict(spec: ParamSpec, raw: string): number {
  if (spec.kind !== 'number') throw new UsageError(`--${spec.key} takes no range`);
  if (spec.infinityToken && raw === spec.infinityToken) return Infinity;
  const x = DECIMAL.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(x)) throw new UsageError(`--${spec.key} must be a number (plain decimal${spec.infinityToken ? ` or ${spec.infinityToken}` : ''}), got "${raw}"`);
  checkNumber(spec, x);
  return x;
}

function checkNumber(spec: NumberParam, x: number): void {
  if (x < spec.min || x > spec.max) throw new UsageError(`--${spec.key} must lie in [${spec.min}, ${spec.max}], got ${x}`);
  if (spec.integer && !Number.isInteger(x)) throw new UsageError(`--${spec.key} must be an integer, got ${x}`);
}

/** `start:stop:step`, stop included when it falls on the grid (to 1e-9 of a step). */
export function parseRange(spec: ParamSpec, raw: string): Float64Array {
  if (spec.kind !== 'number') throw new UsageError(`--${spec.key} takes no range`);
  const parts = raw.split(':').map((p) => (DECIMAL.test(p) ? Number(p) : NaN));
  if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p))) throw new UsageError(`--${spec.key} range must be start:stop:step, got "${raw}"`);
  const [a, b, h] = parts;
  if (!(h > 0) || b < a) throw new UsageError(`--${spec.key} range needs step > 0 and stop ≥ start, got "${raw}"`);
  const n = Math.floor((b - a) / h + 1e-9) + 1;
  if (n > 100_000) throw new UsageError(`--${spec.key} range has ${n} points; at most 100000`);
  const grid = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    grid[i] = Number((a + i * h).toPrecision(15));
    checkNumber(spec, grid[i]);
  }
  return grid;
}

/** JSON with typed arrays as arrays and non-finite numbers as null (JSON has no NaN or Infinity). */
export function toJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (ArrayBuffer.isView(x) && !(x instanceof DataView)) return Array.from(x as Float64Array, (e) => (Number.isFinite(e) ? e : null));
    if (typeof x === 'number' && !Number.isFinite(x)) return null;
    return x;
  });
}

function helpText(groups: readonly CommandGroup[]): string {
  const lines = ['usage: npm run -s cli -- <command> [--<key> <value>]...', '', 'commands:'];
  for (const g of groups) for (const c of g.commands) lines.push(`  ${c.name.padEnd(22)} ${c.summary}`, `  ${''.padEnd(22)} keys: ${c.keys.join(', ')}`);
  lines.push(
    '',
    'Ranges: --alpha start:stop:step (at most 100000 points). Numbers are plain decimals. Output: one JSON object on stdout.',
    `Every command takes --max-seconds s (default ${MAX_SECONDS_DEFAULT}): long work reports progress on stderr after 2 s and stops with exit code 3 when the time is up.`,
    'Bad input, or a computation that cannot give its fields: exit code 2 and one line on stderr.',
  );
  return lines.join('\n') + '\n';
}
