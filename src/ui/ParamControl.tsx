import { useEffect, useId, useRef, useState } from 'react';
import type { EnumParam, NumberParam, ParamSpec, ParamValue } from '../../workers/physics/schema.ts';
import { formatNumber, fromUnit, parseParam, toUnit } from '../state/codec.ts';
import type { HistoryMode } from '../state/store.ts';
import { Tex } from './Tex.tsx';

/**
 * One control per schema entry: a native range slider plus a typed number field for numbers
 * (keyboard: arrows, PageUp/Down, Home/End), a select for enums. Dragging writes history with
 * replaceState; releasing or typing commits with pushState. Slider input is coalesced to one update per
 * animation frame (a drag fires input events faster than the page can redraw: only the latest counts),
 * and the release commits the final value at once.
 */
export interface ParamControlProps {
  spec: ParamSpec;
  value: ParamValue;
  onChange: (value: ParamValue, mode: HistoryMode) => void;
  onInvalid?: (message: string) => void;
  disabled?: boolean;
}

export function ParamControl(p: ParamControlProps) {
  return p.spec.kind === 'enum' ? <EnumControl {...p} spec={p.spec} /> : <NumberControl {...p} spec={p.spec} />;
}

function Label({ spec, htmlFor }: { spec: ParamSpec; htmlFor: string }) {
  return (
    <label htmlFor={htmlFor} className="flex items-baseline justify-between gap-2 text-sm">
      <span className="font-medium">{spec.label}</span>
      {spec.tex ? (
        <span className="text-slate-500 dark:text-slate-400" aria-hidden="true">
          <Tex>{spec.tex}</Tex>
        </span>
      ) : null}
    </label>
  );
}

function EnumControl({ spec, value, onChange, disabled }: ParamControlProps & { spec: EnumParam }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1" data-control={spec.key}>
      <Label spec={spec} htmlFor={id} />
      {/* w-full, min-w-0: a long option label is cut in the closed select (its title shows it whole), never widening the column */}
      <select
        id={id}
        name={spec.key}
        className="lp-input w-full min-w-0 text-ellipsis"
        value={String(value)}
        disabled={disabled}
        title={[spec.options.find((o) => o.value === value)?.label, spec.help].filter(Boolean).join(' — ')}
        onChange={(e) => onChange(e.target.value, 'push')}
      >
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const LOG_STEPS = 400;

function NumberControl({ spec, value, onChange, onInvalid, disabled }: ParamControlProps & { spec: NumberParam }) {
  const id = useId();
  const v = typeof value === 'number' ? value : spec.default;
  const infinite = v === Infinity;
  // slider positions: integer stops; one extra stop at the end stands for the infinity token
  const stops = spec.scale === 'log' ? LOG_STEPS : Math.round((spec.max - spec.min) / spec.step);
  const total = stops + (spec.infinityToken ? 1 : 0);
  const pos = infinite ? total : Math.round(toUnit(spec, v) * stops);
  const fromPos = (k: number) => (spec.infinityToken && k > stops ? Infinity : fromUnit(spec, k / stops));
  const shown = infinite ? spec.infinityToken! : formatNumber(v);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  // the thumb follows the pointer at once; the store gets the latest position once per frame
  const [dragPos, setDragPos] = useState<number | null>(null);
  const pending = useRef<{ frame: number; pos: number } | null>(null);
  const flush = () => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    cancelAnimationFrame(p.frame);
    onChange(fromPos(p.pos), 'replace');
    // the store has the value now: the thumb follows it again (and any later change from elsewhere)
    setDragPos(null);
  };
  const input = (k: number) => {
    setDragPos(k);
    if (pending.current) pending.current.pos = k;
    else pending.current = { pos: k, frame: requestAnimationFrame(flush) };
  };
  const commit = (k: number) => {
    if (pending.current) cancelAnimationFrame(pending.current.frame);
    pending.current = null;
    setDragPos(null);
    onChange(fromPos(k), 'push');
  };
  useEffect(() => () => void (pending.current && cancelAnimationFrame(pending.current.frame)), []);

  const commitText = () => {
    const parsed = parseParam(spec, text);
    if (parsed.issue) onInvalid?.(parsed.issue);
    onChange(parsed.value, 'push');
    setText(parsed.value === Infinity ? spec.infinityToken! : typeof parsed.value === 'number' ? formatNumber(parsed.value) : parsed.value);
  };

  return (
    <div className="flex flex-col gap-1" data-control={spec.key}>
      <Label spec={spec} htmlFor={id} />
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="range"
          name={spec.key}
          min={0}
          max={total}
          step={1}
          value={dragPos ?? pos}
          disabled={disabled}
          aria-valuetext={`${spec.label} ${shown}`}
          title={spec.help}
          className="lp-range min-w-0 flex-1"
          onInput={(e) => input(Number((e.target as HTMLInputElement).value))}
          onChange={() => {}}
          onPointerUp={(e) => commit(Number((e.target as HTMLInputElement).value))}
          onKeyUp={(e) => commit(Number((e.target as HTMLInputElement).value))}
        />
        <input
          type="text"
          inputMode="decimal"
          aria-label={`${spec.label} value`}
          className="lp-input w-20 text-right tabular-nums"
          value={text}
          disabled={disabled}
          onChange={(e) => setText(e.target.value)}
          onBlur={commitText}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitText();
            if (e.key === 'Escape') setText(shown);
          }}
        />
      </div>
      {spec.help ? <p className="text-xs text-slate-500 dark:text-slate-400">{spec.help}</p> : null}
    </div>
  );
}
