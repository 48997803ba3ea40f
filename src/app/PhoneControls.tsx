import { useState } from 'react';
import type { ChapterMeta } from '../chapters/types.ts';
import { readParams } from '../../workers/physics/schema.ts';
import { Controls } from './Controls.tsx';
import { useApp$ } from '../view/context.ts';

/**
 * Phones (Shell's PHONE_QUERY): a strip fixed to the bottom of the screen with the chapter's main slider, so
 * that slider and figure are on screen together, and a button that opens every control in a drawer above
 * the strip. The main slider is the first number parameter of the model shown for the current values.
 */
export function PhoneControls({ chapter }: { chapter: ChapterMeta }) {
  const [open, setOpen] = useState(false);
  const params = useApp$((s) => s.params);
  const sim = new Set<string>(chapter.simulationKeys ?? []);
  const values = readParams(chapter.params, params);
  const main = chapter.params.find((p) => p.kind === 'number' && !sim.has(p.key) && (chapter.showParam?.(p.key, values) ?? true));
  return (
    <div className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-300 bg-white/95 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] backdrop-blur dark:border-slate-700 dark:bg-slate-950/95" data-phone-controls>
      {open ? (
        <div id="lp-phone-drawer" className="max-h-[55vh] overflow-y-auto border-b border-slate-200 p-4 dark:border-slate-800" data-phone-drawer>
          <Controls chapter={chapter} />
        </div>
      ) : null}
      <div className="flex items-end gap-3 px-4 py-2">
        <div className="min-w-0 flex-1">{main && !open ? <Controls chapter={chapter} only={[main.key]} /> : null}</div>
        <button type="button" className="lp-btn shrink-0" aria-expanded={open} aria-controls="lp-phone-drawer" onClick={() => setOpen(!open)}>
          {open ? 'Close' : 'All controls'}
        </button>
      </div>
    </div>
  );
}
