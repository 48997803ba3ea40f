import { useSyncExternalStore } from 'react';

/**
 * Chart colours as literal values (not CSS variables), so an exported SVG/PNG looks the same
 * outside the page. Series colours are Okabe-Ito (colour-blind safe), tuned per theme.
 */
export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  hard: string;
  series: readonly string[];
  font: string;
}

const FONT = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const LIGHT: Palette = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#59636e',
  grid: '#e6e8eb',
  axis: '#8c959f',
  hard: 'rgba(213, 94, 0, 0.12)',
  series: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'],
  font: FONT,
};

export const DARK: Palette = {
  background: '#0d1117',
  text: '#e6edf3',
  muted: '#9198a1',
  grid: '#262c36',
  axis: '#656c76',
  hard: 'rgba(230, 159, 0, 0.16)',
  series: ['#56b4e9', '#e69f00', '#2fd3a0', '#e08cc0', '#f0e442', '#8fc9ff', '#ffffff'],
  font: FONT,
};

const query = '(prefers-color-scheme: dark)';

function subscribe(cb: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const m = window.matchMedia(query);
  m.addEventListener('change', cb);
  return () => m.removeEventListener('change', cb);
}

function isDark(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches;
}

export function usePalette(): Palette {
  return useSyncExternalStore(subscribe, isDark, () => false) ? DARK : LIGHT;
}

/** Series colour by palette index (wrapping), as figures give it in `color`. */
export function seriesColor(pal: Palette, index: number): string {
  return pal.series[index % pal.series.length];
}
