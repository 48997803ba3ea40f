import { useFigure } from '../../app/useFigure.ts';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { Figure } from '../../charts/Figure.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series, Threshold } from '../../charts/types.ts';
import { useParam } from '../../app/context.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import type { FigureViewProps } from '../types.ts';
import { OVERPARAM_ALPHAS, OVERPARAM_D } from './requests.ts';

/**
 * Figure 6 of the rough-landscapes chapter: the over-parameterised quadratic student A = WWᵀ/m
 * (Sarao Mannelli, Vanden-Eijnden, Zdeborová, arXiv:2006.15459): recovery error and success vs α
 * around the threshold α = 2, at a small dimension.
 */
export function OverparamFigure({ embed }: FigureViewProps) {
  const width = useParam<number>('width');
  const seed = useParam<number>('seed');
  const seeds = useParam<number>('seeds');
  const tmax = useParam<number>('tmax');
  const h = useParam<number>('h');
  const { params, svgRef, link, height } = useFigure('overparam', embed, 300);
  const thr = useJob('landscapes/overparam-thresholds', 'prThresholds', {}, { cancel: 'drop' });
  const job = useJob('landscapes/overparam', 'prOverparam', { alpha: OVERPARAM_ALPHAS, d: OVERPARAM_D, width, seed, seeds, tmax, h });
  const r = job.data;
  const t = thr.data;

  const series: Series[] = r
    ? [
        { id: 'error', label: 'recovery error', x: r.alpha, y: r.recovery_error, color: 0 },
        { id: 'success', label: 'success rate', x: r.alpha, y: r.success_rate, color: 2, dash: true },
      ]
    : [];
  const thresholds: Threshold[] = t ? [{ x: t.alpha_overparam, label: 'α = 2', color: 2 }] : [];

  return (
    <Figure
      id="overparam"
      title="Over-parameterised student: α > 2 suffices"
      svgRef={svgRef}
      csv={() => seriesCsv(series, 'alpha', 'value')}
      json={() => ({ chapter: 'landscapes', figure: 'overparam', params, d: OVERPARAM_D, train_loss: r && Array.from(r.train_loss) })}
      link={link}
      progress={job.progress}
      error={thr.error ?? job.error}
      embed={embed}
      caption={
        embed ? undefined : (
          <>
            Recovery error <Tex>{'\\|A - x^\\star x^{\\star\\top}\\|_F/d'}</Tex> (1: no better than <Tex>{'A = 0'}</Tex>) and the
            fraction of runs where it ends below 0.1, for a two-layer student with quadratic activation and <Tex>{`m = ${fmt(width)}\\,d`}</Tex> hidden units,{' '}
            <Tex>{'\\hat y = a^\\top A a / d'}</Tex> with <Tex>{'A = WW^\\top/m'}</Tex>, trained by gradient flow from a random{' '}
            <Tex>W</Tex> on <Tex>{'M = \\alpha d'}</Tex> samples of the same teacher (<Tex>{`d = ${OVERPARAM_D}`}</Tex>,{' '}
            <Tex>{`${seeds}`}</Tex> runs per point, <Tex>{`t \\le ${tmax}`}</Tex>). For <Tex>{'m \\ge d'}</Tex> it reaches the teacher
            for every <Tex>{'\\alpha > 2'}</Tex> as <Tex>{'d \\to \\infty'}</Tex> (arXiv:2006.15459), far below what the single-neuron
            gradient flow needs; just above 2 the convergence is a slow power law in time. At this small <Tex>d</Tex> and finite
            time the recovery error falls steadily through <Tex>{'\\alpha = 2'}</Tex> rather than dropping sharply there: the
            transition sharpens only with <Tex>d</Tex> and <Tex>t</Tex>.
          </>
        )
      }
    >
      <div data-error={r ? Array.from(r.recovery_error).join(',') : undefined}>
        <LineChart
          ref={svgRef}
          id="overparam"
          ariaLabel="recovery error and success rate of the over-parameterised quadratic student against alpha, with the threshold alpha = 2"
          height={height}
          series={series}
          thresholds={thresholds}
          xLabel="α = M/d (samples per dimension)"
          yLabel="error,  success rate"
          xScale="lin"
          yScale="lin"
        />
      </div>
    </Figure>
  );
}
