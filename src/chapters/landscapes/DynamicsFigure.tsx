import { defineFigure } from '../../view/defineFigure.tsx';
import type { CliCall } from '../../cite/cli.ts';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import type { Series, Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { cursorTime, pointsUpTo, usePlayback } from '../../compute/playback.ts';
import { PlaybackControls } from '../../view/PlaybackControls.tsx';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { dmftRequest, spikedModel, type LandscapesValues } from './requests.ts';

const AXIS: Record<LandscapesValues['dyn'], { label: string; name: string }> = {
  m: { label: 'overlap m = x·x*/N', name: 'overlap' },
  mu: { label: 'Lagrange multiplier μ', name: 'Lagrange multiplier' },
  e: { label: 'energy e = L/N', name: 'energy' },
};

/**
 * Figure 2 of the rough-landscapes chapter: spherical gradient flow on finite instances (several
 * seeds) next to its N → ∞ dynamical mean-field theory, from the reader's m0 and from the m0 ~ N^{-1/2}
 * of a random start (arXiv:1812.09066 eqs. (8)-(11), 1907.08226): the overlap, the Lagrange multiplier
 * μ(t) — which reaches the threshold value 2σ before the escape — or the energy. Play / Pause / Step
 * (src/compute/playback.ts) draw the runs and the DMFT up to the playback cursor's time, on the time axis's
 * own scale.
 */
export const DynamicsFigure = defineFigure(chapter, 'dynamics', 380, function Dynamics({ p, height, svgRef, frame }) {
  const model = spikedModel(p);
  const { m0, seeds, dyn: q, tscale } = p;

  const point = useJob('landscapes/dynamics-point', 'landscapePoint', { dp: model.dp, invd2: model.invd2 }, { cancel: 'drop' });
  // the finite-size start 1/√N, and whether it is the reader's m0 already (then its DMFT is computed and drawn once)
  const start = useJob('landscapes/dynamics-start', 'landscapeStart', { N: model.N, m0 }, { cancel: 'drop' });
  // the DMFT streams too: its curves grow along t as the solve goes (dmft.ts)
  const dmft = useJob('landscapes/dmft', 'landscapeDmft', dmftRequest(p, m0), { partial: true });
  // the runs stream: all of them advance together along t (the figure grows from t = 0)
  const gf = useJob('landscapes/gf', 'landscapeGf', { ...model, seeds }, { partial: true });
  const s = start.data;
  const distinct = s !== null && !s.same_start;
  const dmftN = useJob('landscapes/dmft-n', 'landscapeDmft', distinct ? dmftRequest(p, s.m0_finite_size) : null, { partial: true });
  const d = dmft.data;
  const dN = distinct ? dmftN.data : null;
  const g = gf.data;
  // the time every run has reached: t_max once the job is over, less while the runs stream
  const growing = g !== null && gf.running && gf.current;
  const tReached = g && g.t.length ? g.t[g.t.length - 1] : 0;
  const dmftGrowing = d !== null && dmft.running && dmft.current;
  const pt = point.data;

  const t0 = tscale === 'log' ? model.h : 0;
  // a horizon of 0 (allowed: the start only) still needs an axis
  const t1 = Math.max(model.tmax, 10 * model.h);
  // Play: every curve up to the cursor's time (the resting cursor, 1, draws everything)
  const pb = usePlayback();
  const tCut = cursorTime(pb.cursor, t0, t1, tscale === 'log' ? 'log' : 'linear');
  const cut = (t: Float64Array, y: Float64Array) => {
    const n = pointsUpTo(t, tCut);
    return { x: t.subarray(0, n), y: y.subarray(0, n) };
  };
  const pick = (r: { m: Float64Array; mu: Float64Array; e: Float64Array }) => r[q];
  const runs: Series[] = g
    ? (q === 'm' ? g.m_seeds : q === 'mu' ? g.mu_seeds : g.e_seeds).map((y, i) => ({
        id: `run${i}`,
        label: `GF, N = ${model.N} (${g.m_seeds.length} runs)`,
        ...cut(g.t, y),
        color: 4,
        legend: i === 0,
      }))
    : [];
  const theory: Series[] = [
    ...(d ? [{ id: 'dmft', label: `DMFT, m_0 = ${fmt(d.m0)}`, ...cut(d.t, pick(d)), color: 0 }] : []),
    ...(dN ? [{ id: 'dmft-n', label: `DMFT, m_0 = 1/√N = ${fmt(dN.m0)}`, ...cut(dN.t, pick(dN)), color: 1, dash: true }] : []),
  ];
  const level: Series[] =
    q === 'mu' && pt ? [{ id: 'two-sigma', label: `2σ = ${fmt(pt.mu_threshold)} (threshold states)`, x: [t0, t1], y: [pt.mu_threshold, pt.mu_threshold], color: 6, dash: true }] : [];
  const series = [...runs, ...theory, ...level];
  const thresholds: Threshold[] = [
    ...(d?.t_escape != null ? [{ x: d.t_escape, label: 'escape (DMFT)', color: 0 }] : []),
    ...(dN?.t_escape != null ? [{ x: dN.t_escape, label: 'escape (1/√N)', color: 1 }] : []),
  ];
  const last = d ? d.t.length - 1 : -1;

  return frame({
    csv: () => seriesCsv(series, 't', q),
    json: () => ({
      gf: g && { success_rate: g.success_rate, escape_rate: g.escape_rate, t_escape_seeds: g.t_escape_seeds },
      dmft: d && { m0: d.m0, t_escape: d.t_escape },
      dmft_finite_size: dN && { m0: dN.m0, t_escape: dN.t_escape },
    }),
    jobs: [point, start, dmft, gf, dmftN],
    progress: dmft.progress ?? gf.progress ?? dmftN.progress,
    caption: (
      <>
        Spherical gradient flow <Tex>{'\\dot x = -\\nabla L - \\mu x'}</Tex> from a uniformly random start, on{' '}
        <Tex>{`${seeds}`}</Tex> instances of size <Tex>{`N = ${model.N}`}</Tex> {runs[0] ? <SeriesSwatch s={runs[0]} /> : null}, next to the dynamical mean-field theory
        of <Tex>{'N \\to \\infty'}</Tex> {d ? <SeriesSwatch s={theory[0]} /> : null}. A random start has <Tex>{'m_0 \\sim N^{-1/2}'}</Tex>, not 0: the DMFT started
        there{dN ? <> <SeriesSwatch s={theory.find((l) => l.id === 'dmft-n')!} /></> : <> (when it differs from the reader&rsquo;s <Tex>{'m_0'}</Tex>)</>} follows the finite runs and leaves the equator within a few time units, even below the GF line — a true
        finite-size effect. With <Tex>{'m_0 \\to 0'}</Tex> (the reader&rsquo;s <Tex>{'m_0'}</Tex>; <Tex>{'10^{-15}'}</Tex> stands
        for <Tex>{'N \\to \\infty'}</Tex>) the flow first ages towards the marginal threshold states: the Lagrange multiplier climbs
        to <Tex>{'\\mu = 2\\sigma'}</Tex>, <Tex>{'\\sigma^2 = 1/\\Delta_2 + 2/\\Delta_p'}</Tex> (choose &ldquo;Lagrange
        multiplier&rdquo; under <em>Dynamics shows</em>), the closer the smaller <Tex>{'m_0'}</Tex>, and then jumps when the flow
        escapes towards the signal — only above the GF line, after a time growing like <Tex>{'\\ln(1/m_0)'}</Tex>. Below the
        line it stays at <Tex>{'2\\sigma'}</Tex> with <Tex>{'m = 0'}</Tex>. Runs can also fall to the mirror minimum near <Tex>{'-x^\\star'}</Tex>: success
        means <Tex>{'m > 0.5'}</Tex>, escape <Tex>{'|m| > 0.3'}</Tex>.
        {g ? (
          <>
            {' '}Here {fmt(g.escape_rate * 100)} % of the runs escaped and {fmt(g.success_rate * 100)} % succeeded by{' '}
            <Tex>{`t = ${growing ? fmt(tReached) : model.tmax}`}</Tex>{growing ? ' (running)' : ''}.
          </>
        ) : null}
        {d ? (
          <>
            {' '}DMFT at <Tex>{`t = ${fmt(d.t[last])}`}</Tex>{dmftGrowing ? ' (running)' : ''}: <Tex>{`m = ${fmt(d.m[last])}`}</Tex>,{' '}
            <Tex>{`\\mu = ${fmt(d.mu[last])}`}</Tex>
            {pt ? (
              <>
                {' '}(threshold <Tex>{`2\\sigma = ${fmt(pt.mu_threshold)}`}</Tex>)
              </>
            ) : null}
            .
          </>
        ) : null}{' '}
        DMFT on a grid of step <Tex>h</Tex>: trapezoid rule in time (predictor-corrector) and in the memory integrals, second
        order: escape time and stationary state good to <Tex>{'O(h^2)'}</Tex>.
      </>
    ),
    children: (
      <>
      <PlaybackControls what="gradient flow" status={pb.cursor < 1 && Number.isFinite(tCut) ? `t = ${fmt(tCut)} of ${fmt(t1)}` : undefined} />
      <div
        data-quantity={q}
        data-seeds={g?.m_seeds.length ?? 0}
        data-gf-t={g ? tReached : undefined}
        data-gf-success={growing ? undefined : g?.success_rate}
        data-gf-escape={growing ? undefined : g?.escape_rate}
        data-dmft-t={d ? d.t[last] : undefined}
        data-dmft-m-end={d && !dmftGrowing ? d.m[last] : undefined}
        data-dmft-mu-end={d && !dmftGrowing ? d.mu[last] : undefined}
        data-dmft-escape={dmftGrowing ? undefined : (d?.t_escape ?? undefined)}
        data-two-sigma={pt?.mu_threshold}
      >
        <LineChart
          ref={svgRef}
          id="dynamics"
          ariaLabel={`${AXIS[q].name} against time: gradient-flow runs at finite N and the dynamical mean-field theory`}
          height={height}
          series={series}
          thresholds={thresholds}
          xLabel="time t"
          yLabel={AXIS[q].label}
          xScale={tscale}
          yScale="lin"
          xDomain={[t0, t1]}
          yDomain={q === 'm' ? [-1, 1] : undefined}
        />
      </div>
      </>
    ),
  });
}, {
  cites: ['sarao2020marvels', 'sarao2019afraid', 'sarao2019passed'],
  // the runs (landscape-gf: t and each seed's m, mu or e), the DMFT from m0 and from 1/√N (landscape-dmft-n: none when
  // that is m0 already); the 2σ level is landscape-point's mu_threshold
  cli: (p): CliCall[] => {
    const dmft = { ...dmftRequest(p, p.m0) };
    const runs = Object.fromEntries(Array.from({ length: p.seeds }, (_, i) => [`run${i}`, ['t', `${p.dyn}_seeds.${i}`] as const]));
    return [
      { command: 'landscape-gf', args: { ...spikedModel(p), seeds: p.seeds }, series: runs },
      { command: 'landscape-dmft', args: dmft, series: { dmft: ['t', p.dyn] } },
      { command: 'landscape-dmft-n', args: { ...dmft, N: p.N }, series: { 'dmft-n': ['t', p.dyn] } },
    ];
  },
});
