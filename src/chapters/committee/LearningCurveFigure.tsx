import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { followingMarker, markerReadout } from '../../charts/readout.ts';
import type { Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chartMarks } from './marks.ts';
import { chapter } from './meta.ts';
import { MethodNote } from './MethodNote.tsx';
import { curveCli, curveRequest, useCurvePanel } from './useCurvePanel.ts';

/**
 * Figure 1 of the committee chapter: ε_g against α (or α̃ = α/K at K = large) for the Bayes-optimal
 * estimator and AMP, the specialisation / IT / AMP thresholds, the hard phase and the non-specialised phase.
 * It reads the curve panel it shares with figure 2 (useCurvePanel) and asks for the point under the reader's α.
 */
export const LearningCurveFigure = defineFigure(chapter, 'curve', 360, function LearningCurve({ p, height, svgRef, frame }) {
  const { panel, axis, xDomain, large, progress, error } = useCurvePanel(p);
  const point = useJob('committee/lc/point', 'committeeCurvePoint', { ...curveRequest(p), alpha: p.alpha }, { cancel: 'drop' });
  const erf = p.act === 'erf';
  const yMax = axis?.eg_max ?? 0.5;
  const marks = chartMarks(panel?.marks ?? null, 0, yMax);
  const c = panel?.curve ?? null;
  const lines: Series[] = c
    ? [
        { id: 'bayes', label: 'Bayes-optimal', x: c.x, y: c.eg_bayes, color: 0 },
        {
          id: 'amp',
          label: panel?.method === 'large-K' ? 'AMP: plateau arccos(2/π)/π' : panel?.method === 'perceptron' ? 'AMP (= Bayes, K = 1)' : 'AMP (uninformed SE)',
          x: c.x,
          y: c.eg_amp,
          color: 1,
          dash: true,
        },
      ]
    : [];
  // the point of the last α computed (it follows a dragged slider a step behind), on the current panel only
  const pt = panel ? point.data : null;
  const xName = large ? 'α̃' : 'α';
  const errName = erf ? 'test MSE' : 'ε_g';
  // both curves at the marker: past α_spec for K ≥ 3 the lesson is AMP's gap to Bayes
  // the marker follows the slider at once, on the drawn Bayes curve, and reads both curves when the point at this α arrives
  // the point of this very request (α and the model): a K step at the same α must not show the old K's readings
  const read = pt !== null && point.current;
  const marker = followingMarker(
    p.alpha,
    read ? { x: pt.x, y: pt.eg_bayes, label: `${errName}: ${markerReadout([{ name: 'Bayes', value: pt.eg_bayes }, { name: 'AMP', value: pt.eg_amp }], `${xName} = ${fmt(pt.x)}`)}` } : null,
    c ? { x: c.x, y: c.eg_bayes } : undefined,
    `${xName} = ${fmt(p.alpha)}`,
  );
  const kName = p.K === Infinity ? 'large' : p.K;

  return frame({
    csv: () => seriesCsv(lines, axis?.x_name ?? 'alpha', 'eg'),
    json: () => ({ thresholds: panel?.thresholds ?? null, point: pt }),
    progress,
    error: error ?? point.error,
    caption: erf ? (
          <>
            Test error of the Bayes-optimal prediction for the regression committee{' '}
            <Tex>{'Y = \\operatorname{erf}(z_1/\\sqrt2) + \\operatorname{erf}(z_2/\\sqrt2) + \\sqrt\\Delta\\,\\xi'}</Tex>, learnt from{' '}
            <Tex>{'n = \\alpha d'}</Tex> samples (state evolution, <Tex>{'d \\to \\infty'}</Tex>). Below the specialisation (
            <Tex>{'q_d = 0'}</Tex>) both student units only learn the sum <Tex>{'w_1^\\star + w_2^\\star'}</Tex> of the teacher&rsquo;s units, and the
            error could at best reach <Tex>{'\\tfrac23 - \\tfrac8\\pi \\arcsin\\tfrac14 \\approx 0.023'}</Tex> (<Tex>{'q_a \\to 1'}</Tex>);
            above it each unit locks onto one teacher unit and the error goes to zero. As for sign units at <Tex>{'K = 2'}</Tex> the transition is
            continuous, so AMP follows the Bayes-optimal curve. <MethodNote panel={panel} />
          </>
        ) : (
          <>
            Generalisation error of a committee of <Tex>K</Tex> sign units with a majority vote, learnt from{' '}
            <Tex>{'n = \\alpha d'}</Tex> samples (state evolution, <Tex>{'d \\to \\infty'}</Tex>). Below the specialisation the student&rsquo;s
            hidden units all carry the same overlap with the teacher&rsquo;s (<Tex>{'q_d = 0'}</Tex>): the best estimator is essentially a
            linear fit of the committee, and the error creeps down on a plateau. Above it each unit locks onto one teacher unit and the error
            falls towards zero.{' '}
            {p.K === 1 ? (
              <>With a single unit there is nothing to specialise: this is the perceptron, and AMP is Bayes-optimal. </>
            ) : p.K === 2 ? (
              <>For <Tex>{'K = 2'}</Tex> this happens continuously, so AMP follows the Bayes-optimal curve. </>
            ) : (
              <>
                For <Tex>{'K \\ge 3'}</Tex> the transition is first order and AMP, started without information, stays on the non-specialised
                branch until <Tex>{'\\alpha_{\\rm AMP}'}</Tex>
                {marks.regions.length ? <> (shaded: the hard phase)</> : null}.{' '}
              </>
            )}
            <MethodNote panel={panel} />
          </>
        ),
    children: (
      <div data-spec-x={panel?.marks?.spec_x ?? ''} data-k={kName} data-act={p.act} data-points={c?.x.length ?? 0}>
        <LineChart
          ref={svgRef}
          id="curve"
          ariaLabel={`${erf ? 'test mean squared error' : 'generalisation error'} against ${large ? 'alpha over K' : 'alpha'} for the Bayes-optimal estimator and AMP, ${erf ? 'erf regression committee' : 'committee machine'} with ${kName} hidden units`}
          height={height}
          series={lines}
          thresholds={marks.thresholds}
          regions={marks.regions}
          polygons={marks.polygons}
          marker={marker}
          xLabel={large ? 'α̃ = α/K (samples per dimension per hidden unit)' : 'α = n/d (samples per dimension)'}
          yLabel={erf ? 'test MSE E[(s − ŷ)²]' : 'generalisation error ε_g'}
          xScale="log"
          yScale="lin"
          xDomain={xDomain}
          yDomain={[0, yMax]}
        />
      </div>
    ),
  });
}, {
  cites: ['aubin2018committee'],
  // the panel on its own α (α̃ at K = large) grid: committee-learning-curve
  cli: (p) => [curveCli(p, { bayes: ['x', 'eg_bayes'], amp: ['x', 'eg_amp'] })],
});
