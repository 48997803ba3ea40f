import { useMemo } from 'react';
import type { StorySchema } from '../state/story.ts';
import { storyOf } from '../state/url.ts';
import { useApp, useApp$ } from '../view/context.ts';

/** The story being told and its step, or null. */
export function useStory(): { story: StorySchema; step: number } | null {
  const { schemas } = useApp();
  const chapter = useApp$((s) => s.chapter);
  const story = useApp$((s) => s.story);
  const steps = useApp$((s) => s.steps);
  const step = useApp$((s) => s.step ?? 0);
  return useMemo(() => {
    const schema = schemas.find((c) => c.id === chapter);
    const told = schema ? storyOf({ story, steps }, schema) : null;
    return told ? { story: told, step: Math.min(step, told.steps.length - 1) } : null;
  }, [schemas, chapter, story, steps, step]);
}
