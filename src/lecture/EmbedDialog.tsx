import { useId, useMemo, useState } from 'react';
import { copyText, embedSnippet } from '../charts/exportFile.ts';
import { THEMES, type Theme } from '../state/url.ts';
import { CUSTOM_STORY } from '../state/story.ts';
import { useApp, useViewUrl } from '../view/context.ts';
import { Dialog } from './Dialog.tsx';
import { EMBED_H, EMBED_W } from './record.ts';

/**
 * The embed code builder (issue #13, item 5): which controls the embed shows, its theme, projector view,
 * story and step, with a live 800×450 preview; the iframe code carries every choice.
 */
export default function EmbedDialog({ fig, title, onClose }: { fig: string; title: string; onClose: () => void }) {
  const { store, schemas } = useApp();
  const viewUrl = useViewUrl();
  const [initial] = useState(() => store.getState());
  const schema = schemas.find((c) => c.id === initial.chapter)!;
  const [controls, setControls] = useState<string[]>(initial.controls ?? []);
  const [theme, setTheme] = useState<Theme>(initial.theme ?? 'auto');
  const [present, setPresent] = useState(!!initial.present);
  const [story, setStory] = useState<string>(initial.story ?? '');
  const [step, setStep] = useState(initial.step ?? 0);
  const [copied, setCopied] = useState<string | null>(null);
  const ids = useId();
  const stories = [...(schema.stories ?? []), ...(initial.steps ? [{ id: CUSTOM_STORY, title: 'Steps from the link', steps: [] }] : [])];
  const steps = story === CUSTOM_STORY ? null : (schema.stories?.find((s) => s.id === story)?.steps.length ?? 0);
  const url = useMemo(
    () =>
      viewUrl({
        fig,
        embed: true,
        controls: schema.params.filter((p) => controls.includes(p.key)).map((p) => p.key),
        theme,
        present,
        story: story || null,
        steps: story === CUSTOM_STORY ? initial.steps : null,
        step: story ? step : 0,
      }),
    [viewUrl, fig, schema, controls, theme, present, story, step, initial.steps],
  );
  const code = embedSnippet(url, title);
  const [k] = useState(() => Math.min(1, (window.innerWidth - 80) / EMBED_W));
  return (
    <Dialog title={`Embed “${title}”`} onClose={onClose} wide>
      <div className="flex flex-col gap-3 text-sm" data-embed-builder>
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
          <legend className="mb-1 font-medium">Controls shown under the figure</legend>
          {schema.params.map((p) => (
            <label key={p.key} className="flex items-center gap-1">
              <input type="checkbox" checked={controls.includes(p.key)} onChange={(e) => setControls(e.target.checked ? [...controls, p.key] : controls.filter((c) => c !== p.key))} data-embed-control={p.key} />
              {p.label}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-wrap items-end gap-4">
          <label className="flex flex-col gap-1">
            <span className="font-medium">Theme</span>
            <select className="lp-input" value={theme} onChange={(e) => setTheme(e.target.value as Theme)} data-embed-theme>
              {THEMES.map((t) => (
                <option key={t} value={t}>
                  {t === 'auto' ? 'auto (the viewer’s system)' : t}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={present} onChange={(e) => setPresent(e.target.checked)} data-embed-present />
            Projector view (large text and lines, no chrome)
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">Story</span>
            <select
              className="lp-input"
              value={story}
              onChange={(e) => {
                setStory(e.target.value);
                setStep(0);
              }}
              data-embed-story
            >
              <option value="">none</option>
              {stories.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          {story ? (
            <label className="flex flex-col gap-1" htmlFor={`${ids}-step`}>
              <span className="font-medium">Opens at step</span>
              <input
                id={`${ids}-step`}
                className="lp-input w-20"
                type="number"
                min={0}
                max={steps === null ? undefined : Math.max(0, steps - 1)}
                value={step}
                onChange={(e) => setStep(Math.max(0, Math.min(steps === null ? 99 : steps - 1, Math.round(Number(e.target.value) || 0))))}
                data-embed-step
              />
            </label>
          ) : null}
        </div>
        <div className="overflow-hidden rounded border border-slate-300 dark:border-slate-600" style={{ width: EMBED_W * k, height: EMBED_H * k }}>
          <iframe
            src={url}
            title={`Preview: ${title}`}
            width={EMBED_W}
            height={EMBED_H}
            style={{ border: 0, transform: `scale(${k})`, transformOrigin: '0 0' }}
            data-embed-preview
          />
        </div>
        <label className="flex flex-col gap-1">
          <span className="font-medium">Embed code</span>
          <textarea className="lp-input h-20 font-mono text-xs" readOnly value={code} data-embed-code />
        </label>
        <div className="flex items-center gap-3">
          <button
            type="button"
            className="lp-btn"
            onClick={async () => {
              setCopied((await copyText(code)) ? 'Copied.' : 'Copy the code above by hand.');
            }}
          >
            Copy embed code
          </button>
          <span role="status">{copied}</span>
        </div>
      </div>
    </Dialog>
  );
}
