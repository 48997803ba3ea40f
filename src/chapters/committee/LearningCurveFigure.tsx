import { useRef } from 'react';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { Figure } from '../../view/Figure.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useApp$, useLinkFor, useParam } from '../../view/context.ts';
import { useFigureHeight } from '../../app/useFigureHeight.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import type { FigureViewProps } from '../types.ts';
import { curveMarks } from './marks.ts';
import { MethodNote } from './MethodNote.tsx';
import { useCommitteeCurve } from './useCommitteeCurve.ts';

/** Largest error on the axis: 1/4 for K = 2 (Y ∈ {−1, 0, 1}, E[Y²] = ½), 1/2 for odd K, E[s²] = 2/3 for erf regression. */
const yMaxOf = (K: number, erf: boolean) => (erf ? 2 / 3 : K === 2 ? 0.25 : 0.5);

/**
 * Figure 1 of the committee chapter: ε_g against α (or α̃ = α/K at K = large) for the Bayes-optimal
 * estimator and AMP, the specialisation / IT / AMP thresholds, the hard phase and the non-specialised phase.
 */
export function LearningCurveFigure({ embed }: FigureViewProps) {
  const s = useCommitteeCurve('committee/lc');
  const alpha = useParam<number>('alpha');
  const params = useApp$((st) => st.params);
  const svgRef = useRef<SVGSVGElement>(null);
  const link = useLinkFor('curve');
  const height = useFigureHeight(embed, 360);
  const erf = s.act === 'erf';
  const yMax = yMaxOf(s.K, erf);
  const marks = curveMarks(s, 0, yMax);
  const pointReq = erf ? (s.K === 2 ? { K: 2, alpha, act: s.act, noise: s.noise } : null) : { K: s.K, alpha };
  const point = useJob('committee/lc/point', 'committeePoint', s.large || alpha > s.grid.max ? null : pointReq);
  const lkPoint = useJob('committee/lc/point-large', 'committeeLargeKCurve', s.large ? { alphas: Float64Array.of(alpha) } : null, { cancel: 'drop' });

  const c = s.curve;
  const lines: Series[] = c
    ? [
        { id: 'bayes', label: 'Bayes-optimal', x: c.x, y: c.eg_bayes, color: 0 },
        {
          id: 'amp',
          label: s.large ? 'AMP: plateau arccos(2/π)/π' : s.K === 1 ? 'AMP (= Bayes, K = 1)' : 'AMP (uninformed SE)',
          x: c.x,
          y: c.eg_amp,
          color: 1,
          dash: true,
        },
      ]
    : [];
  const eg = s.large ? lkPoint.data?.eg_bayes[0] : point.data?.eg_bayes;
  const xName = s.large ? 'α̃' : 'α';
  const errName = erf ? 'test MSE' : 'ε_g';
  const marker = eg !== undefined && alpha <= s.grid.max && alpha >= s.grid.min ? { x: alpha, y: eg, label: `${errName} = ${fmt(eg)} at ${xName} = ${fmt(alpha)}` } : null;

  return (
    <Figure
      id="curve"
      title="Learning curve"
      svgRef={svgRef}
      csv={() => seriesCsv(lines, s.large ? 'alpha_over_K' : 'alpha', 'eg')}
      json={() => ({ chapter: 'committee', figure: 'curve', params, thresholds: s.finite ?? s.largeK, point: s.large ? null : point.data })}
      link={link}
      progress={s.progress}
      error={s.error ?? point.error}
      embed={embed}
      caption={
        embed ? undefined : erf ? (
          <>
            Test error of the Bayes-optimal prediction for the regression committee{' '}
            <Tex>{'Y = \\operatorname{erf}(z_1/\\sqrt2) + \\operatorname{erf}(z_2/\\sqrt2) + \\sqrt\\Delta\\,\\xi'}</Tex>, learnt from{' '}
            <Tex>{'n = \\alpha d'}</Tex> samples (state evolution, <Tex>{'d \\to \\infty'}</Tex>). Below the specialisation (
            <Tex>{'q_d = 0'}</Tex>) both student units only learn the sum <Tex>{'w_1^\\star + w_2^\\star'}</Tex> of the teacher&rsquo;s units, and the
            error could at best reach <Tex>{'\\tfrac23 - \\tfrac8\\pi \\arcsin\\tfrac14 \\approx 0.023'}</Tex> (<Tex>{'q_a \\to 1'}</Tex>);
            above it each unit locks onto one teacher unit and the error goes to zero. As for sign units at <Tex>{'K = 2'}</Tex> the transition is
            continuous, so AMP follows the Bayes-optimal curve. <MethodNote s={s} />
          </>
        ) : (
          <>
            Generalisation error of a committee of <Tex>K</Tex> sign units with a majority vote, learnt from{' '}
            <Tex>{'n = \\alpha d'}</Tex> samples (state evolution, <Tex>{'d \\to \\infty'}</Tex>). Below the specialisation the student&rsquo;s
            hidden units all carry the same overlap with the teacher&rsquo;s (<Tex>{'q_d = 0'}</Tex>): the best estimator is essentially a
            linear fit of the committee, and the error creeps down on a plateau. Above it each unit locks onto one teacher unit and the error
            falls towards zero. For <Tex>{'K = 2'}</Tex> this happens continuously, so AMP follows the Bayes-optimal curve; for{' '}
            <Tex>{'K \\ge 3'}</Tex> the transition is first order and AMP, started without information, stays on the non-specialised branch
            until <Tex>{'\\alpha_{\\rm AMP}'}</Tex> (shaded: the hard phase). <MethodNote s={s} />
          </>
        )
      }
    >
      <div data-spec-x={marks.specX ?? ''} data-k={s.large ? 'large' : s.K} data-act={s.act} data-points={c?.x.length ?? 0}>
        <LineChart
          ref={svgRef}
          id="curve"
          ariaLabel={`${erf ? 'test mean squared error' : 'generalisation error'} against ${s.large ? 'alpha over K' : 'alpha'} for the Bayes-optimal estimator and AMP, ${erf ? 'erf regression committee' : 'committee machine'} with ${s.large ? 'large' : s.K} hidden units`}
          height={height}
          series={lines}
          thresholds={marks.thresholds}
          regions={marks.regions}
          polygons={marks.polygons}
          marker={marker}
          xLabel={s.large ? 'α̃ = α/K (samples per dimension per hidden unit)' : 'α = n/d (samples per dimension)'}
          yLabel={erf ? 'test MSE E[(s − ŷ)²]' : 'generalisation error ε_g'}
          xScale="log"
          yScale="lin"
          xDomain={[s.grid.min, s.grid.max]}
          yDomain={[0, yMax]}
        />
      </div>
    </Figure>
  );
}
