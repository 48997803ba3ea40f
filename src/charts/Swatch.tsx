import type { ReactNode } from 'react';
import { LegendSwatch } from './legend.tsx';
import { seriesColor, usePalette } from './theme.ts';
import type { Series, Threshold } from './types.ts';

/**
 * Inline legend swatches for captions (issue #12: no colour names in prose — "orange" for a gold line): the
 * same picture the legend draws for the very series or threshold handed to the chart. `data-caption-series`
 * / `data-caption-threshold` let the figure journeys check that what a caption names is drawn.
 */
export function SeriesSwatch({ s, index = 0 }: { s: Pick<Series, 'id' | 'color' | 'dash' | 'hollow' | 'kind' | 'x' | 'y'>; index?: number }) {
  const pal = usePalette();
  // nothing to point at while the series has no finite point (a partial result, a failed run)
  if (!hasPoint(s)) return null;
  return (
    <svg width={18} height={10} viewBox="0 -1 18 12" aria-hidden className="mx-0.5 inline-block align-baseline" data-caption-series={s.id}>
      <LegendSwatch entry={{ shape: s.kind === 'points' ? 'points' : 'line', color: seriesColor(pal, s.color ?? index), dash: !!s.dash, hollow: s.hollow }} pal={pal} />
    </svg>
  );
}

function hasPoint(s: Pick<Series, 'x' | 'y'>): boolean {
  for (let i = 0; i < s.x.length; i++) if (Number.isFinite(s.x[i]) && Number.isFinite(s.y[i])) return true;
  return false;
}

/** A threshold named in a caption: its swatch, then the name (usually TeX) as children. */
export function ThresholdRef({ t, children }: { t: Threshold; children: ReactNode }) {
  const pal = usePalette();
  return (
    <span data-caption-threshold={t.label} className="whitespace-nowrap">
      <svg width={10} height={12} viewBox="4 -1 10 12" aria-hidden className="mr-0.5 inline-block align-baseline">
        <LegendSwatch entry={{ shape: 'rule', color: t.color === undefined ? pal.muted : seriesColor(pal, t.color), dash: true }} pal={pal} />
      </svg>
      {children}
    </span>
  );
}
