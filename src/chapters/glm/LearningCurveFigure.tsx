import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { followingMarker, markerReadout } from '../../charts/readout.ts';
import { SeriesSwatch, ThresholdRef } from '../../charts/Swatch.tsx';
import type { Region, Series, Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { useSharedJob } from '../../compute/useSharedJob.ts';
import { Tex } from '../../ui/Tex.tsx';
import type { JobResult } from '../../../workers/api.ts';
import type { ChannelKind } from '../../../workers/physics/glm/manifest.ts';
import { chapter } from './meta.ts';
import { curveCli, curveGrid, gampCli, gampRequest, glmModel } from './requests.ts';

/** What the y axis means for a channel: classification error for sign, test MSE otherwise. */
function errorLabel(channel: ChannelKind): { short: string; tex: string; axis: string } {
  return channel === 'sign' ? { short: 'ε_g', tex: '\\varepsilon_g', axis: 'classification error ε_g' } : { short: 'MSE', tex: '\\text{MSE}', axis: 'test MSE (noisy label)' };
}

/**
 * The transitions (physics: hardPhase.ts) drawn on the α axis [lo, hi]: the thresholds inside it as labelled
 * lines, one line when α_IT = α_alg, and the hard phase clipped to the axis as a region.
 */
function thresholdMarks(t: JobResult<'glmTransitions'> | null, lo: number, hi: number): { thresholds: Threshold[]; regions: Region[] } {
  if (!t) return { thresholds: [], regions: [] };
  const inAxis = (a: number | null): a is number => a !== null && Number.isFinite(a) && a >= lo && a <= hi;
  const thresholds: Threshold[] = [];
  const { alpha_wr: wr, alpha_it: it, alpha_alg: alg } = t;
  if (inAxis(wr)) thresholds.push({ x: wr, label: 'α_WR', color: 2 });
  if (t.continuous && inAxis(it)) thresholds.push({ x: it, label: 'α_IT = α_alg', color: 3 });
  else {
    if (inAxis(it)) thresholds.push({ x: it, label: 'α_IT', color: 3 });
    if (inAxis(alg)) thresholds.push({ x: alg, label: 'α_alg', color: 1 });
  }
  const regions: Region[] =
    t.hard_lo !== null && t.hard_hi !== null && t.hard_lo < hi ? [{ x0: Math.max(t.hard_lo, lo), x1: Math.min(t.hard_hi, hi), label: 'hard phase' }] : [];
  return { thresholds, regions };
}

/**
 * Figure 1 of the GLM chapter: the Bayes-optimal and AMP learning curves from state evolution, the
 * thresholds and the hard phase, GAMP on finite instances at the current α, and the current α marked.
 * The GAMP point comes from the run the AMP-dynamics figure draws as it grows: while it runs, the point at the
 * latest iteration every instance has reached, drawn open and labelled with its iteration (neither read at the
 * marker nor exported); at the end, the final point.
 */
export const LearningCurveFigure = defineFigure(chapter, 'curve', 360, function LearningCurve({ p, height, svgRef, frame }) {
  const model = glmModel(p);
  const gampReq = gampRequest(p);
  const grid = curveGrid(p);
  const curve = useJob('glm/curve', 'glmLearningCurve', { ...model, ...grid });
  const point = useJob('glm/point', 'glmPoint', { ...model, alpha: p.alpha }, { cancel: 'drop' });
  const thr = useSharedJob('glm/thresholds', 'glmTransitions', model);
  // the AMP-dynamics figure's run (one GAMP run for both), as it grows
  const gamp = useSharedJob('glm/gamp', 'glmAmpRuns', gampReq, { partial: true });
  const label = errorLabel(model.channel);
  const { thresholds, regions } = thresholdMarks(thr.data, grid.alphaMin, grid.alphaMax);

  const lines: Series[] = curve.data
    ? [
        { id: 'bayes', label: 'Bayes-optimal (SE)', x: curve.data.alpha, y: curve.data.eg_bayes, color: 0 },
        { id: 'amp', label: 'AMP (SE, from m = 0)', x: curve.data.alpha, y: curve.data.eg_amp, color: 1, dash: true },
      ]
    : [];
  // the final point; else, while the run of this request goes, its state at the latest iteration all instances reached
  const g = gamp.data?.final ?? null;
  const running = gamp.data && !gamp.data.final && gamp.current ? gamp.data : null;
  const points: Series[] = g
    ? [{ id: 'gamp', label: `GAMP, d = ${gampReq.d} (${gampReq.seeds} seeds)`, kind: 'points', x: [g.alpha], y: [g.eg], lo: [g.eg_lo], hi: [g.eg_hi], color: 4 }]
    : running
      ? [{
          id: 'gamp-running', label: `GAMP, iteration ${running.done} of ${gampReq.iters} (running)`, kind: 'points', hollow: true,
          x: [running.latest.alpha], y: [running.latest.eg], lo: [running.latest.eg_lo], hi: [running.latest.eg_hi], color: 4,
        }]
      : [];
  // the export holds finished results only: the GAMP point once its run is over
  const pt = point.data;
  // every curve at the marker (and GAMP when it ran at the same α): the lesson is often the gap between them
  const readings = pt ? [{ name: 'Bayes', value: pt.eg_bayes }, { name: 'AMP', value: pt.eg_amp }, ...(g && g.alpha === pt.alpha ? [{ name: 'GAMP', value: g.eg }] : [])] : [];
  // the marker follows the slider at once, on the drawn Bayes curve, and reads the curves when the point at this α arrives
  const marker = followingMarker(
    p.alpha,
    pt && point.current ? { x: pt.alpha, y: pt.eg_bayes, label: `${label.short}: ${markerReadout(readings, `α = ${fmt(pt.alpha)}`)}` } : null,
    curve.data ? { x: curve.data.alpha, y: curve.data.eg_bayes } : undefined,
    `α = ${fmt(p.alpha)}`,
  );
  const named = (l: string) => thresholds.find((t) => t.label === l);
  const [it, alg, both, wr] = [named('α_IT'), named('α_alg'), named('α_IT = α_alg'), named('α_WR')];

  return frame({
    csv: () => seriesCsv([...lines, ...(g ? points : [])], 'alpha', 'error'),
    json: () => ({ point: pt, thresholds: thr.data, gamp: g && { ...g, eg_runs: Array.from(g.eg_runs) } }),
    progress: curve.progress ?? gamp.progress,
    error: curve.error ?? point.error ?? thr.error ?? gamp.error,
    caption: (
      <>
        Error of the Bayes-optimal estimator {lines[0] ? <SeriesSwatch s={lines[0]} /> : null} and of AMP {lines[1] ? <SeriesSwatch s={lines[1]} /> : null}{' '}
        as the number of samples per dimension <Tex>{'\\alpha = n/d'}</Tex> grows, from the fixed points of state evolution (
        <Tex>{'d \\to \\infty'}</Tex>).{' '}
        {it && alg ? (
          <>
            Between <ThresholdRef t={it}><Tex>{'\\alpha_{\\rm IT}'}</Tex></ThresholdRef>, where the informed branch of the free entropy
            overtakes the uninformed one, and <ThresholdRef t={alg}><Tex>{'\\alpha_{\\rm alg}'}</Tex></ThresholdRef>, where the uninformed
            branch ceases to exist, {regions.length ? <>lies the shaded <em>hard phase</em></> : <>lies the <em>hard phase</em></>}: the data
            determine the teacher, yet AMP, started without information, stays on the worse branch.{' '}
          </>
        ) : it || alg ? (
          <>
            {it ? (
              <><ThresholdRef t={it}><Tex>{'\\alpha_{\\rm IT}'}</Tex></ThresholdRef>: the informed branch of the free entropy overtakes the uninformed one. </>
            ) : null}
            {alg ? (
              <><ThresholdRef t={alg}><Tex>{'\\alpha_{\\rm alg}'}</Tex></ThresholdRef>: the uninformed branch ceases to exist and AMP reaches the Bayes-optimal error. </>
            ) : null}
            {regions.length ? <>Shaded: the part of the <em>hard phase</em> on this axis. </> : null}
          </>
        ) : both ? (
          <>
            At <ThresholdRef t={both}><Tex>{'\\alpha_{\\rm IT} = \\alpha_{\\rm alg}'}</Tex></ThresholdRef> the transition is continuous: there is
            no hard phase, and AMP follows the Bayes-optimal curve.{' '}
          </>
        ) : thr.data ? (
          <>For this prior and channel the curve has no phase transition on this axis: no threshold, no hard phase, and AMP follows the Bayes-optimal curve. </>
        ) : null}
        {wr ? (
          <>
            <ThresholdRef t={wr}><Tex>{'\\alpha_{\\rm WR}'}</Tex></ThresholdRef> marks weak recovery, where the uninformative fixed point{' '}
            <Tex>{'m = 0'}</Tex> becomes unstable.{' '}
          </>
        ) : null}
        {g && points[0] ? (
          <>
            Dots <SeriesSwatch s={points[0]} />: GAMP on <Tex>{`${gampReq.seeds}`}</Tex> random instances of dimension <Tex>{`d = ${gampReq.d}`}</Tex>{' '}
            after <Tex>{`${gampReq.iters}`}</Tex> iterations at the marked <Tex>\alpha</Tex> (bar: ± one standard deviation across instances).
          </>
        ) : running && points[0] ? (
          <>
            Open dot <SeriesSwatch s={points[0]} />: GAMP on <Tex>{`${gampReq.seeds}`}</Tex> random instances of dimension <Tex>{`d = ${gampReq.d}`}</Tex>{' '}
            at the marked <Tex>\alpha</Tex>, still running: its error after <Tex>{`${running.done}`}</Tex> of <Tex>{`${gampReq.iters}`}</Tex> iterations
            (bar: ± one standard deviation across instances), until the final point replaces it.
          </>
        ) : null}
        {pt ? (
          <>
            {' '}At <Tex>{`\\alpha = ${fmt(pt.alpha)}`}</Tex>: <Tex>{`${label.tex}`}</Tex> Bayes-optimal <Tex>{fmt(pt.eg_bayes)}</Tex>, AMP{' '}
            <Tex>{fmt(pt.eg_amp)}</Tex>; overlap <Tex>{`m = ${fmt(pt.m_bayes)}`}</Tex>, MMSE <Tex>{`${fmt(pt.mmse)}`}</Tex>.
          </>
        ) : null}
      </>
    ),
    children: (
      <LineChart
        ref={svgRef}
        id="curve"
        ariaLabel={`${label.axis} against alpha for the Bayes-optimal estimator, AMP and GAMP on finite instances`}
        height={height}
        series={[...lines, ...points]}
        thresholds={thresholds}
        regions={regions}
        marker={marker}
        xLabel="α = n/d (samples per dimension)"
        yLabel={label.axis}
        xScale={p.xscale}
        yScale="lin"
        xDomain={[grid.alphaMin, grid.alphaMax]}
      />
    ),
  });
}, {
  cites: ['barbier2019optimal', 'rangan2011generalized'],
  // the curves on the page's α grid, and the GAMP point at the marked α (its seeds, d, iterations)
  cli: (p) => [curveCli(p), gampCli(p, 'glm-amp-runs', { gamp: ['final.alpha', 'final.eg'] })],
});
