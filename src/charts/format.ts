import { format, formatLocale } from 'd3';
import type { Scale } from './scales.ts';

/**
 * Every number the charts print goes through d3-format, here: values in captions, labels and the hover
 * read-out (`fmt`), tick labels (`tickFormat`) and counts (`formatCount`).
 */

// `fmt` lands in KaTeX (`<Tex>{`α = ${fmt(a)}`}</Tex>`) as well as in SVG text: an ASCII hyphen-minus reads
// as a minus in both, whereas d3's default U+2212 is not a TeX input character.
const ascii = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''], minus: '-' });
const significant = ascii.format('.4~r');
const scientific = ascii.format('.3e');

/** 4 significant digits (trailing zeros dropped); scientific outside [1e-3, 1e5); '—' for NaN and ±∞. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? scientific(v) : significant(v);
}

/** Integers (histogram counts) */
export const formatCount = format('d');

const logMantissa = format('.3~r');
const logPower = format('.0e');

/**
 * Tick labels: d3's own on linear axes. On log axes 1, 2 and 5 of each decade are labelled where a decade
 * is long enough for 5 and 10 to stand `labelSize` px apart (about a label's width on x, its height on y),
 * else 1 and 3, else only the powers of ten (a half-width chart over four decades printed "5001000").
 */
export function tickFormat(scale: Scale, kind: 'lin' | 'log', count: number, labelSize = 30): (v: number) => string {
  if (kind === 'lin') return scale.tickFormat(count);
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const perDecade = Math.abs(r1 - r0) / Math.abs(Math.log10(d1 / d0) || 1);
  // the closest neighbours are log10(2) of a decade apart with 1-2-5, log10(3) with 1-3
  const mantissas = perDecade * Math.log10(2) >= labelSize ? [1, 2, 5] : perDecade * (1 - Math.log10(3)) >= labelSize ? [1, 3] : [1];
  return (v: number) => {
    const m = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
    if (!mantissas.some((k) => Math.abs(m - k) <= 1e-6)) return '';
    return Math.abs(v) >= 1e4 || Math.abs(v) < 1e-3 ? logPower(v).replace('e+', 'e') : logMantissa(v);
  };
}
