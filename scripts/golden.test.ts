import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandGroups, type CommandGroup } from './cliCore.ts';
import { goldenCases, goldenOutput } from './golden.ts';

// Refactors must not move a number: each listed command's output is compared byte for byte with the
// file written before (scripts/golden/commands.txt; `npm run golden:write` after an intended change).
describe('CLI golden outputs', () => {
  let groups: CommandGroup[] = [];
  beforeAll(async () => {
    groups = await loadCommandGroups();
  });
  for (const c of goldenCases()) {
    it(`${c.n}: ${c.argv.join(' ')}`, () => {
      expect(goldenOutput(c.argv, groups)).toBe(readFileSync(c.file, 'utf8'));
    });
  }
});
