import type { ChapterSchema } from '../state/url.ts';
import { glmChapter } from './glm/chapter.ts';
import { committeeChapter } from './committee/chapter.ts';
import { sgdChapter } from './sgd/chapter.ts';
import { landscapesChapter } from './landscapes/chapter.ts';
import type { ChapterDef, ComingChapter } from './types.ts';

/** Adding a model: one line here (and its folders under workers/physics/ and src/chapters/). */
export const chapters: readonly ChapterDef[] = [glmChapter, committeeChapter, sgdChapter, landscapesChapter];

export const coming: readonly ComingChapter[] = [];

export const DEFAULT_CHAPTER = 'glm';

export const schemas: readonly ChapterSchema[] = chapters.map((c) => ({ id: c.id, params: c.params, figures: c.figures.map((f) => f.id) }));
