import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import type { Series, Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { useSharedJob } from '../../compute/useSharedJob.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { glmModel } from './requests.ts';

/**
 * Figure 3 of the GLM chapter: the replica free entropy as a function of the overlap alone, with
 * its global maximum (the Bayes-optimal state) and its other local maxima (metastable states).
 */
export const LandscapeFigure = defineFigure(chapter, 'landscape', 360, function Landscape({ p, height, svgRef, frame }) {
  const job = useJob('glm/landscape', 'glmLandscape', { ...glmModel(p), alpha: p.alpha }, { cancel: 'drop' });
  const l = job.data;
  // the liquid/crystal story only for a model with a first-order transition (not the spherical perceptron)
  const thr = useSharedJob('glm/thresholds', 'glmTransitions', glmModel(p));
  const firstOrder = thr.data !== null && !thr.data.continuous && thr.data.alpha_alg !== null && thr.data.alpha_it !== null;
  const local = l ? Array.from(l.local_m) : [];

  const series: Series[] = l
    ? [
        { id: 'f', label: 'f_RS(m)', x: l.m, y: l.f, color: 0 },
        // at perfect recovery of a noiseless channel f = +∞: the chart skips the point, the m_Bayes line stays
        { id: 'global', label: 'global max (Bayes)', kind: 'points', x: [l.m_bayes], y: [l.f_bayes], color: 3 },
        { id: 'local', label: 'local max (metastable)', kind: 'points', x: l.local_m, y: l.local_f, color: 1 },
      ]
    : [];
  const same = l ? l.amp_is_bayes : true;
  const lines: Threshold[] = l
    ? same
      ? [{ x: l.m_bayes, label: 'm_AMP = m_Bayes', color: 3 }]
      : [
          { x: l.m_amp, label: 'm_AMP', color: 1 },
          // noiseless channel, perfect recovery: f = +∞ at m = ρ (a log divergence the grid cannot show)
          { x: l.m_bayes, label: Number.isFinite(l.f_bayes) ? 'm_Bayes' : 'm_Bayes (f = +∞)', color: 3 },
        ]
    : [];

  return frame({
    csv: () => seriesCsv(series, 'm', 'f'),
    json: () => ({ m_amp: l?.m_amp, m_bayes: l?.m_bayes, local_m: l && Array.from(l.local_m) }),
    jobs: [job, thr],
    progress: null,
    caption: (
      <>
        The replica-symmetric free entropy <Tex>{'f_{\\rm RS}(m) = \\max_{\\hat m} f_{\\rm RS}(m, \\hat m)'}</Tex> over the overlap{' '}
        <Tex>{'m \\in [0, \\rho]'}</Tex> at <Tex>{`\\alpha = ${fmt(p.alpha)}`}</Tex>; its maxima are the stable fixed points of state
        evolution.{' '}
        {firstOrder ? (
          <>
            Like a cooling liquid: at small <Tex>\alpha</Tex> the global maximum is the poorly informed <em>liquid</em> and the{' '}
            <em>crystal</em> near <Tex>{'m = \\rho'}</Tex> is at most metastable. Past <Tex>{`\\alpha_{\\rm IT} = ${fmt(thr.data!.alpha_it!)}`}</Tex> the
            crystal becomes the global maximum (the Bayes-optimal estimator recovers the teacher) but the liquid survives as a local
            maximum: a <em>supercooled liquid</em> in which AMP, climbing from <Tex>{'m \\approx 0'}</Tex>, gets stuck. At{' '}
            <Tex>{`\\alpha_{\\rm alg} = ${fmt(thr.data!.alpha_alg!)}`}</Tex> the liquid maximum disappears (spinodal) and AMP crystallises. Move{' '}
            <Tex>\alpha</Tex> to watch the maxima exchange.
          </>
        ) : thr.data ? (
          <>For this prior and channel there is no first-order transition: the free entropy has one maximum, which AMP reaches, at every <Tex>\alpha</Tex>.</>
        ) : null}
        {l ? (
          <>
            {' '}Here: the global maximum {series[1] ? <SeriesSwatch s={series[1]} /> : null} at <Tex>{`m = ${fmt(l.m_bayes)}`}</Tex>
            {local.length ? (
              <>
                , {local.length === 1 ? 'a local maximum' : `${local.length} local maxima`} {series[2] ? <SeriesSwatch s={series[2]} /> : null} at{' '}
                <Tex>{local.map((m) => `m = ${fmt(m)}`).join(',\\ ')}</Tex>
              </>
            ) : (
              <>, no other maximum</>
            )}
            .
          </>
        ) : null}
        {l && !same ? (
          <>
            {' '}Here AMP sits at <Tex>{`m = ${fmt(l.m_amp)}`}</Tex> while the global maximum is at <Tex>{`m = ${fmt(l.m_bayes)}`}</Tex>.
          </>
        ) : null}
      </>
    ),
    children: (
      <LineChart
        ref={svgRef}
        id="landscape"
        ariaLabel="replica free entropy against the overlap m, with its global and local maxima"
        height={height}
        series={series}
        thresholds={lines}
        xLabel="overlap m"
        yLabel="free entropy f_RS(m)"
        xScale="lin"
        yScale="lin"
        xDomain={l ? [0, l.m[l.m.length - 1]] : undefined}
      />
    ),
  });
}, {
  cites: ['barbier2019optimal'],
  // the figure's 151-point m grid, f(m) and its maxima (PHYSICS.md §5: glm-landscape)
  cli: (p) => [{ command: 'glm-landscape', args: { prior: p.prior, channel: p.channel, noise: p.noise, rho: p.rho, alpha: p.alpha }, series: { f: ['m', 'f'] } }],
});
