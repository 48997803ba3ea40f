import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import type { Series } from '../../charts/types.ts';
import { useSharedJob } from '../../compute/useSharedJob.ts';
import { cursorTime, pointsUpTo, usePlayback } from '../../compute/playback.ts';
import { PlaybackControls } from '../../view/PlaybackControls.tsx';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { gampCli, gampRequest, glmModel } from './requests.ts';

/** The smallest positive finite value (1 if none). */
function lowest(a: ArrayLike<number>): number {
  let lo = Infinity;
  for (let i = 0; i < a.length; i++) if (a[i] > 0 && a[i] < lo) lo = a[i];
  return Number.isFinite(lo) ? lo : 1;
}

/** The largest finite value (1 if none). */
function highest(a: ArrayLike<number>): number {
  let hi = -Infinity;
  for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i]) && a[i] > hi) hi = a[i];
  return Number.isFinite(hi) ? hi : 1;
}

/** How many decades the positive values span: a log axis only pays off over more than one. */
function decades(...arrays: ArrayLike<number>[]): number {
  let lo = Infinity;
  let hi = 0;
  for (const a of arrays)
    for (let i = 0; i < a.length; i++)
      if (a[i] > 0 && Number.isFinite(a[i])) {
        lo = Math.min(lo, a[i]);
        hi = Math.max(hi, a[i]);
      }
  return hi > 0 ? Math.log10(hi / lo) : 0;
}

/**
 * Figure 2 of the GLM chapter: the weight MSE along GAMP's iterations on finite instances (mean and
 * band over seeds) next to the state-evolution prediction from the same start. The run streams: the seeds advance
 * together and GAMP's curve grows iteration by iteration; the same run gives the learning curve's point, in progress
 * while it runs and final at its end (one shared run, lane 'glm/gamp'). Play / Pause / Step (src/compute/playback.ts) draw both up to the playback cursor's iteration.
 */
export const AmpDynamicsFigure = defineFigure(chapter, 'amp', 360, function AmpDynamics({ p, height, svgRef, frame }) {
  const req = gampRequest(p);
  const job = useSharedJob('glm/gamp', 'glmAmpRuns', req, { partial: true });
  // the sentence on the hard phase only for a model that has one (Gaussian prior, sign channel: none); one
  // transitions job for the chapter, shared with the learning curve
  const thr = useSharedJob('glm/thresholds', 'glmTransitions', glmModel(p));
  const hard = thr.data !== null && !thr.data.continuous && thr.data.alpha_alg !== null;
  const r = job.data;
  const pb = usePlayback();
  // Play: the iterations up to the cursor (linear in t over the run)
  const shown = r ? pointsUpTo(r.iter, cursorTime(pb.cursor, r.iter[0] ?? 0, r.iter[r.iter.length - 1] ?? 0, 'linear')) : 0;
  const upTo = (a: Float64Array) => a.subarray(0, shown);
  // GAMP's arrays hold the iterations every seed has reached so far (all of them once the run is over)
  const ran = (a: Float64Array) => a.subarray(0, Math.min(shown, r?.done ?? 0));

  const series: Series[] = r
    ? [
        { id: 'se', label: 'state evolution (d → ∞)', x: upTo(r.iter), y: upTo(r.mse_se), color: 0 },
        { id: 'gamp', label: `GAMP, mean ± sd of ${req.seeds}`, x: ran(r.iter), y: ran(r.mse), lo: ran(r.mse_lo), hi: ran(r.mse_hi), color: 4, dash: true },
      ]
    : [];
  const last = r ? r.iter.length - 1 : -1;
  const yScale = r && decades(r.mse_se, r.mse) > 1 ? 'log' : 'lin';
  // On a log axis the data that matter are GAMP's: SE of a perfectly recovering model keeps falling to 1e-70
  // and would squeeze the plateau into a sliver; the axis stops a decade under GAMP's lowest mean and SE
  // leaves it there (the caption says so).
  const floor = r && yScale === 'log' ? lowest(r.mse) / 10 : 0;
  // (an SE error of exactly 0, perfect recovery, has no place on a log axis either)
  const seOff = r && floor > 0 ? r.mse_se.some((v) => v < floor) : false;
  const drawn: Series[] = seOff ? [{ ...series[0], y: Float64Array.from(series[0].y, (v) => (v < floor ? NaN : v)) }, series[1]] : series;

  return frame({
    csv: () => seriesCsv(series, 'iteration', 'mse'),
    json: () => ({ start: r?.start }),
    jobs: [job, thr],
    caption: (
      <>
        Mean-squared error of the weights <Tex>{'\\|\\hat w^t - w^\\star\\|^2/d'}</Tex> along the iterations of GAMP{' '}
        {series[1] ? <SeriesSwatch s={series[1]} /> : null} at{' '}
        <Tex>{`\\alpha = ${fmt(req.alpha)}`}</Tex>, on <Tex>{`${req.seeds}`}</Tex> random instances of dimension{' '}
        <Tex>{`d = ${req.d}`}</Tex> (band: ± one standard deviation), next to state evolution {series[0] ? <SeriesSwatch s={series[0]} /> : null}, which predicts the
        whole trajectory as <Tex>{'d \\to \\infty'}</Tex>
        {seOff ? (
          <>
            {' '}(it goes on falling towards perfect recovery, below the axis, which ends a decade under GAMP&rsquo;s lowest error,{' '}
            <Tex>{fmt(floor)}</Tex>)
          </>
        ) : null}
        . Start: {r ? r.start : '…'}
        {req.damping > 0 ? <>, damping <Tex>{`\\gamma = ${req.damping}`}</Tex></> : null}.{' '}
        {hard ? (
          <>
            In the hard phase GAMP plateaus at the uninformed fixed point for as long as SE does; above <Tex>{'\\alpha_{\\rm alg}'}</Tex>
            {thr.data?.alpha_alg != null ? <Tex>{` = ${fmt(thr.data.alpha_alg)}`}</Tex> : null} it leaves the plateau after a number of
            iterations that grows as <Tex>{'\\alpha \\downarrow \\alpha_{\\rm alg}'}</Tex>, and finite-size fluctuations decide when.{' '}
          </>
        ) : null}
        {req.channel === 'sign' ? (
          <>
            GAMP stops once its mean variance <Tex>{'\\hat v'}</Tex> falls below <Tex>{'10^{-7}'}</Tex> (beyond, the Mills ratio
            underflows): its error then stays flat where SE keeps falling.{' '}
          </>
        ) : null}
        {req.channel !== 'abs' ? (
          <>
            Where <Tex>{'\\hat v'}</Tex> falls below the actual error, so that <Tex>{'\\sum_\\mu g_\\mu^2'}</Tex> exceeds{' '}
            <Tex>{'-\\sum_\\mu \\partial_\\omega g_\\mu'}</Tex> (equal in the Bayes-optimal setting) by more than finite-size noise,
            the output step uses the variance that restores the equality: without it some instances diverge.
          </>
        ) : null}
      </>
    ),
    children: (
      <>
      <PlaybackControls what="AMP" status={pb.cursor < 1 && r ? `iteration ${Math.max(0, shown - 1)} of ${last}` : undefined} />
      <div data-gamp-last={r?.final ? r.mse[last] : undefined} data-se-last={r ? r.mse_se[last] : undefined} data-gamp-done={r?.done}>
        <LineChart
          ref={svgRef}
          id="amp"
          ariaLabel="mean-squared error of the weights against the iteration, GAMP on finite instances and state evolution"
          height={height}
          series={drawn}
          xLabel="iteration t"
          yLabel="weight MSE"
          xDomain={[0, req.iters]}
          xScale="lin"
          yScale={yScale}
          yDomain={floor > 0 && r ? [floor, Math.max(highest(r.mse_hi), highest(r.mse_se))] : undefined}
        />
      </div>
      </>
    ),
  });
}, {
  cites: ['rangan2011generalized', 'barbier2019optimal'],
  // GAMP per iteration (mean over seeds) and SE from the same start
  cli: (p) => [gampCli(p, 'glm-amp', { se: ['iter', 'mse_se'], gamp: ['iter', 'mse'] })],
});
