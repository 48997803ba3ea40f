import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCommandGroups } from './cliCore.ts';
import { chapters } from '../src/chapters/registry.ts';

// The README is the user's reference: every URL key and every CLI command must be documented there.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README stays current', () => {
  it('documents every URL key of every chapter', () => {
    const missing = chapters.flatMap((c) => c.params.map((p) => p.key)).filter((k) => !readme.includes(`\`${k}\``));
    expect([...new Set(missing)]).toEqual([]);
  });
  it('lists every chapter id and every CLI command', async () => {
    const commandGroups = await loadCommandGroups();
    for (const c of chapters) expect(readme).toContain(`ch=${c.id}`);
    const missing = commandGroups.flatMap((g) => g.commands.map((c) => c.name)).filter((n) => !readme.includes(n));
    expect(missing).toEqual([]);
  });
});
