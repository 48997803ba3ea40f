import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series, Threshold } from '../../charts/types.ts';
import { followingMarker } from '../../charts/readout.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import type { CliCall } from '../../cite/cli.ts';
import { chapter } from './meta.ts';
import { ALPHA_GRID, hmmModel, simCurveRequest } from './requests.ts';

const LOSS_LABEL = { square: 'ridge', logistic: 'logistic' } as const;

/**
 * Figure 1: ε_g(α = n/p) of ridge and logistic regression at the reader's λ, γ and σ from the fixed point,
 * with real training at finite p on the σ(FC) features and on their Gaussian equivalent (the chosen loss).
 */
export const LearningCurveFigure = defineFigure(chapter, 'curve', 360, function LearningCurve({ p, height, svgRef, frame }) {
  const model = hmmModel(p);
  const ridge = useJob('hmm/curve-ridge', 'hmmCurve', { ...model, loss: 'square', grid: ALPHA_GRID });
  const logistic = useJob('hmm/curve-logistic', 'hmmCurve', { ...model, loss: 'logistic', grid: ALPHA_GRID });
  const point = useJob('hmm/curve-point', 'hmmPoint', { ...model, alpha: p.alpha }, { cancel: 'drop' });
  // the finite-size points stream (workers/physics/hmm/sim.ts): seed 0 at every α, then the others, each point the mean
  // of its seeds so far; a newer request cancels the run between two pauses, so it starts at once (no settle window)
  const simReq = simCurveRequest(p);
  const sim = useJob('hmm/curve-sim', 'hmmSimCurve', simReq, { partial: true });
  // one Brent root (a few ms): left to finish when superseded, its result dropped
  const sep = useJob('hmm/curve-separability', 'hmmSeparability', { act: p.act, gamma: p.gamma }, { cancel: 'drop' });

  const theory = (id: string, label: string, c: typeof ridge.data, color: number, dash: boolean): Series[] =>
    c ? [{ id, label, x: c.alpha, y: c.eg.map((v, i) => (c.converged[i] ? v : NaN)), color, dash }] : [];
  const lines: Series[] = [
    ...theory('ridge', 'ridge (theory)', ridge.data, 0, p.loss !== 'square'),
    ...theory('logistic', 'logistic (theory)', logistic.data, 1, p.loss !== 'logistic'),
  ];
  const s = sim.data;
  // the (α, seed) runs over so far, of all; the seed count in the legend only once every point has them all
  const runs = s ? s.seeds_done.reduce((a, k) => a + k, 0) : 0;
  const allRuns = simReq.alphas.length * simReq.seeds;
  const running = !!s && !s.over;
  const band = (m: Float64Array, sd: Float64Array) => ({ lo: m.map((v, i) => v - sd[i]), hi: m.map((v, i) => v + sd[i]) });
  const points: Series[] = s
    ? [
        { id: 'sim', label: `σ(FC) data, p = ${simReq.p} (${running ? 'seeds so far' : `${simReq.seeds} seeds`})`, kind: 'points', x: s.alpha, y: s.eg_mean, ...band(s.eg_mean, s.eg_std), color: 4 },
        { id: 'sim-gauss', label: 'Gaussian equivalent', kind: 'points', x: s.alpha, y: s.eg_gauss_mean, ...band(s.eg_gauss_mean, s.eg_gauss_std), color: 2 },
      ]
    : [];
  const pt = point.data;
  // the marker follows the slider at once on the drawn curve of the chosen loss, and reads ε_g when the point arrives
  const marker = followingMarker(
    p.alpha,
    pt && point.current ? { x: pt.alpha, y: pt.eg, label: `ε_g = ${fmt(pt.eg)} at α = ${fmt(pt.alpha)}` } : null,
    lines.find((l) => l.id === (p.loss === 'square' ? 'ridge' : 'logistic')),
    `α = ${fmt(p.alpha)}`,
  );
  // the separability threshold, drawn where the axis reaches it (the logistic curve is always drawn)
  const alphaSep = sep.data?.alpha_sep;
  const sepDrawn = alphaSep !== undefined && alphaSep >= ALPHA_GRID.min && alphaSep <= ALPHA_GRID.max;
  const thresholds: Threshold[] = sepDrawn ? [{ x: alphaSep, label: `α_sep = ${fmt(alphaSep)}`, color: 1 }] : [];

  return frame({
    csv: () => seriesCsv([...lines, ...points], 'alpha', 'eg'),
    json: () => ({ point: pt, sim: s && { alpha: Array.from(s.alpha), eg_mean: Array.from(s.eg_mean), eg_std: Array.from(s.eg_std), eg_gauss_mean: Array.from(s.eg_gauss_mean), eg_gauss_std: Array.from(s.eg_gauss_std) } }),
    jobs: [ridge, logistic, point, sim, sep],
    caption: (
      <>
        Classification error <Tex>{'\\varepsilon_g = \\tfrac1\\pi \\arccos(m/\\sqrt q)'}</Tex> against the number of samples per feature{' '}
        <Tex>{'\\alpha = n/p'}</Tex>, from the replica fixed point (<Tex>{'p \\to \\infty'}</Tex> at{' '}
        <Tex>{`\\gamma = d/p = ${fmt(p.gamma)}`}</Tex>, <Tex>{`\\lambda = ${fmt(p.lambda)}`}</Tex>), for ridge and logistic regression on
        the features <Tex>{'x = \\sigma(Fc/\\sqrt d)'}</Tex>. At small <Tex>\lambda</Tex> ridge peaks where it starts to interpolate,{' '}
        <Tex>{'n = p'}</Tex>; logistic regression, whose loss keeps pushing the margins, does better. Dots: {LOSS_LABEL[p.loss]} trained on{' '}
        <Tex>{`${simReq.seeds}`}</Tex> random instances with <Tex>{`p = ${simReq.p}`}</Tex> features — on the real{' '}
        <Tex>{'\\sigma(FC)'}</Tex> data (tested on 2000 fresh samples) and on its Gaussian equivalent{' '}
        <Tex>{'\\kappa_1 Fc/\\sqrt d + \\kappa_\\star \\xi'}</Tex> (exact test error); bars: ± one standard deviation across seeds
        {running ? <> — running: {runs} of {allRuns} runs so far, each point the mean of its seeds so far</> : null}. That
        both sit on the same curve is Gaussian equivalence.
        {alphaSep !== undefined ? (
          <>
            {' '}
            {sepDrawn ? 'The vertical line marks' : 'Beyond this axis lies'} the separability threshold{' '}
            <Tex>{`\\alpha_{\\rm sep} = ${fmt(alphaSep)}`}</Tex>: for fewer samples the training set is linearly separable, so
            unregularised logistic regression has no minimiser, its norm diverging as <Tex>{'\\lambda \\to 0^+'}</Tex> while its
            direction tends to the max-margin classifier&rsquo;s; the logistic curve at small <Tex>\lambda</Tex> approaches that limit
            there, and the unregularised maximum-likelihood fit above it.
          </>
        ) : null}
        {pt ? (
          <>
            {' '}At <Tex>{`\\alpha = ${fmt(pt.alpha)}`}</Tex>: <Tex>{`m = ${fmt(pt.m)}`}</Tex>, <Tex>{`q = ${fmt(pt.q)}`}</Tex>, training loss{' '}
            <Tex>{fmt(pt.train_loss)}</Tex>.
          </>
        ) : null}
      </>
    ),
    children: (
      <div data-sim-done={s?.done ?? 0} data-sim-runs={runs}>
        <LineChart
          ref={svgRef}
          id="curve"
          ariaLabel="classification error against alpha = n/p for ridge and logistic regression, with finite-size training on sigma(FC) data and its Gaussian equivalent"
          height={height}
          series={[...lines, ...points]}
          thresholds={thresholds}
          marker={marker}
          xLabel="α = n/p (samples per feature)"
          yLabel="test error ε_g"
          xScale="log"
          yScale="lin"
          xDomain={[ALPHA_GRID.min, ALPHA_GRID.max]}
        />
      </div>
    ),
  });
}, {
  // the theory on the figure's α grid, then the finite-size points for the same seeds
  cli: (p): CliCall[] => [
    { command: 'hmm-learning-curve', args: { act: p.act, lambda: p.lambda, gamma: p.gamma }, series: { ridge: ['alpha', 'eg_ridge'], logistic: ['alpha', 'eg_logistic'] } },
    {
      command: 'hmm-sim-curve',
      args: { act: p.act, loss: p.loss, lambda: p.lambda, gamma: p.gamma, p: p.p, seed: p.seed, seeds: p.seeds },
      series: { sim: ['alpha', 'eg_mean'], 'sim-gauss': ['alpha', 'eg_gauss_mean'] },
    },
  ],
});
