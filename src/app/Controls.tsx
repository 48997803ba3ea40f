import { Fragment, Suspense, use } from 'react';
import { loadChapterUi } from '../chapters/registry.ts';
import type { ChapterMeta } from '../chapters/types.ts';
import { readParams } from '../../workers/physics/schema.ts';
import { ParamControl } from '../ui/ParamControl.tsx';
import { useApp$ } from '../view/context.ts';
import { StoryBar } from '../lecture/StoryBar.tsx';

/** The schema-driven controls panel: model parameters, simulation parameters, presets, reset. */
export function Controls({ chapter, only }: { chapter: ChapterMeta; only?: readonly string[] | null }) {
  const params = useApp$((s) => s.params);
  const setParam = useApp$((s) => s.setParam);
  const setParams = useApp$((s) => s.setParams);
  const reset = useApp$((s) => s.resetParams);
  const notify = useApp$((s) => s.notify);
  const shown = chapter.params.filter((p) => (only ? only.includes(p.key) : (chapter.showParam?.(p.key, readParams(chapter.params, params)) ?? true)));
  const sim = new Set<string>(chapter.simulationKeys ?? []);
  const group = (keys: typeof shown) =>
    keys.map((spec) => (
      <Fragment key={spec.key}>
        <ParamControl spec={spec} value={params[spec.key]} onChange={(v, mode) => setParam(spec.key, v, mode)} onInvalid={notify} />
        <Suspense fallback={null}>
          <ControlNote chapter={chapter.id} paramKey={spec.key} />
        </Suspense>
      </Fragment>
    ));
  // the preset in force: every value it sets is the current one
  const inForce = chapter.presets?.findIndex((pr) => Object.entries(pr.values).every(([k, v]) => params[k] === v)) ?? -1;
  if (only) return <div className="flex flex-wrap gap-x-6 gap-y-2 [&>*]:min-w-48 [&>*]:flex-1">{group(shown)}</div>;
  return (
    <div className="flex min-w-0 flex-col gap-4" aria-label="Controls" role="group">
      <StoryBar chapter={chapter} />
      {chapter.presets?.length ? (
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Preset</span>
          <select
            className="lp-input w-full min-w-0 text-ellipsis"
            value={inForce < 0 ? '' : String(inForce)}
            onChange={(e) => {
              const p = chapter.presets![Number(e.target.value)];
              if (p) setParams(p.values, 'push');
            }}
          >
            <option value="">Choose a preset…</option>
            {chapter.presets.map((p, i) => (
              <option key={p.label} value={i}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">Model</legend>
        {group(shown.filter((p) => !sim.has(p.key)))}
      </fieldset>
      {shown.some((p) => sim.has(p.key)) ? (
        <fieldset className="flex min-w-0 flex-col gap-3">
          <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">Simulation</legend>
          {group(shown.filter((p) => sim.has(p.key)))}
        </fieldset>
      ) : null}
      <button type="button" className="lp-btn self-start" onClick={reset}>
        Reset to defaults
      </button>
    </div>
  );
}

/** The chapter's note under one control (ChapterUi.ControlNotes), once its ui has loaded; nothing otherwise. */
function ControlNote({ chapter, paramKey }: { chapter: string; paramKey: string }) {
  const Note = use(loadChapterUi(chapter)).ControlNotes?.[paramKey];
  return Note ? <Note /> : null;
}
