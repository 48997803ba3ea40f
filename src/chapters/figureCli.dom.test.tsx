/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { chapters, loadChapterUi } from './registry.ts';
import { declaredFigures } from '../view/defineFigure.tsx';
import { cliArgv } from '../cite/cli.ts';
import { readParams } from '../../workers/physics/schema.ts';
import { loadCommandGroups, parseArgs } from '../../scripts/cliCore.ts';

// Issue #14, 3: every figure's menu shows the CLI command(s) that print its numbers. Each figure declares
// them (defineFigure's `cli`); here, at the chapter's defaults, every command exists, its argv parses as
// the CLI parses it (keys, ranges, enum values) and it names the CSV series it prints. That the numbers
// are the figure's is e2e/compare-cli.spec.ts's check.
describe('every figure declares its CLI command', async () => {
  const groups = await loadCommandGroups();
  for (const c of chapters)
    it(`${c.id}: ${c.figures.map((f) => f.id).join(', ')}`, async () => {
      await loadChapterUi(c.id);
      const p = readParams(c.params, {});
      for (const f of c.figures) {
        const calls = declaredFigures.get(`${c.id}/${f.id}`)?.cli?.(p as never) ?? [];
        expect(calls.length, `${c.id}/${f.id} declares cli`).toBeGreaterThan(0);
        for (const call of calls) {
          const group = groups.find((g) => g.commands.some((k) => k.name === call.command));
          expect(group, `${c.id}/${f.id}: command ${call.command}`).toBeDefined();
          const [, ...flags] = cliArgv(call);
          expect(() => parseArgs(group!.commands.find((k) => k.name === call.command)!, group!.params, flags), `${c.id}/${f.id}: ${flags.join(' ')}`).not.toThrow();
          expect(Object.keys(call.series ?? {}).length, `${c.id}/${f.id}: series of ${call.command}`).toBeGreaterThan(0);
        }
      }
    });
});
