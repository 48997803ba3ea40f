import { useCallback, useRef, useState } from 'react';
import { useChartScale } from './theme.ts';

/** A chart's height: fixed pixels, or 'fill' — whatever its container leaves (embed mode). */
export type ChartHeight = number | 'fill';

/** a filling chart's least height: low enough that a zoomed or short frame still shows the x-axis (issue #13) */
const MIN_HEIGHT = 120;

/**
 * Size of a chart from its container, following resizes: the width always (the chart redraws to fit,
 * e.g. in an iframe), the height too when it is 'fill'. Returns the ref for the container, the class it
 * needs, and the width and height to draw at, in chart units (CSS pixels, or fewer in the projector view: theme.ts).
 */
export function useChartBox(height: ChartHeight, initialWidth = 640): { ref: (el: HTMLDivElement | null) => void; className: string; width: number; height: number } {
  const [size, setSize] = useState({ w: initialWidth, h: 0 });
  const obs = useRef<ResizeObserver | null>(null);
  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      obs.current?.disconnect();
      if (!el || typeof ResizeObserver === 'undefined') return;
      setSize({ w: Math.round(el.clientWidth) || initialWidth, h: Math.round(el.clientHeight) });
      obs.current = new ResizeObserver((entries) => {
        const r = entries[0].contentRect;
        if (r.width > 0) setSize({ w: Math.round(r.width), h: Math.round(r.height) });
      });
      obs.current.observe(el);
    },
    [initialWidth],
  );
  const fill = height === 'fill';
  const scale = useChartScale();
  return {
    ref,
    // a filling chart takes its container's height and hides its own overflow, so the SVG never feeds back
    className: fill ? 'relative h-full w-full overflow-hidden' : 'relative w-full',
    width: size.w / scale,
    height: fill ? Math.max(MIN_HEIGHT, size.h / scale) : height,
  };
}
