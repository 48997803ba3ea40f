import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { fmt } from '../../charts/format.ts';
import { followingMarker } from '../../charts/readout.ts';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import type { CliCall } from '../../cite/cli.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { COLOR, CURVE_GRID, LOSS_LABEL, lambdaArg, lambdaText, simRequest } from './requests.ts';

/**
 * Figure 1: ε_g(α) of the Bayes-optimal estimator, of the three losses at the chosen λ, of the
 * max-margin classifier and of optimally regularised ridge and logistic; dots: real training runs.
 */
/** The drawn curve the point of (loss, λ) lies on: λ* for ridge and logistic, the hinge at λ → 0⁺ is max-margin. */
function markedSeries(loss: string, lambda: number): string | null {
  if (lambda === Infinity) return loss === 'hinge' ? null : `${loss === 'square' ? 'ridge' : loss}-opt`;
  return loss === 'hinge' && lambda === 0 ? 'maxmargin' : loss;
}

export const CurvesFigure = defineFigure(chapter, 'curves', 380, function Curves({ p, height, svgRef, frame }) {
  const ref = useJob('erm/curves-reference', 'ermReference', CURVE_GRID);
  const atLambda = useJob('erm/losses', 'ermLossCurves', p.lambda === Infinity ? null : { ...CURVE_GRID, lambda: p.lambda });
  const point = useJob('erm/point', 'ermPoint', { loss: p.loss, lambda: p.lambda, alpha: p.alpha }, { cancel: 'drop' });
  // the training dots stream (workers/physics/erm/simCurve.ts): run 0 at every α, then the others, each dot the mean
  // of its runs so far; a newer request cancels the run between two training runs, so it starts at once
  const sim = useJob('erm/sim', 'ermSimCurve', simRequest(p), { partial: true });
  const r = ref.data;
  const l = atLambda.data;
  const lines: Series[] = [];
  if (r) {
    lines.push({ id: 'bayes', label: 'Bayes-optimal', x: r.alpha, y: r.eg_bayes, color: COLOR.bayes });
    lines.push({ id: 'maxmargin', label: 'max-margin', x: r.alpha, y: r.eg_maxmargin, color: COLOR.hinge, dash: true });
    lines.push({ id: 'ridge-opt', label: 'ridge, λ*', x: r.alpha, y: r.eg_ridge_opt, color: COLOR.square, dash: true });
    lines.push({ id: 'logistic-opt', label: 'logistic, λ*', x: r.alpha, y: r.eg_logistic_opt, color: COLOR.logistic, dash: true });
  }
  if (l) {
    const tag = lambdaText(l.lambda);
    lines.push({ id: 'square', label: `ridge, ${tag}`, x: l.alpha, y: l.eg_square, color: COLOR.square });
    lines.push({ id: 'logistic', label: `logistic, ${tag}`, x: l.alpha, y: l.eg_logistic, color: COLOR.logistic });
    if (l.lambda > 0) lines.push({ id: 'hinge', label: `hinge, ${tag}`, x: l.alpha, y: l.eg_hinge, color: COLOR.hinge });
  }
  const s = sim.data;
  const runsAll = s ? s.alpha.length * s.n_runs : 0;
  const points: Series[] = s
    ? [{
        id: 'sim', kind: 'points', label: `${LOSS_LABEL[p.loss]} trained, d = ${s.d} (${s.runs_done < runsAll ? `${s.runs_done} of ${runsAll} runs so far` : `${s.n_runs} seeds`})`,
        x: s.alpha, y: s.eg_mean, lo: s.eg_mean.map((m, i) => m - s.eg_std[i]), hi: s.eg_mean.map((m, i) => m + s.eg_std[i]), color: 4,
      }]
    : [];
  const pt = point.data;
  // the marker follows the slider at once, on the drawn curve of the chosen loss and λ, and reads ε_g when the
  // point at this α arrives; beyond the axis (α > 50) the marker is the rates figure's (a clamped scale would pin it)
  const read = pt !== null && point.current;
  const marker =
    p.alpha > CURVE_GRID.alphaMax
      ? null
      : followingMarker(
          p.alpha,
          read ? { x: pt.alpha, y: pt.eg, label: `${LOSS_LABEL[p.loss]}: ε_g = ${fmt(pt.eg)} at α = ${fmt(pt.alpha)}${p.lambda === Infinity ? `, λ* = ${fmt(pt.lambda)}` : ''}` } : null,
          lines.find((l) => l.id === markedSeries(p.loss, p.lambda)),
          `${LOSS_LABEL[p.loss]} at α = ${fmt(p.alpha)}`,
        );
  return frame({
    csv: () => seriesCsv([...lines, ...points], 'alpha', 'eg'),
    json: () => ({ point: pt, sim: s && { ...s, alpha: Array.from(s.alpha), eg_mean: Array.from(s.eg_mean), eg_std: Array.from(s.eg_std) } }),
    jobs: [ref, atLambda, point, sim],
    caption: (
      <>
        Classification error <Tex>{'\\varepsilon_g = \\arccos(m/\\sqrt q)/\\pi'}</Tex> of a perceptron trained by empirical risk minimisation,
        against the number of samples per dimension, from the replica fixed point (<Tex>{'d \\to \\infty'}</Tex>). The Bayes-optimal
        error (the GLM chapter&rsquo;s, imported) bounds every learner from below. Dashed: the max-margin classifier (hinge or logistic
        loss at <Tex>{'\\lambda \\to 0^+'}</Tex>) and ridge and logistic regression at the <Tex>\lambda</Tex> that minimises{' '}
        <Tex>{'\\varepsilon_g'}</Tex> at each <Tex>\alpha</Tex>: optimally regularised logistic regression lies within 0.1&nbsp;% of Bayes at
        every <Tex>\alpha</Tex> here, while ridge falls behind as <Tex>\alpha</Tex> grows. Solid: the three losses at the chosen{' '}
        <Tex>\lambda</Tex>. Dots: {LOSS_LABEL[p.loss]} trained on <Tex>{`${p.seeds}`}</Tex> random instances of dimension{' '}
        <Tex>{`d = ${p.d}`}</Tex> (bar: ± one standard deviation); their error is computed exactly from the trained weights
        {s && s.runs_done < runsAll ? <> — running: {s.runs_done} of {runsAll} runs so far, each dot the mean of its runs so far</> : null}.
        {pt && p.lambda === Infinity ? <> At <Tex>{`\\alpha = ${fmt(pt.alpha)}`}</Tex> the optimal <Tex>{`\\lambda^* = ${fmt(pt.lambda)}`}</Tex>.</> : null}
      </>
    ),
    children: (
      <div data-sim-runs={s ? s.runs_done : 0}>
        <LineChart
          ref={svgRef}
          id="curves"
          ariaLabel="generalisation error against alpha for Bayes-optimal, ridge, logistic and max-margin learners, with finite-size training runs"
          height={height}
          series={[...lines, ...points]}
          marker={marker}
          xLabel="α = n/d (samples per dimension)"
          yLabel="classification error ε_g"
          xScale="log"
          yScale="log"
          xDomain={[CURVE_GRID.alphaMin, CURVE_GRID.alphaMax]}
        />
      </div>
    ),
  });
}, {
  // the reference curves, the three losses at λ (a number or 0) and the training dots, each on the figure's grid
  cli: (p): CliCall[] => [
    { command: 'erm-reference', args: {}, series: { bayes: ['alpha', 'eg_bayes'], maxmargin: ['alpha', 'eg_maxmargin'], 'ridge-opt': ['alpha', 'eg_ridge_opt'], 'logistic-opt': ['alpha', 'eg_logistic_opt'] } },
    ...(p.lambda === Infinity
      ? []
      : [{ command: 'erm-losses', args: { lambda: p.lambda }, series: { square: ['alpha', 'eg_square'] as const, logistic: ['alpha', 'eg_logistic'] as const, ...(p.lambda > 0 ? { hinge: ['alpha', 'eg_hinge'] as const } : {}) } }]),
    { command: 'erm-sim-curve', args: { loss: p.loss, lambda: lambdaArg(p.lambda), d: p.d, seed: p.seed, seeds: p.seeds }, series: { sim: ['alpha', 'eg_mean'] } },
  ],
});
