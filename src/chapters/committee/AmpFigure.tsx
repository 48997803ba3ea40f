import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import type { Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { ampFigureAlpha } from '../../../workers/physics/committee/params.ts';

/**
 * Figure 4 of the committee chapter: AMP on finite K = 2 instances, per iteration (q_d with its band over
 * seeds, q_a), next to state evolution from the same start. The job runs at the reader's α capped where the
 * K = 2 SE is tuned (workers/physics/committee/coverage.ts) and says which α it ran. The run streams: once every
 * instance is drawn SE comes, then the seeds advance together and AMP's curves grow iteration by iteration; the end
 * of the run is read only when it is over.
 */
export const AmpFigure = defineFigure(chapter, 'amp', 340, function Amp({ p, height, svgRef, frame }) {
  const { d, seed, seeds, iters } = p;
  const job = useJob('committee/amp', 'committeeAmp', { alpha: p.alpha, d, seed, seeds, iters }, { partial: true });
  const r = job.data;
  const alpha = r?.alpha;
  const last = r ? r.iter.length - 1 : 0;
  // AMP's arrays hold the iterations 0 … done every seed has reached (all of them once the run is over); its curves are
  // drawn from the first iteration on, SE (theory from the same start) whole from the start
  const ran = r !== null && r.done > 0;
  const over = r !== null && r.done === last;
  const amp = (a: Float64Array) => a.subarray(0, r ? r.done + 1 : 0);
  const series: Series[] = r
    ? [
        ...(ran ? [{ id: 'qd', label: 'q_d AMP (± sd)', x: amp(r.iter), y: r.qd, lo: r.qd_lo, hi: r.qd_hi, color: 0 }] : []),
        { id: 'qd_se', label: 'q_d SE', x: r.iter, y: r.qd_se, color: 0, dash: true },
        ...(ran ? [{ id: 'qa', label: 'q_a AMP', x: amp(r.iter), y: r.qa, color: 3 }] : []),
        { id: 'qa_se', label: 'q_a SE', x: r.iter, y: r.qa_se, color: 3, dash: true },
      ]
    : [];
  const swatch = (id: string) => {
    const s = series.find((x) => x.id === id);
    return s ? <SeriesSwatch s={s} /> : null;
  };

  return frame({
    csv: () => seriesCsv(series, 'iteration', 'overlap'),
    json: () => ({ alpha, start: r?.start }),
    jobs: [job],
    caption: (
          <>
            {p.act === 'erf' ? (
              <>
                <strong>This figure is of sign units</strong> (the committee machine with <Tex>{'K = 2'}</Tex> sign hidden units), not of the erf
                regression committee chosen above: AMP on finite instances is run for sign units only.{' '}
              </>
            ) : null}
            Always <Tex>{'K = 2'}</Tex>, whatever <Tex>K</Tex> is chosen above. The committee AMP of Aubin et al. (2-vector estimates per weight, <Tex>{'2 \\times 2'}</Tex> variances, the Gaussian-prior
            denoiser <Tex>{'\\hat W_i = (I + A)^{-1} B_i'}</Tex>) on <Tex>{`${seeds}`}</Tex> random instances with{' '}
            <Tex>{`d = ${d}`}</Tex>
            {alpha !== undefined ? (
              <>
                , <Tex>{`n = ${Math.round(alpha * d)}`}</Tex> (<Tex>{`\\alpha = ${fmt(alpha)}`}</Tex>
                {alpha < p.alpha ? <>, the largest α run here</> : null})
              </>
            ) : null}
            ; solid (<Tex>{'q_d'}</Tex> {swatch('qd')}, <Tex>{'q_a'}</Tex>{' '}
            {swatch('qa')}): mean over instances (band: <Tex>{'q_d'}</Tex> ± one standard deviation),
            dashed: state evolution from the same starting overlaps. The start is random,{' '}
            <Tex>{'\\hat W^0_{ik} \\sim \\mathcal N(0, 0.1^2)'}</Tex>: from <Tex>{'\\hat W = 0'}</Tex> both student units would receive identical
            updates for ever and stay on the non-specialised plane, so a symmetry-breaking start is needed to leave it above{' '}
            <Tex>{'\\alpha_{\\rm spec} \\approx 2.05'}</Tex>. Near the transition the escape from <Tex>{'q_d \\approx 0'}</Tex> takes many
            iterations and its timing depends on the <Tex>{'O(1/\\sqrt d)'}</Tex> initial overlap; each overlap fluctuates by about{' '}
            <Tex>{'1/\\sqrt d'}</Tex> between instances.
            {over ? (
              <>
                {' '}After <Tex>{`${last}`}</Tex> iterations: AMP <Tex>{`q_d = ${fmt(r.qd[last])}`}</Tex>, SE <Tex>{`${fmt(r.qd_se[last])}`}</Tex>.
              </>
            ) : r ? (
              <> AMP is running: {r.done} of {last} iterations so far, on every instance.</>
            ) : null}
          </>
        ),
    children: (
      <div data-amp-last={over ? r.qd[last] : ''} data-se-last={r ? r.qd_se[last] : ''} data-alpha={alpha ?? ''} data-amp-done={r?.done ?? ''}>
        <LineChart
          ref={svgRef}
          id="amp"
          ariaLabel="overlaps q_d and q_a of AMP on finite instances against the iteration, next to state evolution"
          height={height}
          series={series}
          xLabel="iteration t"
          yLabel="overlap"
          xScale="lin"
          yScale="lin"
          xDomain={[0, iters]}
          yDomain={[-0.05, 1]}
        />
      </div>
    ),
  });
}, {
  cites: ['aubin2018committee'],
  // the K = 2 sign committee at the α the job ran: the reader's, capped at AMP_ALPHA_MAX
  cli: (p) => [
    {
      command: 'committee-amp',
      args: { K: 2, act: 'sign', alpha: ampFigureAlpha(p.alpha), d: p.d, seed: p.seed, seeds: p.seeds, iters: p.iters },
      series: { qd: ['iter', 'qd'], qd_se: ['iter', 'qd_se'], qa: ['iter', 'qa'], qa_se: ['iter', 'qa_se'] },
    },
  ],
});
