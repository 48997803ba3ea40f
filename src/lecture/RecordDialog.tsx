import { useState, type RefObject } from 'react';
import { download } from '../charts/exportFile.ts';
import { viewOf } from '../state/store.ts';
import { CUSTOM_STORY } from '../state/story.ts';
import { storyOf } from '../state/url.ts';
import { useApp } from '../view/context.ts';
import { Dialog } from './Dialog.tsx';
import { canRecordWebm, createEncoder, drawFrame, EMBED_H, EMBED_W, settled, type RecordFormat } from './record.ts';

/**
 * Export → Record: the figure through every step of a story, one frame per step at the embed size, as
 * WebM or GIF. The page really steps (the reader sees it) and goes back to the view it came from.
 */
export default function RecordDialog({ fig, svgRef, onClose }: { fig: string; svgRef: RefObject<SVGSVGElement | null>; onClose: () => void }) {
  const { store, schemas } = useApp();
  const [initial] = useState(() => store.getState());
  const schema = schemas.find((c) => c.id === initial.chapter)!;
  const stories = [...(initial.steps ? [storyOf(initial, schema)!] : []), ...(schema.stories ?? [])];
  const [storyId, setStoryId] = useState(initial.steps ? CUSTOM_STORY : (initial.story ?? stories[0]?.id ?? ''));
  const [format, setFormat] = useState<RecordFormat>(canRecordWebm() ? 'webm' : 'gif');
  const [seconds, setSeconds] = useState(2);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const record = async () => {
    const story = stories.find((s) => s.id === storyId);
    if (!story) return;
    const saved = viewOf(store.getState());
    setBusy(true);
    try {
      const encoder = await createEncoder(format);
      const canvas = document.createElement('canvas');
      canvas.width = EMBED_W;
      canvas.height = EMBED_H;
      if (story.id === CUSTOM_STORY) store.getState().goStep('first');
      else store.getState().setStory(story.id);
      for (let i = 0; i < story.steps.length; i++) {
        if (i) store.getState().goStep(i);
        setStatus(`Step ${i + 1} / ${story.steps.length}: computing…`);
        const svg = svgRef.current;
        if (!svg) throw new Error('the figure is not drawn');
        await settled(svg.closest('figure') ?? svg);
        const now = svgRef.current ?? svg;
        await drawFrame(now, canvas, now.querySelector('rect')?.getAttribute('fill') ?? '#ffffff');
        await encoder.add(canvas, seconds * 1000);
      }
      const blob = await encoder.finish();
      download(`learning-phases-${fig}-${story.id}.${format}`, blob);
      setStatus(`Recorded ${story.steps.length} frames (${Math.round(blob.size / 1024)} kB).`);
    } catch (e) {
      setStatus(`Recording failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      store.getState().loadView(saved);
      setBusy(false);
    }
  };

  return (
    <Dialog title="Record a story" onClose={onClose}>
      <div className="flex flex-col gap-3 text-sm" data-record>
        <p className="text-slate-600 dark:text-slate-400">
          One frame per step, drawn when the step has finished computing, at {EMBED_W}×{EMBED_H}. The runs are seeded, so a recording is the same every time.
        </p>
        <label className="flex flex-col gap-1">
          <span className="font-medium">Story</span>
          <select className="lp-input" value={storyId} onChange={(e) => setStoryId(e.target.value)} disabled={busy} data-record-story>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.steps.length} {s.steps.length === 1 ? 'step' : 'steps'})
              </option>
            ))}
          </select>
        </label>
        <div className="flex flex-wrap items-end gap-4">
          <label className="flex flex-col gap-1">
            <span className="font-medium">Format</span>
            <select className="lp-input" value={format} onChange={(e) => setFormat(e.target.value as RecordFormat)} disabled={busy} data-record-format>
              <option value="webm" disabled={!canRecordWebm()}>
                WebM video
              </option>
              <option value="gif">animated GIF</option>
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">Seconds per step</span>
            <input className="lp-input w-20" type="number" min={0.5} max={10} step={0.5} value={seconds} disabled={busy} onChange={(e) => setSeconds(Math.min(10, Math.max(0.5, Number(e.target.value) || 2)))} />
          </label>
          <button type="button" className="lp-btn" onClick={() => void record()} disabled={busy || !stories.length} data-record-start>
            {busy ? 'Recording…' : 'Record'}
          </button>
        </div>
        <p role="status" data-record-status={busy ? 'busy' : status ? 'done' : 'idle'}>
          {status}
        </p>
      </div>
    </Dialog>
  );
}
