import type { Polygon, Region, Threshold } from '../../charts/types.ts';
import type { TransitionLine, TransitionMarks } from '../../../workers/physics/committee/manifest.ts';

/** Colours of the transition lines (the palette index of each kind). */
const COLOR: Record<TransitionLine['kind'], number> = { spec: 2, spinodal: 2, it: 3, continuous: 3, amp: 1 };

export interface ChartMarks {
  thresholds: Threshold[];
  regions: Region[];
  polygons: Polygon[];
}

/**
 * How figures 1 and 2 draw the marks physics decided (workers/physics/committee/transitionMarks.ts): lines in
 * their colours, the hard phase shaded, the non-specialised phase as a labelled band from y0 to y1.
 */
export function chartMarks(m: TransitionMarks | null, y0: number, y1: number): ChartMarks {
  if (!m) return { thresholds: [], regions: [], polygons: [] };
  const ns = m.non_specialised;
  return {
    thresholds: m.lines.map((l) => ({ x: l.x, label: l.label, color: COLOR[l.kind] })),
    regions: m.hard_phase ? [m.hard_phase] : [],
    polygons: ns ? [{ id: 'nonspec', label: 'non-specialised', x: [ns.x0, ns.x1, ns.x1, ns.x0], y: [y0, y0, y1, y1], color: 2 }] : [],
  };
}
