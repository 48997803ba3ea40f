import type { CurvePanel, CurveRequest } from '../../../workers/physics/committee/manifest.ts';
import type { ParamsOf } from '../../../workers/physics/schema.ts';
import type { CliCall } from '../../cite/cli.ts';
import type { chapter } from './meta.ts';
import { useSharedJob } from '../../compute/useSharedJob.ts';

type P = ParamsOf<typeof chapter.params>;

/** The request of the curve panel: the noise only for the erf regression committee (sign units have none). */
export function curveRequest(p: P): CurveRequest {
  return p.act === 'erf' ? { K: p.K, act: p.act, noise: p.noise } : { K: p.K, act: p.act };
}

export interface CurvePanelState {
  /** the panel of the current (K, act, Δ), or null while it computes (or for another pair) */
  panel: CurvePanel | null;
  /** the last panel, current or not: its axis stays while the next one computes (no jump, no empty frame) */
  axis: CurvePanel | null;
  /** the x range of that axis (α, or α̃ at K = large) */
  xDomain: [number, number] | undefined;
  /** α̃ = α/K on the x axis (K = large) */
  large: boolean;
  progress: number | null;
  error: string | null;
}

/**
 * Figures 1 and 2 read one committeeCurvePanel job on one shared lane (useSharedJob): the curve of a
 * (K, act, Δ) is computed once, by one worker, with partial results (axis, then thresholds, then curve).
 */
export function useCurvePanel(p: P): CurvePanelState {
  const req = curveRequest(p);
  const job = useSharedJob('committee/curve', 'committeeCurvePanel', req, { partial: true });
  const d = job.data;
  const panel = d && d.K === req.K && d.act === req.act && d.noise === req.noise ? d : null;
  return {
    panel,
    axis: d,
    xDomain: d ? [d.x_min, d.x_max] : undefined,
    large: d?.x_name === 'alpha_over_K',
    progress: job.progress,
    error: panel?.notice ?? job.error,
  };
}

/** The command printing the curve panel of figures 1 and 2 (its own α grid, α̃ = α/K at K = large), with the figure's series. */
export function curveCli(p: P, series: CliCall['series']): CliCall {
  return { command: 'committee-learning-curve', args: { K: p.K === Infinity ? 'large' : p.K, act: p.act, ...(p.act === 'erf' ? { noise: p.noise } : {}) }, series };
}
