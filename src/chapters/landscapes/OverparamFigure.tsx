import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import type { Series, Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { readSuccess } from './successReading.ts';

/**
 * Figure 6 of the rough-landscapes chapter: the over-parameterised quadratic student A = WWᵀ/m
 * (Sarao Mannelli, Vanden-Eijnden, Zdeborová, arXiv:2006.15459): recovery error and success vs α
 * around the threshold α = 2, at a small dimension (the physics' fixed grid and d).
 */
export const OverparamFigure = defineFigure(chapter, 'overparam', 300, function Overparam({ p, height, svgRef, frame }) {
  const { width, seed, seeds, tmax, h } = p;
  const thr = useJob('landscapes/overparam-thresholds', 'prThresholds', {}, { cancel: 'drop' });
  const job = useJob('landscapes/overparam', 'prOverparamMap', { width, seed, seeds, tmax, h });
  const r = job.data;
  const t = thr.data;

  const series: Series[] = r
    ? [
        { id: 'error', label: 'recovery error', x: r.alpha, y: r.recovery_error, color: 0 },
        { id: 'success', label: 'success rate', x: r.alpha, y: r.success_rate, color: 2, dash: true },
      ]
    : [];
  const reading = r ? readSuccess(r.alpha, r.success_rate) : null;
  const thresholds: Threshold[] = t ? [{ x: t.alpha_overparam, label: `α = ${fmt(t.alpha_overparam)}`, color: 2 }] : [];

  return frame({
    csv: () => seriesCsv(series, 'alpha', 'value'),
    json: () => ({ d: r?.d, train_loss: r && Array.from(r.train_loss) }),
    jobs: [thr, job],
    progress: job.progress,
    caption: (
      <>
        Recovery error <Tex>{'\\|A - x^\\star x^{\\star\\top}\\|_F/d'}</Tex> (1: no better than <Tex>{'A = 0'}</Tex>) and the
        fraction of runs where it ends below 0.1, for a two-layer student with quadratic activation and <Tex>{`m = ${fmt(width)}\\,d`}</Tex> hidden units,{' '}
        <Tex>{'\\hat y = a^\\top A a / d'}</Tex> with <Tex>{'A = WW^\\top/m'}</Tex>, trained by gradient flow from a random{' '}
        <Tex>W</Tex> on <Tex>{'M = \\alpha d'}</Tex> samples of the same teacher ({r ? <><Tex>{`d = ${r.d}`}</Tex>, </> : null}
        <Tex>{`${seeds}`}</Tex> runs per point, <Tex>{`t \\le ${tmax}`}</Tex>). For <Tex>{'m \\ge d'}</Tex> it reaches the teacher
        for every <Tex>{'\\alpha > 2'}</Tex> as <Tex>{'d \\to \\infty'}</Tex> (arXiv:2006.15459), far below what the single-neuron
        gradient flow needs; just above 2 the convergence is a slow power law in time. At this small <Tex>d</Tex> and finite
        time the recovery error falls steadily through <Tex>{'\\alpha = 2'}</Tex> rather than dropping sharply there: the
        transition sharpens only with <Tex>d</Tex> and <Tex>t</Tex>.
        {reading ? (
          <>
            {' '}Here {series[1] ? <SeriesSwatch s={series[1]} /> : null}{' '}
            {reading.lastNever !== null ? <>no run succeeds up to <Tex>{`\\alpha = ${fmt(reading.lastNever)}`}</Tex></> : <>some runs succeed already at the smallest <Tex>\alpha</Tex></>}
            {reading.half !== null ? <>, half of them from <Tex>{`\\alpha \\approx ${fmt(reading.half)}`}</Tex></> : <>, never half of them on this grid</>}
            {reading.alwaysFrom !== null ? <>, all from <Tex>{`\\alpha = ${fmt(reading.alwaysFrom)}`}</Tex></> : null}.
          </>
        ) : null}
      </>
    ),
    children: (
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
    ),
  });
}, {
  cites: ['sarao2020optimization'],
  cli: ({ width, seed, seeds, tmax, h }) => [
    { command: 'pr-overparam-map', args: { width, seed, seeds, tmax, h }, series: { error: ['alpha', 'recovery_error'], success: ['alpha', 'success_rate'] } },
  ],
});
