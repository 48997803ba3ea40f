import { useSyncExternalStore } from 'react';
import { useApp$ } from './context.ts';

function subscribe(cb: () => void) {
  window.addEventListener('resize', cb);
  return () => window.removeEventListener('resize', cb);
}

/**
 * Chart height: fixed in the full view; in embed mode, what the iframe leaves after the title,
 * the embedded controls and the "open full view" link (an 800×450 iframe gives ≈ 330 px).
 */
export function useFigureHeight(embed: boolean, full: number): number {
  const vh = useSyncExternalStore(subscribe, () => window.innerHeight, () => 800);
  const controls = useApp$((s) => s.controls?.length ?? 0);
  const reserve = 84 + (controls ? 26 + 58 * Math.ceil(controls / 3) : 0);
  return embed ? Math.max(200, vh - reserve) : full;
}
