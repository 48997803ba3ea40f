import { models } from '../workers/physics/models.ts';
import type { ChapterMeta } from '../src/chapters/types.ts';
import type { NumberParam, ParamSpec } from '../workers/physics/schema.ts';

/**
 * Every chapter as the journeys see it: the registered models (workers/physics/models.ts) and each one's
 * src/chapters/<id>/meta.ts — so a new model is covered by the layout, export and a11y journeys
 * without editing them.
 */
export const chapters: ChapterMeta[] = await Promise.all(
  models.map(async (m) => ((await import(`../src/chapters/${m.id}/meta.ts`)) as { chapter: ChapterMeta }).chapter),
);

/** Two number controls with help texts (they wrap, so an embed has the least room left for its chart). */
export function wrappingControls(c: ChapterMeta): string {
  const numbers = (c.params as readonly ParamSpec[]).filter((p): p is NumberParam => p.kind === 'number');
  return [...numbers.filter((p) => p.help), ...numbers.filter((p) => !p.help)].slice(0, 2).map((p) => p.key).join(',');
}
