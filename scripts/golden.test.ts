import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCases, goldenOutput } from './golden.ts';

// Refactors must not move a number: each listed command's output is compared byte for byte with the
// file written before (scripts/golden/commands.txt; `npm run golden:write` after an intended change).
describe('CLI golden outputs', () => {
  for (const c of goldenCases()) {
    it(`${c.n}: ${c.argv.join(' ')}`, () => {
      expect(goldenOutput(c.argv)).toBe(readFileSync(c.file, 'utf8'));
    });
  }
});
