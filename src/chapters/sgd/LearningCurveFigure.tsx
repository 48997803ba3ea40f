import { defineFigure } from '../../view/defineFigure.tsx';
import { useApp$ } from '../../view/context.ts';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { EG_FLOOR_NOTE } from './egFloor.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import type { Series, Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { cursorTime, pointsUpTo, usePlayback } from '../../compute/playback.ts';
import { PlaybackControls } from '../../view/PlaybackControls.tsx';
import { pickSchema } from '../../../workers/physics/schema.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { DivergedNote } from './DivergedNote.tsx';
import { curveCli, curveRequest, divergesPastCap, EG_AXIS, egDomain, egDrawn, sgdModel } from './model.ts';
import { useSharedJob } from '../../compute/useSharedJob.ts';
import { etaVerdict, limitReason, useStability } from './useStability.ts';
import { ALPHA_MIN, STEP_FACTOR } from './viewParams.ts';

const LANE_SIM = 'sgd/sim';
const LANE_STABILITY = 'sgd/stability-curve';
/** the SGD run length's slider end: Step stops there */
const [SIM_ALPHA] = pickSchema(chapter.params, ['simAlpha']);

/**
 * Figure 1: ε_g(α) of the ODEs (N → ∞) from the seeded initial overlaps, finite-N online SGD from the
 * same weights (mean and min–max band over seeds, streamed along α with the seeds advancing together),
 * the symmetric plateau ε* and its predicted exit ln(1/a₀)/λ. Play / Pause / Step move the playback
 * cursor (src/compute/playback.ts): both curves are drawn up to it, from α = ALPHA_MIN; Step at the end
 * of the run extends the run. The ODE solve is shared with Figure 2 (useSharedJob).
 */
export const LearningCurveFigure = defineFigure(chapter, 'curve', 380, function LearningCurve({ p, height, svgRef, frame }) {
  const { alpha, simAlpha, seeds } = p;
  const model = sgdModel(p);
  const setParam = useApp$((s) => s.setParam);
  const pb = usePlayback();

  const ode = useSharedJob('sgd/curve', 'sgdCurve', curveRequest(p));
  const stability = useStability(LANE_STABILITY, p).data;
  // past the maximal stable η the ODE curve is not a learning curve: say so and label it
  const unstable = stability !== null && etaVerdict(p.eta, stability) === 'unstable';
  const simReq = { ...model, seeds, alpha: simAlpha, alphaMin: ALPHA_MIN, nOut: 48 };
  const sim = useJob(LANE_SIM, 'sgdSimRuns', simReq, { partial: true });
  // Step moves the playback on; with the whole run shown it extends the run
  const extend = simAlpha < SIM_ALPHA.max ? () => setParam('simAlpha', Math.min(SIM_ALPHA.max, Number((simAlpha * STEP_FACTOR).toPrecision(3))), 'push') : undefined;

  const o = ode.data;
  const s = sim.data;
  const pl = o?.plateau ?? null;
  const xMax = Math.max(alpha, simAlpha);
  // Play: both curves up to the cursor's α (evenly in log α over the SGD run)
  const tCut = cursorTime(pb.cursor, ALPHA_MIN, simAlpha, 'log');
  const complete = s !== null && s.alpha.length > 0 && s.alpha[s.alpha.length - 1] >= simAlpha * 0.999;
  const reached = s && s.alpha.length ? s.alpha[s.alpha.length - 1] : null;
  const lines: Series[] = [];
  if (o) {
    const n = pointsUpTo(o.alpha, tCut);
    lines.push({ id: 'ode', label: unstable ? 'ODE (N → ∞), η past its stable limit: not learning' : 'ODE (N → ∞)', x: o.alpha.subarray(0, n), y: o.eg.subarray(0, n), color: 0 });
  }
  if (s) {
    const n = pointsUpTo(s.alpha, tCut);
    const label = `SGD, N = ${s.N} (${complete ? `${s.done}/${s.seeds} runs` : `${s.seeds} runs, α ≤ ${fmt(reached ?? 0)}`})`;
    lines.push({ id: 'sgd', label, x: s.alpha.subarray(0, n), y: s.eg.subarray(0, n), lo: s.eg_min.subarray(0, n), hi: s.eg_max.subarray(0, n), color: 1 });
  }
  const [odeLine, sgdLine] = [lines.find((l) => l.id === 'ode'), lines.find((l) => l.id === 'sgd')];
  if (pl) lines.push({ id: 'plateau', label: 'plateau ε*', x: [ALPHA_MIN, xMax], y: [pl.eg, pl.eg], color: 2, dash: true });
  const thresholds: Threshold[] = [];
  if (pl && pl.exit_predicted <= xMax) thresholds.push({ x: pl.exit_predicted, label: 'ln(1/a_0)/λ', color: 2 });
  if (pl?.exit_ode != null) thresholds.push({ x: pl.exit_ode, label: 'ODE exit' });
  const yDomain = egDomain(lines.flatMap((l) => [l.y, ...(l.lo ? [l.lo] : [])]));
  const simRunning = sim.running;

  return frame({
    csv: () => seriesCsv(lines, 'alpha', 'eg', [EG_FLOOR_NOTE]),
    json: () => ({ plateau: pl, ode_ok: o?.ok, ode_stopped_at: o?.stopped_at, stability }),
    progress: ode.progress ?? (simRunning ? sim.progress : null),
    error: ode.error ?? sim.error,
    caption: (
          <>
            Generalisation error <Tex>{'\\varepsilon_g = \\tfrac12\\mathbb E[(\\hat y - y^\\star)^2]'}</Tex> against time{' '}
            <Tex>{'\\alpha = \\text{steps}/N'}</Tex>. {odeLine ? <SeriesSwatch s={odeLine} /> : null} The ODEs for the order parameters (exact as <Tex>{'N \\to \\infty'}</Tex>),
            started from the overlaps of the very weights the first SGD run starts from. {sgdLine ? <SeriesSwatch s={sgdLine} /> : null} Online SGD at{' '}
            <Tex>{`N = ${p.N}`}</Tex>, mean and min–max band over the runs, <Tex>{'\\varepsilon_g'}</Tex> evaluated exactly from the
            network's overlaps. After a fast initial drop the student gets stuck on the <em>plateau</em>: all hidden units learn the same
            average of the teacher units, <Tex>{'R_{in} = r'}</Tex>, at height <Tex>{'\\varepsilon^*'}</Tex>. That symmetric fixed point is
            unstable with rate <Tex>\lambda</Tex>; the initial asymmetry <Tex>{'a_0'}</Tex> of the overlaps grows like{' '}
            <Tex>{'a_0 e^{\\lambda\\alpha}'}</Tex>, so the plateau ends after <Tex>{'\\approx \\ln(1/a_0)/\\lambda'}</Tex>. At finite{' '}
            <Tex>N</Tex> the SGD noise adds asymmetry of order <Tex>{'1/\\sqrt N'}</Tex>, so SGD tends to leave earlier and seeds spread.
            {pl ? (
              <>
                {' '}Here <Tex>{`\\varepsilon^* = ${fmt(pl.eg)}`}</Tex>, <Tex>{`\\lambda = ${fmt(pl.lambda_max)}`}</Tex>,{' '}
                <Tex>{`a_0 = ${fmt(pl.a0)}`}</Tex>: predicted exit <Tex>{`\\alpha \\approx ${fmt(pl.exit_predicted)}`}</Tex>
                {pl.exit_ode != null ? (
                  <>
                    , the ODE falls below <Tex>{'\\varepsilon^*/2'}</Tex> at <Tex>{`\\alpha = ${fmt(pl.exit_ode)}`}</Tex>
                  </>
                ) : (
                  <>, the ODE is still on the plateau at <Tex>{`\\alpha = ${fmt(alpha)}`}</Tex></>
                )}
                .
              </>
            ) : unstable ? null : (
              <> No symmetric plateau is marked for this setting (linear activation, a trained second layer, or <Tex>{'M = 1'}</Tex>).</>
            )}
            {o && o.stopped_at !== null ? (
              <>
                {' '}The ODE integration stopped at <Tex>{`\\alpha = ${fmt(o.stopped_at)}`}</Tex> (step budget exhausted: with ReLU the
                right-hand side is not Lipschitz once a unit aligns perfectly with a teacher unit); later points are not drawn.
              </>
            ) : null}
            {unstable && stability ? (
              <>
                {' '}<strong>
                  Here <Tex>{`\\eta = ${fmt(p.eta)}`}</Tex> is past the maximal stable <Tex>{`\\eta \\approx ${fmt(stability.eta_max!)}`}</Tex> for{' '}
                  <Tex>{`K = ${p.K},\ M = ${p.M}`}</Tex>
                </strong>
                : {limitReason(stability)}. The curves show that failure, not learning.
              </>
            ) : null}
            {divergesPastCap(lines.map((l) => l.y)) ? <DivergedNote why={<>the ODE diverges, <Tex>\eta</Tex> is past its stable limit</>} /> : null}{' '}
            Errors below <Tex>{'10^{-7}'}</Tex> sit on the axis.
          </>
    ),
    children: (
      <>
      <PlaybackControls
        what="SGD"
        onStepAtEnd={extend}
        stepAtEndLabel={`Step (α × ${STEP_FACTOR})`}
        status={
          <>
            SGD to α = {fmt(simAlpha)}:{' '}
            {pb.cursor < 1 ? `${pb.playing ? 'playing' : 'paused'} at α = ${fmt(tCut)}` : sim.running ? `running${reached !== null ? ` (α ≤ ${fmt(reached)})` : ''}` : s ? 'done' : ''}
          </>
        }
      />
      {unstable && stability ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800 dark:border-red-700 dark:bg-red-950 dark:text-red-200" data-eta-unstable={stability.eta_max!}>
          η = {fmt(p.eta)} exceeds the maximal stable η ≈ {fmt(stability.eta_max!)} for K = {p.K}, M = {p.M}: {limitReason(stability)}. This is not a
          learning curve.
        </p>
      ) : null}
      <div
        data-plateau-eg={pl?.eg ?? ''}
        data-plateau-lambda={pl?.lambda_max ?? ''}
        data-exit-predicted={pl?.exit_predicted ?? ''}
        data-exit-ode={pl?.exit_ode ?? ''}
        data-sim-done={complete ? s.done : 0}
        data-sim-alpha={reached ?? ''}
        data-playback-cursor={pb.cursor}
        data-ode-stopped={o?.stopped_at ?? ''}
      >
        <LineChart
          ref={svgRef}
          id="curve"
          ariaLabel="generalisation error against training time alpha, log-log: ODE, SGD runs with band, plateau level and predicted plateau exit"
          height={height}
          series={lines.map(egDrawn)}
          thresholds={thresholds}
          xLabel="α = steps / N"
          yLabel={EG_AXIS}
          xScale="log"
          yScale="log"
          xDomain={[ALPHA_MIN, xMax]}
          yDomain={yDomain}
        />
      </div>
      </>
    ),
  });
}, {
  cites: ['saad1995online', 'goldt2019dynamics'],
  // the ODE on its grid, and the SGD runs (their seeds, N) to the run's own length; the plateau ε* is sgd-learning-curve's plateau.eg
  cli: (p) => [
    curveCli(p, { ode: ['alpha', 'eg'] }),
    { command: 'sgd-sim-runs', args: { ...sgdModel(p), alpha: p.simAlpha, seeds: p.seeds }, series: { sgd: ['alpha', 'eg'] } },
  ],
});
