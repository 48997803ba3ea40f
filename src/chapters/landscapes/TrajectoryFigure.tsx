import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';

/**
 * Figure 5 of the rough-landscapes chapter: one phase-retrieval gradient-flow run at the reader's α
 * (arXiv:2006.06997): the overlap and the training loss along time, a plateau near m ≈ 0 and either
 * an escape to ±x* or a stop at a spurious critical point.
 */
export const TrajectoryFigure = defineFigure(chapter, 'trajectory', 300, function Trajectory({ p, height, svgRef, frame }) {
  const { d, alpha, seed, tmax, h, tscale } = p;
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

  return frame({
    csv: () => seriesCsv(series, 't', 'value'),
    json: () => ({ final: r && { t: r.t[last], m: r.m[last], loss: r.loss[last] } }),
    jobs: [job],
    caption: (
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
    ),
    children: (
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
    ),
  });
}, {
  cites: ['sarao2020complex'],
  cli: ({ alpha, d, seed, tmax, h }) => [{ command: 'pr-trajectory', args: { alpha, d, seed, tmax, h }, series: { m: ['t', 'm'], loss: ['t', 'loss'] } }],
});
