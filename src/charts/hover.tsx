import { bisector } from 'd3';
import type { MouseEvent, ReactNode } from 'react';
import { indices } from './plot.ts';
import type { Num } from './types.ts';

/**
 * Pointer read-out shared by the charts: a transparent area over the plot reporting pixel positions, and
 * the small HTML box the charts fill with values. `data-hover-area` also tells the export to drop the area.
 */
export interface HoverAreaProps {
  iw: number;
  ih: number;
  /** pointer x in plot pixels, null when it leaves */
  onHover: (px: number | null) => void;
  /** click in plot pixels; shows a crosshair cursor */
  onPick?: (px: number, py: number) => void;
}

export function HoverArea({ iw, ih, onHover, onPick }: HoverAreaProps) {
  const at = (e: MouseEvent<SVGRectElement>) => {
    // client pixels → plot units (the projector view draws the chart larger than its units)
    const r = e.currentTarget.getBoundingClientRect();
    return [((e.clientX - r.left) * iw) / r.width, ((e.clientY - r.top) * ih) / r.height] as const;
  };
  return (
    <rect
      width={iw}
      height={ih}
      fill="transparent"
      onPointerMove={(e) => onHover(at(e)[0])}
      onPointerLeave={() => onHover(null)}
      onClick={onPick ? (e) => onPick(...at(e)) : undefined}
      style={onPick ? { cursor: 'crosshair' } : undefined}
      data-hover-area
    />
  );
}

/** The read-out box, positioned in the chart box's pixels. */
export function Tooltip({ left, top, children }: { left: number; top: number; children: ReactNode }) {
  return (
    <div
      className="pointer-events-none absolute rounded border border-slate-300 bg-white/95 px-2 py-1 text-xs shadow dark:border-slate-600 dark:bg-slate-900/95"
      style={{ left, top }}
      role="status"
    >
      {children}
    </div>
  );
}

/** Linear interpolation of (xs, ys) at x0 (xs ascending); null outside the data. */
export function valueAt(xs: Num, ys: Num, x0: number): number | null {
  const n = xs.length;
  if (n === 0 || x0 < xs[0] || x0 > xs[n - 1]) return null;
  const i = bisector((i: number) => xs[i]).left(indices(n), x0);
  if (i <= 0) return ys[0];
  const x1 = xs[i - 1];
  const x2 = xs[i];
  const t = x2 === x1 ? 0 : (x0 - x1) / (x2 - x1);
  const v = ys[i - 1] + t * (ys[i] - ys[i - 1]);
  return Number.isFinite(v) ? v : null;
}
