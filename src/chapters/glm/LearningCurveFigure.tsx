import { useMemo, useRef } from 'react';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { Figure } from '../../charts/Figure.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useApp$, useLinkFor, useParam } from '../../app/context.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import type { FigureViewProps } from '../types.ts';
import { alphaGrid } from './alphaGrid.ts';
import { errorLabel, useGlmModel } from './useGlmModel.ts';
import { useFigureHeight } from '../../app/useFigureHeight.ts';

/**
 * Figure 1 of the GLM chapter: the Bayes-optimal and AMP learning curves from state evolution,
 * with the current α marked and its value printed.
 */
export function LearningCurveFigure({ embed }: FigureViewProps) {
  const model = useGlmModel();
  const alpha = useParam<number>('alpha');
  const xscale = useParam<'log' | 'lin'>('xscale');
  const params = useApp$((s) => s.params);
  const svgRef = useRef<SVGSVGElement>(null);
  const link = useLinkFor('curve');
  const height = useFigureHeight(embed, 360);

  const alphas = useMemo(() => alphaGrid(xscale), [xscale]);
  const curve = useJob('glm/curve', 'glmCurve', { ...model, alphas });
  const point = useJob('glm/point', 'glmPoint', { ...model, alpha }, { cancel: 'drop' });
  const label = errorLabel(model.channel);

  const series: Series[] = curve.data
    ? [
        { id: 'bayes', label: 'Bayes-optimal (SE)', x: curve.data.alpha, y: curve.data.eg_bayes, color: 0 },
        { id: 'amp', label: 'AMP (SE, uninformed start)', x: curve.data.alpha, y: curve.data.eg_amp, color: 1, dash: true },
      ]
    : [];
  const p = point.data;
  const marker = p ? { x: p.alpha, y: p.eg_bayes, label: `${label.short} = ${fmt(p.eg_bayes)} at α = ${fmt(p.alpha)}` } : null;

  return (
    <Figure
      id="curve"
      title="Learning curve"
      svgRef={svgRef}
      csv={() => seriesCsv(series, 'alpha', 'error')}
      json={() => ({ chapter: 'glm', figure: 'curve', params, point: p })}
      link={link}
      progress={curve.progress}
      error={curve.error ?? point.error}
      embed={embed}
      caption={
        embed ? undefined : (
          <>
            Error of the Bayes-optimal estimator and of AMP as the number of samples per dimension <Tex>{'\\alpha = n/d'}</Tex> grows, from
            the fixed points of state evolution (<Tex>{'d \\to \\infty'}</Tex>). Where the two curves differ, AMP is stuck on the
            uninformed branch while the global maximum of the free entropy is better.
            {p ? (
              <>
                {' '}At <Tex>{`\\alpha = ${fmt(p.alpha)}`}</Tex>: overlap <Tex>{`m = ${fmt(p.m_bayes)}`}</Tex>, MMSE <Tex>{`${fmt(p.mmse)}`}</Tex>.
              </>
            ) : null}
          </>
        )
      }
    >
      <LineChart
        ref={svgRef}
        id="curve"
        ariaLabel={`${label.axis} against alpha for the Bayes-optimal estimator and AMP`}
        height={height}
        series={series}
        marker={marker}
        xLabel="α = n/d (samples per dimension)"
        yLabel={label.axis}
        xScale={xscale}
        yScale="lin"
        xDomain={[alphas[0], alphas[alphas.length - 1]]}
      />
    </Figure>
  );
}
