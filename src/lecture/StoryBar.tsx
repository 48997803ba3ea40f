import { useId } from 'react';
import type { ChapterMeta } from '../chapters/types.ts';
import { CUSTOM_STORY } from '../state/story.ts';
import { useApp$ } from '../view/context.ts';
import { useStory } from './useStory.ts';

/**
 * The story picker of the controls panel: a chapter story, its step (← / → buttons, and the keys
 * → Space PageDown / ← PageUp / Home End anywhere outside a control) and the step's caption.
 */
export function StoryBar({ chapter }: { chapter: ChapterMeta }) {
  const id = useId();
  const told = useStory();
  const setStory = useApp$((s) => s.setStory);
  const goStep = useApp$((s) => s.goStep);
  if (!chapter.stories?.length && !told) return null;
  const n = told?.story.steps.length ?? 0;
  return (
    <div className="flex flex-col gap-1 text-sm" data-story-bar>
      <label htmlFor={id} className="font-medium">
        Story
      </label>
      <select id={id} className="lp-input" value={told?.story.id ?? ''} onChange={(e) => setStory(e.target.value || null)}>
        <option value="">No story: free exploration</option>
        {chapter.stories?.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
        {told?.story.id === CUSTOM_STORY ? <option value={CUSTOM_STORY}>{told.story.title}</option> : null}
      </select>
      {told ? (
        <>
          <div className="flex items-center gap-2" role="group" aria-label="Story steps">
            <button type="button" className="lp-btn" onClick={() => goStep('prev')} disabled={told.step === 0} aria-label="Previous step">
              ←
            </button>
            <span className="tabular-nums" data-step={told.step} aria-live="polite">
              Step {told.step + 1} / {n}
            </span>
            <button type="button" className="lp-btn" onClick={() => goStep('next')} disabled={told.step === n - 1} aria-label="Next step">
              →
            </button>
          </div>
          <p className="text-slate-700 dark:text-slate-300" data-story-caption>
            {told.story.steps[told.step].caption}
          </p>
        </>
      ) : null}
    </div>
  );
}

/** The projector view's and embed's only chrome: step n / N and the step's caption, one line. */
export function StepIndicator({ present }: { present: boolean }) {
  const told = useStory();
  if (!told) return null;
  // projector view: 18 px at 720 px high, like the chart's text (charts/theme.ts presentScale)
  return (
    <p className={`truncate text-slate-600 dark:text-slate-300 ${present ? 'text-[max(12px,2.5vmin)]' : 'text-xs'}`} data-step-indicator={told.step} aria-live="polite">
      <span className="font-semibold tabular-nums">
        {told.step + 1} / {told.story.steps.length}
      </span>{' '}
      · {told.story.steps[told.step].caption}
    </p>
  );
}
