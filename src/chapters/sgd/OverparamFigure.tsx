import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { EG_FLOOR_NOTE } from './egFloor.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import type { Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { DivergedNote } from './DivergedNote.tsx';
import { divergesPastCap, EG_AXIS, egDomain, egDrawn, sgdModel, Y_FLOOR } from './model.ts';

/**
 * Figure 3 (Goldt et al. 2019 §4): the ODE's ε_g at the reader's α against the student width K for the
 * teacher's M, training the first layer only or both; the same at α/10 (dashed) shows who is still moving.
 * The widths, the α/10 point and the count of missing points come with the job (overparam.ts).
 */
export const OverparamFigure = defineFigure(chapter, 'overparam', 340, function Overparam({ p, height, svgRef, frame }) {
  const { K, both, ...model } = sgdModel(p);
  const { alpha } = p;
  const job = useJob('sgd/overparam', 'sgdFinalVsK', { ...model, alpha }, { partial: true });
  const d = job.data;

  const raw: Series[] = d
    ? [
        { id: 'first', label: `first layer only, α = ${fmt(d.alpha)}`, x: d.K.subarray(0, d.done), y: d.eg_first.subarray(0, d.done), color: 1 },
        { id: 'first-early', label: `first layer only, α = ${fmt(d.alpha_early)}`, x: d.K.subarray(0, d.done), y: d.eg_first_early.subarray(0, d.done), color: 1, dash: true },
        { id: 'both', label: `both layers, α = ${fmt(d.alpha)}`, x: d.K.subarray(0, d.done), y: d.eg_both.subarray(0, d.done), color: 0 },
        { id: 'both-early', label: `both layers, α = ${fmt(d.alpha_early)}`, x: d.K.subarray(0, d.done), y: d.eg_both_early.subarray(0, d.done), color: 0, dash: true },
      ]
    : [];
  const series = raw.map(egDrawn);
  const yDomain = egDomain(series.map((x) => x.y));
  const diverged = divergesPastCap(raw.map((x) => x.y));
  const at = d ? d.K.indexOf(K) : -1;
  const marker = d && at >= 0 && at < d.done ? { x: K, y: Math.max((both === 1 ? d.eg_both : d.eg_first)[at], Y_FLOOR), label: `K = ${K}` } : null;
  const missing = d?.missing ?? 0;

  return frame({
    csv: () => seriesCsv(raw, 'K', 'eg', [EG_FLOOR_NOTE]),
    json: () => ({ K: d && Array.from(d.K), done: d?.done }),
    jobs: [job],
    caption: (
      <>
        Generalisation error of the ODE at <Tex>{`\\alpha = ${fmt(alpha)}`}</Tex> (solid {series[2] ? <SeriesSwatch s={series[2]} /> : null}) and{' '}
        <Tex>{d ? `\\alpha = ${fmt(d.alpha_early)}` : '\\alpha/10'}</Tex> (dashed {series[3] ? <SeriesSwatch s={series[3]} /> : null}) for students of width <Tex>K</Tex> learning a teacher with{' '}
        <Tex>{`M = ${model.M}`}</Tex> units, same <Tex>\eta</Tex>, <Tex>\sigma</Tex> and initialisation. Below <Tex>{'K = M'}</Tex> the
        student cannot represent the teacher. Above, with label noise <Tex>{'\\sigma > 0'}</Tex>, the surplus units fit noise and the error
        of SGD grows with <Tex>K</Tex> (Goldt et al. 2019). With both layers trained the curves at <Tex>{'\\alpha/10'}</Tex> and{' '}
        <Tex>\alpha</Tex> meet once learning has converged; with the first layer alone they do not for <Tex>{'K \\ge 4'}</Tex>: the surplus
        units cannot be switched off, so pairs with opposite outputs keep drifting and the error still moves at <Tex>{'\\alpha = 10^5'}</Tex>{' '}
        — the gap between {series[0] ? <SeriesSwatch s={series[0]} /> : null} and {series[1] ? <SeriesSwatch s={series[1]} /> : null} is that drift.
        {model.sigma === 0 ? <> With <Tex>{'\\sigma = 0'}</Tex> every <Tex>{'K \\ge M'}</Tex> eventually learns perfectly; try the over-parameterised preset. Errors below <Tex>{'10^{-7}'}</Tex> sit on the axis.</> : null}
        {diverged ? <DivergedNote why={<>for those widths the ODE diverges, <Tex>\eta</Tex> is past its stable limit</>} /> : null}
        {missing ? (
          <>
            {' '}
            {missing} {missing === 1 ? 'point is' : 'points are'} missing:{' '}
            {model.act === 'relu' ? <>the ReLU integration stopped before <Tex>\alpha</Tex> (step collapse after learning).</> : <>the ODE overflowed before <Tex>\alpha</Tex>.</>}
          </>
        ) : null}
      </>
    ),
    children: (
      <div data-overparam-done={d?.done ?? 0} data-overparam-ks={d?.K.length ?? 0}>
        <LineChart
          ref={svgRef}
          id="overparam"
          ariaLabel="final generalisation error against the number of student hidden units K, first layer only and both layers"
          height={height}
          series={series}
          thresholds={[{ x: model.M, label: 'K = M' }]}
          marker={marker}
          xLabel="K (student hidden units)"
          yLabel={EG_AXIS}
          xScale="lin"
          yScale="log"
          xDomain={d ? [1, d.K[d.K.length - 1]] : undefined}
          yDomain={yDomain}
        />
      </div>
    ),
  });
}, {
  cites: ['goldt2019dynamics'],
  cli: (p) => [
    {
      command: 'sgd-final-vs-k',
      args: { M: p.M, act: p.act, eta: p.eta, sigma: p.sigma, N: p.N, seed: p.seed, init: p.init, alpha: p.alpha },
      series: { first: ['K', 'eg_first'], 'first-early': ['K', 'eg_first_early'], both: ['K', 'eg_both'], 'both-early': ['K', 'eg_both_early'] },
    },
  ],
});
