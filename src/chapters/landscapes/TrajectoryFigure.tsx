import { useFigure } from '../../app/useFigure.ts';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { Figure } from '../../charts/Figure.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useParam } from '../../app/context.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import type { FigureViewProps } from '../types.ts';

/**
 * Figure 5 of the rough-landscapes chapter: one phase-retrieval gradient-flow run at the reader's α
 * (arXiv:2006.06997): the overlap and the training loss along time, a plateau near m ≈ 0 and either
 * an escape to ±x* or a stop at a spurious critical point.
 */
export function TrajectoryFigure({ embed }: FigureViewProps) {
  const d = useParam<number>('d');
  const alpha = useParam<number>('alpha');
  const seed = useParam<number>('seed');
  const tmax = useParam<number>('tmax');
  const h = useParam<number>('h');
  const tscale = useParam<'log' | 'lin'>('tscale');
  const { params, svgRef, link, height } = useFigure('trajectory', embed, 300);
  const job = useJob('landscapes/pr-trajectory', 'prTrajectory', { alpha, N: d, seed, tmax, h });
  const r = job.data;
  const last = r ? r.t.length - 1 : -1;

  const series: Series[] = r
    ? [
        { id: 'm', label: 'overlap m', x: r.t, y: r.m, color: 0 },
        { id: 'loss', label: 'training loss per sample L/M', x: r.t, y: r.loss, color: 1, dash: true },
      ]
    : [];
  const t0 = tscale === 'log' ? h : 0;
  const t1 = Math.max(r ? r.t[last] : tmax, 10 * h);

  return (
    <Figure
      id="trajectory"
      title="Phase retrieval: one gradient-flow run"
      svgRef={svgRef}
      csv={() => seriesCsv(series, 't', 'value')}
      json={() => ({ chapter: 'landscapes', figure: 'trajectory', params, final: r && { t: r.t[last], m: r.m[last], loss: r.loss[last] } })}
      link={link}
      progress={job.progress}
      error={job.error}
      embed={embed}
      caption={
        embed ? undefined : (
          <>
            One run of spherical gradient flow at <Tex>{`\\alpha = ${fmt(alpha)}`}</Tex>, <Tex>{`d = ${d}`}</Tex> (time in units of{' '}
            <Tex>{'1/\\alpha'}</Tex>). The loss falls quickly while the overlap stays near 0: the flow first descends to the
            threshold states of the landscape, then either escapes along the outlier direction towards <Tex>{'\\pm x^\\star'}</Tex>{' '}
            (the sign is not identifiable) or stops at a spurious critical point with a finite loss.
            {r ? (
              <>
                {' '}This run ends at <Tex>{`t = ${fmt(r.t[last])}`}</Tex> with <Tex>{`m = ${fmt(r.m[last])}`}</Tex> and{' '}
                <Tex>{`L/M = ${fmt(r.loss[last])}`}</Tex>.
              </>
            ) : null}
          </>
        )
      }
    >
      <div data-m-end={r ? r.m[last] : undefined} data-loss-end={r ? r.loss[last] : undefined}>
        <LineChart
          ref={svgRef}
          id="trajectory"
          ariaLabel="overlap and training loss against time for one phase-retrieval gradient-flow run"
          height={height}
          series={series}
          xLabel="time t (units of 1/α)"
          yLabel="m,  L/M"
          xScale={tscale}
          yScale="lin"
          xDomain={[t0, t1]}
        />
      </div>
    </Figure>
  );
}
