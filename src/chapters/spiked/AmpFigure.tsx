import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { modelArgs, runs, spikedModel } from './requests.ts';

/**
 * Figure 4: the MSE of AMP along its iterations on seeded instances (mean ± sd) next to state evolution from the same
 * start. The run streams (workers/physics/spiked/ampSeeds.ts): SE first, then AMP's curve grows iteration by iteration,
 * all seeds together; a newer request cancels it between two iterations, so it starts at once, without a settle window.
 */
export const AmpFigure = defineFigure(chapter, 'amp', 340, function Amp({ p, height, svgRef, frame }) {
  const req = { ...spikedModel(p), ...runs(p), delta: p.delta };
  const job = useJob('spiked/amp', 'spikedAmp', req, { partial: true });
  const r = job.data;
  // while the run goes on: SE's iterates so far (all of them once AMP runs), and AMP's iterations every seed has
  // reached so far (none yet while SE runs and the instances are drawn)
  const ran = r ? r.mse.length : 0;
  const series: Series[] = r
    ? [
        { id: 'se', label: 'state evolution (p → ∞)', x: r.iter, y: r.mse_se, color: 0 },
        ...(ran > 0
          ? [{
              id: 'amp', label: `AMP, mean ± sd of ${r.seeds_done}`, x: r.iter.subarray(0, ran), y: r.mse, color: 4, dash: true,
              lo: Float64Array.from(r.mse, (m, i) => m - r.mse_std[i]), hi: Float64Array.from(r.mse, (m, i) => m + r.mse_std[i]),
            }]
          : []),
      ]
    : [];
  const last = r ? r.iter.length - 1 : -1;
  // the end readings once the run is over
  const end = r?.over ? r : null;
  return frame({
    csv: () => seriesCsv(series, 'iteration', 'mse'),
    json: () => ({ delta: req.delta, p: req.p, seeds: req.seeds }),
    jobs: [job],
    progress: job.progress,
    caption: (
      <>
        <Tex>{'\\|\\hat v^t - v^\\star\\|^2/p'}</Tex> along AMP&rsquo;s iterations (undamped) (up to the global sign for zero-mean priors: <Tex>Y</Tex> cannot tell <Tex>{'v^\\star'}</Tex> from <Tex>{'-v^\\star'}</Tex>) at <Tex>{`\\Delta = ${fmt(req.delta)}`}</Tex> on{' '}
        <Tex>{`${req.seeds}`}</Tex> instances of size <Tex>{`p = ${req.p}`}</Tex>, next to state evolution from the same start. AMP
        starts from the posterior mean of a weak side observation of the spike (for the generative prior, of <Tex>z</Tex>) with
        overlap <Tex>{'q^0 = 0.002\\,\\rho_v'}</Tex>: from exactly zero it would never move, since <Tex>{'\\hat v = 0'}</Tex> is a fixed
        point; this start lies below the hard phase&rsquo;s unstable fixed point, so there SE stays stuck (at small p, finite-size fluctuations let some runs escape after a long plateau).
        Where state evolution from <Tex>{'q^0 = 0.05\\,\\rho_v'}</Tex> reaches the same fixed point (no hard phase in between), the runs start
        there instead: from the weaker start a sparse spike&rsquo;s AMP can lock onto the noise for tens of iterations at finite p.
        {end ? <> After {last} iterations: AMP <Tex>{fmt(end.mse[last])}</Tex>, SE <Tex>{fmt(end.mse_se[last])}</Tex>.</> : null}
        {r && !end ? <> AMP so far: {Math.max(0, ran - 1)} of {req.iters} iterations{r.seeds_done < req.seeds ? <>, {r.seeds_done} of {req.seeds} instances</> : null}.</> : null}
      </>
    ),
    children: (
      <div data-amp-last={end ? end.mse[last] : undefined} data-se-last={end ? end.mse_se[last] : undefined} data-amp-done={r ? ran : undefined}>
        <LineChart
          ref={svgRef}
          id="amp"
          ariaLabel="mean-squared error of the spike against the AMP iteration, finite instances and state evolution"
          height={height}
          series={series}
          xLabel="iteration t"
          yLabel="MSE of v"
          xDomain={[0, req.iters]}
          xScale="lin"
          yScale="lin"
        />
      </div>
    ),
  });
}, {
  cli: (p) => [{ command: 'spiked-amp', args: { ...modelArgs(p), delta: p.delta, ...runs(p) }, series: { se: ['iter', 'mse_se'], amp: ['iter', 'mse'] } }],
});
