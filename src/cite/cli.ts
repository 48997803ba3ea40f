import { formatNumber } from '../state/codec.ts';

/**
 * A command of the CLI that prints a figure's numbers (scripts/cli.ts over the same physics), declared by
 * the figure next to its requests (`defineFigure(..., { cli: (p) => [...] })`). `series` says which CSV
 * series of the figure are which output fields, so a test can compare the two (e2e/compare-cli.spec.ts).
 */
export interface CliCall {
  command: string;
  args: Readonly<Record<string, string | number>>;
  /** CSV series id → [x field, y field] of the command's JSON output */
  series?: Readonly<Record<string, readonly [string, string]>>;
  /**
   * How closely (relative) the page's engine and Node agree on these numbers, when the method sets it: a root
   * found to a tolerance moves by up to that tolerance when libm differs by an ulp. Default 1e-10 (the test's).
   */
  tolerance?: number;
}

/** The argv after `npm run -s cli --`: numbers written exactly (shortest round trip, as the URL does). */
export function cliArgv(c: CliCall): string[] {
  return [c.command, ...Object.entries(c.args).flatMap(([k, v]) => [`--${k}`, typeof v === 'number' ? formatNumber(v) : v])];
}

/** The line to paste in a shell. Values are keys, enum words and decimals: nothing needs quoting. */
export function cliLine(c: CliCall): string {
  return `npm run -s cli -- ${cliArgv(c).join(' ')}`;
}
