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
  /** width factor of thin reference lines (thresholds): thicker in the projector view, see useChartLook */
  thin: number;
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
  thin: 1,
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
  thin: 1,
};

const query = '(prefers-color-scheme: dark)';

/**
 * How charts look beyond the colours: the scheme (`auto` follows the system) and the projector view
 * (issue #13: tick and axis text ≥ 18 px, curves and thresholds ≥ 2.5 px, markers ≥ 8 px at 1280×720,
 * scaled to the frame). The shell sets it from the view (theme=, present=); charts stay free of the store.
 */
export type Scheme = 'auto' | 'light' | 'dark';
export interface ChartLook {
  scheme: Scheme;
  present: boolean;
}

let look: ChartLook = { scheme: 'auto', present: false };
const listeners = new Set<() => void>();

export function setChartLook(next: ChartLook): void {
  if (next.scheme === look.scheme && next.present === look.present) return;
  look = next;
  for (const l of listeners) l();
}

let systemQuery: MediaQueryList | null | undefined;
let systemDark = false;

/**
 * The page's one list for the system scheme, and whether it is dark, kept by its change event: every chart
 * asks on every render (a slider step re-renders them all), and `matchMedia(query)` parses the query and
 * evaluates it anew on each call.
 */
function systemScheme(): MediaQueryList | null {
  if (systemQuery === undefined) {
    systemQuery = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null;
    systemDark = systemQuery?.matches ?? false;
    systemQuery?.addEventListener?.('change', (e) => (systemDark = e.matches));
  }
  return systemQuery;
}

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  const m = systemScheme();
  m?.addEventListener('change', cb);
  if (typeof window !== 'undefined') window.addEventListener('resize', cb);
  return () => {
    listeners.delete(cb);
    m?.removeEventListener('change', cb);
    if (typeof window !== 'undefined') window.removeEventListener('resize', cb);
  };
}

/** The scheme in force: the view's, or the system's when it is `auto`. */
export function isDark(scheme: Scheme = look.scheme): boolean {
  if (scheme !== 'auto') return scheme === 'dark';
  systemScheme();
  return systemDark;
}

/** thin lines in the projector view: 1.3 px thresholds × 1.35 × the scale 1.5 at 1280×720 = 2.6 px */
const PRESENT_THIN = 1.35;
const PRESENT_LIGHT: Palette = { ...LIGHT, thin: PRESENT_THIN };
const PRESENT_DARK: Palette = { ...DARK, thin: PRESENT_THIN };

export function usePalette(): Palette {
  const dark = useSyncExternalStore(subscribe, () => isDark(), () => false);
  const present = useSyncExternalStore(subscribe, () => look.present, () => false);
  if (present) return dark ? PRESENT_DARK : PRESENT_LIGHT;
  return dark ? DARK : LIGHT;
}

/**
 * Chart units per CSS pixel: 1, or in the projector view 1.5 at a 1280×720 frame and in proportion to
 * the frame (never below 1). The chart lays out in units (its 12 px text, 2.2 px lines) and the SVG is
 * drawn `scale` times larger, so text, lines and markers grow together and nothing is clipped; browser
 * zoom changes the frame's CSS size, so the figure keeps its share of the screen.
 */
export function presentScale(width: number, height: number): number {
  return Math.min(4, Math.max(1, 1.5 * Math.min(width / 1280, height / 720)));
}

export function useChartScale(): number {
  return useSyncExternalStore(subscribe, () => (look.present && typeof window !== 'undefined' ? presentScale(window.innerWidth, window.innerHeight) : 1), () => 1);
}

/** Series colour by palette index (wrapping), as figures give it in `color`. */
export function seriesColor(pal: Palette, index: number): string {
  return pal.series[index % pal.series.length];
}
