import type { ChapterSchema } from '../state/url.ts';
import { presetStory } from '../state/story.ts';
import type { ChapterMeta, ChapterUi, ComingChapter } from './types.ts';

/**
 * The chapters, found by folder: every `./<id>/meta.ts` (loaded with the page) and its `./<id>/ui.tsx`
 * (loaded when the chapter is first shown). Nothing to register here: a model is registered once, in
 * workers/physics/models.ts, and registry.test.ts checks that the two lists agree.
 */
const metas = import.meta.glob<ChapterMeta>('./*/meta.ts', { eager: true, import: 'chapter' });
const uis = import.meta.glob<ChapterUi>('./*/ui.tsx', { import: 'ui' });

export const chapters: readonly ChapterMeta[] = Object.values(metas).sort((a, b) => a.order - b.order);

export const coming: readonly ComingChapter[] = [];

export const DEFAULT_CHAPTER = 'glm';

export const schemas: readonly ChapterSchema[] = chapters.map((c) => ({
  id: c.id,
  params: c.params,
  figures: c.figures.map((f) => f.id),
  stories: [...(c.stories ?? []), ...(c.presets ?? []).map((p) => presetStory(p.label, p.values))],
}));

const loaded = new Map<string, Promise<ChapterUi>>();

/** The chapter's figures and prose (one import per chapter, shared by every caller). */
export function loadChapterUi(id: string): Promise<ChapterUi> {
  let p = loaded.get(id);
  if (!p) {
    const load = uis[`./${id}/ui.tsx`];
    p = load ? load() : Promise.reject(new Error(`chapter "${id}" has no ui.tsx`));
    loaded.set(id, p);
  }
  return p;
}
