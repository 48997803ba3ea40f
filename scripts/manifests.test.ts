import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { models } from '../workers/physics/models.ts';
import { physicsApi } from '../workers/api.ts';
import { chapters, loadChapterUi, schemas } from '../src/chapters/registry.ts';
import { readParams, type ParamSpec } from '../workers/physics/schema.ts';

// A model is registered once (workers/physics/models.ts); everything else is derived from that list or
// checked against it here: the chapter folder, the worker jobs, the CLI, the benchmarks, e2e and README.
const file = (p: string) => new URL(`../${p}`, import.meta.url);
const readme = readFileSync(file('README.md'), 'utf8');

describe('every registered model is complete', () => {
  it('has a chapter folder, in registry order, and every chapter belongs to a model', () => {
    expect(chapters.map((c) => c.id)).toEqual(models.map((m) => m.id));
  });

  for (const m of models) {
    describe(m.id, () => {
      const chapter = chapters.find((c) => c.id === m.id)!;

      it('chapter schema declares every model key as the model does (only defaults may differ)', () => {
        for (const p of m.params as readonly ParamSpec[]) {
          const c = (chapter.params as readonly ParamSpec[]).find((q) => q.key === p.key);
          if (p.cliOnly) {
            expect(c, `${m.id}: ${p.key} is CLI-only, not a page key`).toBeUndefined();
            continue;
          }
          expect(c, `${m.id}: ${p.key}`).toBeDefined();
          expect({ ...c, default: null }).toEqual({ ...p, default: null });
        }
        const keys = chapter.params.map((p) => p.key);
        expect(new Set(keys).size, 'keys unique').toBe(keys.length);
      });

      it('every default and preset value is valid for the schema', () => {
        for (const p of chapter.params as readonly ParamSpec[]) {
          if (p.kind === 'number') expect(p.default >= p.min && p.default <= p.max, `${p.key} default`).toBe(true);
          else expect(p.options.map((o) => o.value), `${p.key} default`).toContain(p.default);
        }
        for (const preset of chapter.presets ?? []) {
          expect(readParams(chapter.params, preset.values), preset.label).toMatchObject(preset.values);
        }
      });

      it('tells ≥ 2 stories (issue #13), each step valid for the schema with a one-line caption', () => {
        const stories = chapter.stories ?? [];
        expect(stories.length, `${m.id}: stories`).toBeGreaterThanOrEqual(2);
        const ids = schemas.find((s) => s.id === m.id)!.stories!.map((s) => s.id);
        expect(new Set(ids).size, 'story ids unique, the presets as one-step stories included').toBe(ids.length);
        for (const story of stories) {
          expect(story.id, 'a URL-safe id').toMatch(/^[a-z0-9-]+$/);
          expect(story.steps.length, story.id).toBeGreaterThanOrEqual(2);
          for (const [i, step] of story.steps.entries()) {
            expect(readParams(chapter.params, step.values), `${story.id} step ${i}`).toMatchObject(step.values);
            expect(step.caption, `${story.id} step ${i}: one line`).toMatch(/^[^\n]{8,110}$/);
          }
        }
      });

      it('its ui.tsx draws exactly the figures its meta.ts lists', async () => {
        const ui = await loadChapterUi(m.id);
        expect(Object.keys(ui.Figures).sort()).toEqual(chapter.figures.map((f) => f.id).sort());
      });

      it('has worker jobs, reachable through the worker API', () => {
        const names = Object.keys(m.jobs);
        expect(names.length).toBeGreaterThan(0);
        for (const n of names) expect(typeof (physicsApi as Record<string, unknown>)[n], n).toBe('function');
      });

      it('has CLI commands whose keys are schema keys, each documented in the README', async () => {
        const commands = await m.commands();
        expect(commands.length).toBeGreaterThan(0);
        for (const c of commands) {
          for (const k of c.keys) expect(m.params.some((p) => p.key === k), `${c.name} --${k}`).toBe(true);
          for (const k of c.rangeKeys ?? []) expect(c.keys, `${c.name} range key`).toContain(k);
          expect(readme, `README lists ${c.name}`).toContain(c.name);
        }
      });

      it('has benchmark suites', async () => {
        expect(Object.keys(await m.bench()).length).toBeGreaterThan(0);
      });

      it('has a front-page thumbnail (scripts/thumbnails.ts draws it from the first figure)', () => {
        const svg = file(`public/thumbnails/${m.id}.svg`);
        expect(existsSync(svg), `public/thumbnails/${m.id}.svg`).toBe(true);
        expect(readFileSync(svg, 'utf8')).toContain(`data-figure="${chapter.figures[0].id}"`);
      });

      it('has an e2e journey and README rows', () => {
        expect(existsSync(file(`e2e/${m.id}.spec.ts`)), `e2e/${m.id}.spec.ts`).toBe(true);
        expect(readme).toContain(`ch=${m.id}`);
        for (const p of m.params) expect(readme, `README documents \`${p.key}\``).toContain(`\`${p.key}\``);
        for (const p of chapter.params) expect(readme, `README documents \`${p.key}\``).toContain(`\`${p.key}\``);
      });
    });
  }

  it("the page's worker finds exactly the registered models' jobs (physics.worker.ts globs jobs.ts)", () => {
    const found = Object.values(import.meta.glob<object>('../workers/physics/*/jobs.ts', { eager: true, import: 'jobs' }));
    expect(new Set(found)).toEqual(new Set(models.map((m) => m.jobs)));
  });

  it('job names are unique across models', () => {
    const names = models.flatMap((m) => Object.keys(m.jobs));
    expect(new Set(names).size).toBe(names.length);
  });
});
