import { useCallback, useRef, useState } from 'react';

/** Width of a container element, following resizes (the chart redraws to fit, e.g. in an iframe). */
export function useWidth(initial: number): [(el: HTMLDivElement | null) => void, number] {
  const [width, setWidth] = useState(initial);
  const obs = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLDivElement | null) => {
    obs.current?.disconnect();
    if (!el || typeof ResizeObserver === 'undefined') return;
    setWidth(Math.round(el.clientWidth) || initial);
    obs.current = new ResizeObserver((entries) => {
      const w = Math.round(entries[0].contentRect.width);
      if (w > 0) setWidth(w);
    });
    obs.current.observe(el);
  }, [initial]);
  return [ref, width];
}
