import type { ReactNode } from 'react';
import { pause, play, SPEEDS, setSpeed, step, usePlayback } from '../compute/playback.ts';

/**
 * Play / Pause / Step / speed for the finite-size dynamics (src/compute/playback.ts): the same buttons on
 * every figure that draws a run along time. `onStepAtEnd` runs when Step is pressed with the whole run
 * shown (e.g. extend the run); `status` is the figure's own line after the buttons.
 */
export function PlaybackControls({ what, onStepAtEnd, stepAtEndLabel, status }: { what: string; onStepAtEnd?: () => void; stepAtEndLabel?: string; status?: ReactNode }) {
  const pb = usePlayback();
  const atEnd = pb.cursor >= 1;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={`${what} playback`}>
      <button type="button" className="lp-btn" onClick={() => (pb.playing ? pause() : play())} aria-pressed={pb.playing} data-sim-control="play">
        {pb.playing ? 'Pause' : `Play ${what}`}
      </button>
      <button type="button" className="lp-btn" onClick={() => !step() && onStepAtEnd?.()} disabled={atEnd && !onStepAtEnd} data-sim-control="step">
        {atEnd && stepAtEndLabel ? stepAtEndLabel : 'Step'}
      </button>
      <label className="flex items-center gap-1">
        <span className="text-slate-600 dark:text-slate-400">speed</span>
        <select className="lp-input py-0.5" value={pb.speed} onChange={(e) => setSpeed(Number(e.target.value))} data-sim-control="speed">
          {SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v}×
            </option>
          ))}
        </select>
      </label>
      {status ? (
        <span className="text-slate-600 dark:text-slate-400" aria-live="polite">
          {status}
        </span>
      ) : null}
    </div>
  );
}
