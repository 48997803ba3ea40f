import { useEffect, useId, useRef, useState } from 'react';
import { pinColor } from '../compare/palette.ts';
import { APP_COMMIT, APP_VERSION } from '../appVersion.ts';

/**
 * The figure's compare / overlay / reproduce / cite entries, kept apart from Figure.tsx's Export menu
 * (other work adds entries there): a Pin button (also the key `p` while the pointer is over the figure or
 * focus is inside it), a "More" menu, and the pins as chips under the title.
 */
export interface FigureToolsProps {
  title: string;
  pins: readonly string[];
  compare: boolean;
  onPin: () => void;
  onClearPins: () => void;
  onCompare: (on: boolean) => void;
  onOverlay: () => void;
  onReproduce: () => void;
  onCite: () => void;
  overlayName: string | null;
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function FigureTools(p: FigureToolsProps) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const onPin = useRef(p.onPin);
  onPin.current = p.onPin;

  // key `p`: the figure under the pointer, or the one holding focus
  useEffect(() => {
    const fig = ref.current?.closest('figure');
    if (!fig) return;
    let over = false;
    const enter = () => (over = true);
    const leave = () => (over = false);
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'p' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (over || fig.contains(document.activeElement)) onPin.current();
    };
    fig.addEventListener('pointerenter', enter);
    fig.addEventListener('pointerleave', leave);
    document.addEventListener('keydown', key);
    return () => {
      fig.removeEventListener('pointerenter', enter);
      fig.removeEventListener('pointerleave', leave);
      document.removeEventListener('keydown', key);
    };
  }, []);

  const item = (label: string, act: () => void, data: string) => (
    <button
      type="button"
      role="menuitem"
      className="lp-menu-item"
      data-menu={data}
      onClick={() => {
        setOpen(false);
        act();
      }}
    >
      {label}
    </button>
  );

  return (
    <div className="relative flex items-center gap-1" ref={ref}>
      <button type="button" className="lp-btn" onClick={p.onPin} disabled={p.pins.length >= 6} title="Pin the current curves (key p)" aria-label={`Pin the current curves of ${p.title}`} data-pin-add>
        Pin
      </button>
      <button type="button" className="lp-btn" aria-haspopup="menu" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)} data-figure-more>
        More
      </button>
      {open ? (
        <div id={menuId} role="menu" className="lp-menu absolute top-full right-0 z-20 mt-1 flex w-60 flex-col" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {p.pins.length ? item('Clear pins', p.onClearPins, 'clear-pins') : null}
          {p.pins.length ? item(p.compare ? 'One view (pins overlaid)' : 'Compare side by side', () => p.onCompare(!p.compare), 'compare') : null}
          {item(p.overlayName ? `Overlay data… (${p.overlayName})` : 'Overlay data…', p.onOverlay, 'overlay')}
          {item('Reproduce: CLI command', p.onReproduce, 'reproduce')}
          {item('Cite (BibTeX)', p.onCite, 'cite')}
          <div className="border-t border-slate-200 p-2 text-xs text-slate-500 dark:border-slate-700" data-app-version>
            version {APP_VERSION} · commit {APP_COMMIT}
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The pins of a figure as chips: colour, label (what differs from the live view), remove. */
export function PinChips({ labels, onUnpin }: { labels: readonly string[]; onUnpin: (i: number) => void }) {
  if (!labels.length) return null;
  return (
    <ul className="flex flex-wrap gap-1 text-xs" aria-label="Pinned states">
      {labels.map((label, i) => (
        <li key={`${i}-${label}`} className="flex items-center gap-1 rounded border border-slate-300 px-1.5 py-0.5 dark:border-slate-600" data-pin-chip={i}>
          <span aria-hidden className="inline-block h-2 w-3 rounded-sm" style={{ background: pinColor(i) }} />
          <span>{label}</span>
          <button type="button" className="px-1 leading-none" aria-label={`Remove pin ${label}`} onClick={() => onUnpin(i)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
