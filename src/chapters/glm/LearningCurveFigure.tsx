import { useFigure } from '../../app/useFigure.ts';
import { useMemo } from 'react';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { Figure } from '../../charts/Figure.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Region, Series, Threshold } from '../../charts/types.ts';
import { useParam } from '../../app/context.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import type { FigureViewProps } from '../types.ts';
import { ALPHA_MAX, ALPHA_MIN, alphaGrid } from './alphaGrid.ts';
import { errorLabel, useGlmModel } from './useGlmModel.ts';
import { useGampRequest } from './useGampRequest.ts';
import type { GlmThresholds } from '../../../workers/physics/glm/index.ts';

/** α_IT and α_alg closer than this (relative) are one continuous transition: one line, no hard phase. */
const SAME = 1e-6;

/** The thresholds inside the α axis as labelled lines, and the hard phase α_IT < α < α_alg as a region. */
export function thresholdMarks(t: GlmThresholds | null): { thresholds: Threshold[]; regions: Region[] } {
  if (!t) return { thresholds: [], regions: [] };
  const inAxis = (a: number | null): a is number => a !== null && Number.isFinite(a) && a >= ALPHA_MIN && a <= ALPHA_MAX;
  const thresholds: Threshold[] = [];
  const { alpha_wr: wr, alpha_it: it, alpha_alg: alg } = t;
  const continuous = it !== null && alg !== null && Math.abs(alg - it) <= SAME * alg;
  if (inAxis(wr)) thresholds.push({ x: wr, label: 'α_WR', color: 2 });
  if (continuous && inAxis(it)) thresholds.push({ x: it, label: 'α_IT = α_alg', color: 3 });
  else {
    if (inAxis(it)) thresholds.push({ x: it, label: 'α_IT', color: 3 });
    if (inAxis(alg)) thresholds.push({ x: alg, label: 'α_alg', color: 1 });
  }
  const regions: Region[] =
    it !== null && alg !== null && !continuous && alg > it && it < ALPHA_MAX
      ? [{ x0: Math.max(it, ALPHA_MIN), x1: Math.min(alg, ALPHA_MAX), label: 'hard phase' }]
      : [];
  return { thresholds, regions };
}

/**
 * Figure 1 of the GLM chapter: the Bayes-optimal and AMP learning curves from state evolution, the
 * thresholds and the hard phase, GAMP on finite instances at the current α, and the current α marked.
 */
export function LearningCurveFigure({ embed }: FigureViewProps) {
  const model = useGlmModel();
  const alpha = useParam<number>('alpha');
  const xscale = useParam<'log' | 'lin'>('xscale');
  const { params, svgRef, link, height } = useFigure('curve', embed, 360);
  const gampReq = useGampRequest();

  const alphas = useMemo(() => alphaGrid(xscale), [xscale]);
  const curve = useJob('glm/curve', 'glmCurve', { ...model, alphas });
  const point = useJob('glm/point', 'glmPoint', { ...model, alpha }, { cancel: 'drop' });
  const thr = useJob('glm/thresholds', 'glmThresholds', model, { cancel: 'drop' });
  const gamp = useJob('glm/curve-gamp', 'glmAmpFinal', gampReq);
  const label = errorLabel(model.channel);
  const { thresholds, regions } = thresholdMarks(thr.data);

  const lines: Series[] = curve.data
    ? [
        { id: 'bayes', label: 'Bayes-optimal (SE)', x: curve.data.alpha, y: curve.data.eg_bayes, color: 0 },
        { id: 'amp', label: 'AMP (SE, from m = 0)', x: curve.data.alpha, y: curve.data.eg_amp, color: 1, dash: true },
      ]
    : [];
  const g = gamp.data;
  const points: Series[] = g
    ? [{ id: 'gamp', label: `GAMP, d = ${gampReq.d} (${gampReq.seeds} seeds)`, kind: 'points', x: [g.alpha], y: [g.eg], lo: [g.eg_lo], hi: [g.eg_hi], color: 4 }]
    : [];
  const p = point.data;
  const marker = p ? { x: p.alpha, y: p.eg_bayes, label: `${label.short} = ${fmt(p.eg_bayes)} at α = ${fmt(p.alpha)}` } : null;

  return (
    <Figure
      id="curve"
      title="Learning curve"
      svgRef={svgRef}
      csv={() => seriesCsv([...lines, ...points], 'alpha', 'error')}
      json={() => ({ chapter: 'glm', figure: 'curve', params, point: p, thresholds: thr.data, gamp: g && { ...g, eg_runs: Array.from(g.eg_runs) } })}
      link={link}
      progress={curve.progress ?? gamp.progress}
      error={curve.error ?? point.error ?? thr.error ?? gamp.error}
      embed={embed}
      caption={
        embed ? undefined : (
          <>
            Error of the Bayes-optimal estimator and of AMP as the number of samples per dimension <Tex>{'\\alpha = n/d'}</Tex> grows, from
            the fixed points of state evolution (<Tex>{'d \\to \\infty'}</Tex>). Between <Tex>{'\\alpha_{\\rm IT}'}</Tex>, where the
            informed branch of the free entropy overtakes the uninformed one, and <Tex>{'\\alpha_{\\rm alg}'}</Tex>, where the uninformed
            branch ceases to exist, lies the shaded <em>hard phase</em>: the data determine the teacher, yet AMP, started without
            information, stays on the worse branch. <Tex>{'\\alpha_{\\rm WR}'}</Tex> marks weak recovery, where the uninformative fixed point{' '}
            <Tex>{'m = 0'}</Tex> becomes unstable. Dots: GAMP on <Tex>{`${gampReq.seeds}`}</Tex> random instances of dimension{' '}
            <Tex>{`d = ${gampReq.d}`}</Tex> after <Tex>{`${gampReq.iters}`}</Tex> iterations (bar: ± one standard deviation across
            instances).
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
        ariaLabel={`${label.axis} against alpha for the Bayes-optimal estimator, AMP and GAMP on finite instances`}
        height={height}
        series={[...lines, ...points]}
        thresholds={thresholds}
        regions={regions}
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
