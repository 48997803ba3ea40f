import type { Polygon, Region, Threshold } from '../../charts/types.ts';
import type { CommitteeCurveState } from './useCommitteeCurve.ts';

/** α values closer than this (relative) are one continuous transition (K = 2: α_spec = α_IT = α_AMP). */
const SAME = 1e-6;

export interface CurveMarks {
  thresholds: Threshold[];
  regions: Region[];
  polygons: Polygon[];
  /** where the specialisation threshold line is (data attribute for tests), null if not drawn */
  specX: number | null;
}

/**
 * Thresholds on the α (or α̃) axis of figures 1 and 2: the specialisation / IT / AMP lines that exist for
 * this K, the hard phase α_IT < α < α_AMP shaded, and the non-specialised phase (left of the
 * specialisation) as a labelled band from y0 to y1.
 */
export function curveMarks(s: CommitteeCurveState, y0: number, y1: number): CurveMarks {
  const { min, max } = s.grid;
  const inAxis = (a: number | null | undefined): a is number => a != null && Number.isFinite(a) && a > min && a < max;
  const thresholds: Threshold[] = [];
  const regions: Region[] = [];
  let specEnd: number | null = null;
  if (s.largeK) {
    const { alpha_it_over_K: it, alpha_spinodal_over_K: sp } = s.largeK;
    if (inAxis(sp)) thresholds.push({ x: sp, label: 'α̃_spinodal', color: 2 });
    if (inAxis(it)) thresholds.push({ x: it, label: 'α̃_IT', color: 3 });
    // AMP needs α ∝ K², i.e. α̃ → ∞: everything right of α̃_IT is hard at K = ∞
    if (inAxis(it)) regions.push({ x0: it, x1: max, label: 'hard phase (α_AMP ∝ K²)' });
    specEnd = it;
  } else if (s.finite) {
    const { alpha_spec: spec, alpha_it: it, alpha_amp: amp } = s.finite;
    const continuous = it !== null && amp !== null && Math.abs(amp - it) <= SAME * amp;
    if (continuous) {
      if (inAxis(it)) thresholds.push({ x: it, label: spec !== null && Math.abs(spec - it) <= SAME * it ? 'α_spec = α_IT = α_AMP' : 'α_IT = α_AMP', color: 3 });
    } else {
      if (inAxis(spec)) thresholds.push({ x: spec, label: 'α_spec', color: 2 });
      if (inAxis(it)) thresholds.push({ x: it, label: 'α_IT', color: 3 });
      if (inAxis(amp)) thresholds.push({ x: amp, label: 'α_AMP', color: 1 });
      if (it !== null && amp !== null && amp > it) regions.push({ x0: Math.max(it, min), x1: Math.min(amp, max), label: 'hard phase' });
    }
    specEnd = it;
  }
  const polygons: Polygon[] =
    specEnd !== null && specEnd > min
      ? [{ id: 'nonspec', label: 'non-specialised', x: [min, specEnd, specEnd, min], y: [y0, y0, y1, y1], color: 2 }]
      : [];
  return { thresholds, regions, polygons, specX: s.finite?.alpha_spec ?? s.largeK?.alpha_it_over_K ?? null };
}
