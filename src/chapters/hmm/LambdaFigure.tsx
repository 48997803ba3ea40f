import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series, Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { hmmModel, LAMBDA_GRID } from './requests.ts';

/** Figure 3: ε_g against λ at the reader's α, for the chosen loss, with the optimal λ marked. */
export const LambdaFigure = defineFigure(chapter, 'lambda', 340, function LambdaSweep({ p, height, svgRef, frame }) {
  const { act, loss, gamma } = hmmModel(p);
  const job = useJob('hmm/lambda', 'hmmLambdaSweep', { act, loss, gamma, alpha: p.alpha, grid: LAMBDA_GRID });
  const point = useJob('hmm/lambda-point', 'hmmPoint', { ...hmmModel(p), alpha: p.alpha }, { cancel: 'drop' });
  // one Brent root (a few ms): left to finish when superseded, its result dropped
  const sep = useJob('hmm/lambda-separability', 'hmmSeparability', { act, gamma }, { cancel: 'drop' });
  const alphaSep = loss === 'logistic' ? sep.data?.alpha_sep : undefined;
  const d = job.data;
  const series: Series[] = d ? [{ id: 'eg', label: `${loss === 'square' ? 'ridge' : 'logistic'}, α = ${fmt(p.alpha)}`, x: d.lambda, y: d.eg, color: loss === 'square' ? 0 : 1 }] : [];
  const thresholds: Threshold[] = d && Number.isFinite(d.lambda_opt) ? [{ x: d.lambda_opt, label: d.at_edge ? 'λ* at the range’s edge' : `λ* = ${fmt(d.lambda_opt)}`, color: 3 }] : [];
  const pt = point.data;
  const marker = pt ? { x: pt.lambda, y: pt.eg, label: `you: λ = ${fmt(pt.lambda)}` } : null;

  return frame({
    csv: () => seriesCsv(series, 'lambda', 'eg'),
    json: () => ({ alpha: p.alpha, lambda_opt: d?.lambda_opt, eg_opt: d?.eg_opt, at_edge: d?.at_edge }),
    jobs: [job, point, sep],
    caption: (
      <>
        Test error against the strength of the penalty <Tex>{'\\tfrac\\lambda2 |w|^2'}</Tex> at <Tex>{`\\alpha = ${fmt(p.alpha)}`}</Tex>. Too little
        regularisation fits the noise that the nonlinear features and the sign labels put into the data; too much shrinks the weights
        towards the data&rsquo;s mean direction (for a classifier only the direction of <Tex>w</Tex> counts, so the error levels off as{' '}
        <Tex>{'\\lambda \\to \\infty'}</Tex>).
        {d && Number.isFinite(d.lambda_opt) ? (
          d.at_edge ? (
            <> On this range the smallest error sits at its edge, <Tex>{`\\lambda = ${fmt(d.lambda_opt)}`}</Tex>: the optimum is there or beyond.</>
          ) : (
            <>
              {' '}The optimum <Tex>{`\\lambda^\\star = ${fmt(d.lambda_opt)}`}</Tex> gives <Tex>{`\\varepsilon_g = ${fmt(d.eg_opt)}`}</Tex>.
            </>
          )
        ) : null}
        {alphaSep !== undefined ? (
          p.alpha < alphaSep ? (
            <>
              {' '}Here <Tex>{`\\alpha = ${fmt(p.alpha)}`}</Tex> is below the separability threshold{' '}
              <Tex>{`\\alpha_{\\rm sep} = ${fmt(alphaSep)}`}</Tex>: the training set is linearly separable, so as{' '}
              <Tex>{'\\lambda \\to 0^+'}</Tex> the logistic weights grow without bound and their direction tends to the max-margin
              classifier&rsquo;s — the curve&rsquo;s left end tends to its error.
            </>
          ) : (
            <>
              {' '}Here <Tex>{`\\alpha = ${fmt(p.alpha)}`}</Tex> is above the separability threshold{' '}
              <Tex>{`\\alpha_{\\rm sep} = ${fmt(alphaSep)}`}</Tex>: the training set is not linearly separable, and as{' '}
              <Tex>{'\\lambda \\to 0'}</Tex> logistic regression tends to the unregularised maximum-likelihood fit.
            </>
          )
        ) : null}
      </>
    ),
    children: (
      <LineChart
        ref={svgRef}
        id="lambda"
        ariaLabel="test error against the regularisation lambda at the chosen alpha, with the optimal lambda marked"
        height={height}
        series={series}
        thresholds={thresholds}
        marker={marker}
        xLabel="λ (ridge penalty)"
        yLabel="test error ε_g"
        xScale="log"
        yScale="lin"
        xDomain={[LAMBDA_GRID.min, LAMBDA_GRID.max]}
      />
    ),
  });
}, {
  cli: (p) => [{ command: 'hmm-lambda', args: { act: p.act, loss: p.loss, gamma: p.gamma, alpha: p.alpha }, series: { eg: ['lambda', 'eg'] } }],
});
