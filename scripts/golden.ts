// The CLI's golden outputs: every line of scripts/golden/commands.txt run in-process through runCli,
// its result compared byte for byte with scripts/golden/<n>.out (n = the command's index, from 1).
// `npm run golden:write` refreshes the files after an intended change of numbers; golden.test.ts checks.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCommandGroups, runCli, type CommandGroup } from './cliCore.ts';

const dir = new URL('./golden/', import.meta.url);

export interface GoldenCase {
  n: number;
  argv: string[];
  file: URL;
}

export function goldenCases(): GoldenCase[] {
  return readFileSync(new URL('commands.txt', dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l, i) => ({ n: i + 1, argv: l.trim().split(/\s+/), file: new URL(`${i + 1}.out`, dir) }));
}

/** What a case prints: stdout on success, the exit code and stderr otherwise. */
export function goldenOutput(argv: readonly string[], groups: readonly CommandGroup[]): string {
  const r = runCli(argv, groups);
  return r.code === 0 ? r.stdout : `exit ${r.code}\n${r.stderr}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const groups = await loadCommandGroups();
  for (const c of goldenCases()) writeFileSync(c.file, goldenOutput(c.argv, groups));
  console.log(`wrote ${goldenCases().length} golden outputs`);
}
