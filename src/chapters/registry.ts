import type { ChapterSchema } from '../state/url.ts';
import { glmChapter } from './glm/chapter.ts';
import { committeeChapter } from './committee/chapter.ts';
import { sgdChapter } from './sgd/chapter.ts';
import type { ChapterDef, ComingChapter } from './types.ts';

/** Adding a model: one line here (and its folders under workers/physics/ and src/chapters/). */
export const chapters: readonly ChapterDef[] = [glmChapter, committeeChapter, sgdChapter];

export const coming: readonly ComingChapter[] = [
  { id: 'landscapes', title: 'Rough landscapes', summary: 'Gradient flow, threshold states and the BBP outlier' },
];

export const DEFAULT_CHAPTER = 'glm';

export const schemas: readonly ChapterSchema[] = chapters.map((c) => ({ id: c.id, params: c.params, figures: c.figures.map((f) => f.id) }));
