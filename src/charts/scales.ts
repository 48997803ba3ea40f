import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import type { LineFigureData, Num } from './types.ts';

export type Scale = ScaleContinuousNumeric<number, number>;

export function makeScale(kind: 'lin' | 'log', domain: [number, number], range: [number, number]): Scale {
  return kind === 'log' ? scaleLog().domain(domain).range(range).clamp(true) : scaleLinear().domain(domain).range(range).nice().clamp(true);
}

/** Data extent over finite values (and positive ones on a log axis), padded on linear axes. */
export function extent(arrays: Num[], kind: 'lin' | 'log'): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i];
      if (!Number.isFinite(v) || (kind === 'log' && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo > hi) return kind === 'log' ? [0.1, 1] : [0, 1];
  if (lo === hi) return kind === 'log' ? [lo / 2, hi * 2] : [lo - 0.5, hi + 0.5];
  if (kind === 'log') return [lo, hi];
  const pad = 0.04 * (hi - lo);
  return [lo >= 0 && lo - pad < 0 ? 0 : lo - pad, hi + pad];
}

export function domains(d: LineFigureData): { x: [number, number]; y: [number, number] } {
  const xs: Num[] = [];
  const ys: Num[] = [];
  for (const s of d.series) {
    xs.push(s.x);
    ys.push(s.y);
    if (s.lo) ys.push(s.lo);
    if (s.hi) ys.push(s.hi);
  }
  return { x: d.xDomain ?? extent(xs, d.xScale), y: d.yDomain ?? extent(ys, d.yScale) };
}

