import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import type { Series, Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { prRuns } from './requests.ts';
import { readSuccess } from './successReading.ts';

/**
 * Figure 4 of the rough-landscapes chapter: the probability that spherical gradient flow recovers the
 * phase-retrieval signal vs α at two dimensions (arXiv:2006.06997), with α_IT = 1, α_AMP ≈ 1.13 and the
 * over-parameterised threshold α = 2 (arXiv:2006.15459) marked.
 */
export const RetrievalFigure = defineFigure(chapter, 'retrieval', 340, function Retrieval({ p, height, svgRef, frame }) {
  const { d, alpha, seeds, tmax } = p;
  const runs = prRuns(p);
  const thr = useJob('landscapes/pr-thresholds', 'prThresholds', {}, { cancel: 'drop' });
  // the success map at half the reader's d (chosen by the physics) and at d itself, each filling point by point
  const small = useJob('landscapes/pr-small', 'prSuccessMap', { ...runs, dimension: 'half' }, { partial: true });
  const big = useJob('landscapes/pr-big', 'prSuccessMap', { ...runs, dimension: 'reader' }, { partial: true });
  const t = thr.data;

  // a map still filling draws (and names) its line once two α points are done: a lone point at α = 2 with rate 0
  // would sit where the axis and the α_over line cross it, drawn but not seen
  const maps = [
    { id: 'small', m: small.data, color: 5 },
    { id: 'big', m: big.data, color: 0 },
  ].flatMap(({ id, m, color }) => (m && m.success_rate.filter(Number.isFinite).length >= 2 ? [{ m, s: { id, label: `GF, d = ${m.d}`, x: m.alpha, y: m.success_rate, color } }] : []));
  const lines: Series[] = maps.map(({ s }) => s);
  const readings = maps.map(({ s, m }) => ({ s, d: m.d, r: readSuccess(m.alpha, m.success_rate) }));
  const dots: Series[] = lines.map((s) => ({ ...s, id: `${s.id}-pts`, kind: 'points', legend: false }));
  const thresholds: Threshold[] = t
    ? [
        { x: t.alpha_it, label: 'α_IT', color: 3 },
        { x: t.alpha_amp, label: 'α_AMP', color: 1 },
        { x: t.alpha_overparam, label: `α_over = ${fmt(t.alpha_overparam)}`, color: 2 },
        { x: alpha, label: 'α (run)' },
      ]
    : [];

  return frame({
    csv: () => seriesCsv(lines, 'alpha', 'success_rate'),
    json: () => ({ thresholds: t, n_runs: big.data?.n_runs }),
    jobs: [thr, small, big],
    progress: small.progress ?? big.progress,
    caption: (
      <>
        Fraction of <Tex>{`${seeds}`}</Tex> runs in which spherical gradient flow on{' '}
        <Tex>{'L = \\tfrac14\\sum_\\mu \\big(y_\\mu - (a_\\mu\\cdot x)^2/d\\big)^2'}</Tex>, started at random, ends with{' '}
        <Tex>{'|m| > 0.9'}</Tex>, against the number of samples per dimension <Tex>{'\\alpha = M/d'}</Tex>, at two dimensions.
        Information-theoretically <Tex>{'\\alpha_{\\rm IT} = 1'}</Tex> suffices and AMP needs{' '}
        <Tex>{`\\alpha_{\\rm AMP} ${t ? `= ${fmt(t.alpha_amp)}` : '\\approx 1.13'}`}</Tex>, but gradient flow only succeeds well above.
        {readings.map(({ s: line, d: dim, r }) => (
          <span key={line.id}>
            {' '}
            <SeriesSwatch s={line} /> At <Tex>{`d = ${dim}`}</Tex>:{' '}
            {r.lastNever !== null ? <>no run succeeds up to <Tex>{`\\alpha = ${fmt(r.lastNever)}`}</Tex>, </> : <>some runs succeed already at the smallest <Tex>\alpha</Tex>, </>}
            {r.half !== null ? <>half of them from <Tex>{`\\alpha \\approx ${fmt(r.half)}`}</Tex>, </> : <>never half of them on this grid, </>}
            {r.alwaysFrom !== null ? <>all from <Tex>{`\\alpha = ${fmt(r.alwaysFrom)}`}</Tex>.</> : <>not all even at the largest <Tex>\alpha</Tex>.</>}
          </span>
        ))}{' '}
        With {seeds} runs a point the rates move in steps of <Tex>{fmt(1 / seeds)}</Tex>, so these readings are coarse; as{' '}
        <Tex>{'d \\to \\infty'}</Tex> the 50 % point is predicted to drift up slowly with <Tex>d</Tex> (Sarao Mannelli et al.,
        arXiv:2006.06997). The mechanism is that of the spiked model: the threshold
        states&rsquo; Hessian must develop an outlier towards the signal. An over-parameterised student (width{' '}
        <Tex>{'m \\ge d'}</Tex>) needs only <Tex>{'\\alpha > 2'}</Tex>. Runs stop at <Tex>{'|m| > 0.995'}</Tex>, at a critical
        point, or at <Tex>{`t = ${tmax}`}</Tex> (time in units of <Tex>{'1/\\alpha'}</Tex>). A run at <Tex>{'d = 1000'}</Tex>{' '}
        takes 10–30 s on this grid.
      </>
    ),
    children: (
      <div data-small={small.data?.d} data-big={d} data-success-big={big.data ? Array.from(big.data.success_rate).join(',') : undefined}>
        <LineChart
          ref={svgRef}
          id="retrieval"
          ariaLabel="success probability of gradient flow in phase retrieval against alpha at two dimensions, with the IT, AMP and over-parameterised thresholds"
          height={height}
          series={[...lines, ...dots]}
          thresholds={thresholds}
          xLabel="α = M/d (samples per dimension)"
          yLabel="success probability"
          xScale="log"
          yScale="lin"
          xDomain={[0.8, 12]}
          yDomain={[0, 1]}
        />
      </div>
    ),
  });
}, {
  cites: ['sarao2020complex', 'sarao2020optimization'],
  // both success maps: at the reader's d and at half of it
  cli: (p) => [{ command: 'pr-success-map', args: prRuns(p), series: { small: ['alpha', 'success_rate_half'], big: ['alpha', 'success_rate'] } }],
});
