import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { fmt } from '../../charts/format.ts';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series, Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { COLOR, LAMBDA_GRID, LOSS_LABEL } from './requests.ts';

/** Figure 2: ε_g against λ at the chosen α for the three losses; λ* of square and logistic marked. */
export const LambdaFigure = defineFigure(chapter, 'lambda', 340, function LambdaScan({ p, height, svgRef, frame }) {
  const scan = useJob('erm/lambda', 'ermLambdaScan', { alpha: p.alpha, ...LAMBDA_GRID });
  const finite = p.lambda > 0 && p.lambda !== Infinity;
  const point = useJob('erm/lambda-point', 'ermPoint', finite ? { loss: p.loss, lambda: p.lambda, alpha: p.alpha } : null, { cancel: 'drop' });
  const s = scan.data;
  const lines: Series[] = s
    ? [
        { id: 'square', label: 'ridge (square)', x: s.lambda, y: s.eg_square, color: COLOR.square },
        { id: 'logistic', label: 'logistic', x: s.lambda, y: s.eg_logistic, color: COLOR.logistic },
        { id: 'hinge', label: 'hinge (SVM)', x: s.lambda, y: s.eg_hinge, color: COLOR.hinge },
      ]
    : [];
  const inAxis = (l: number) => l >= LAMBDA_GRID.lambdaMin && l <= LAMBDA_GRID.lambdaMax;
  const thresholds: Threshold[] = s
    ? [
        ...(inAxis(s.lambda_opt_square) ? [{ x: s.lambda_opt_square, label: 'λ* ridge', color: COLOR.square }] : []),
        ...(inAxis(s.lambda_opt_logistic) ? [{ x: s.lambda_opt_logistic, label: 'λ* logistic', color: COLOR.logistic }] : []),
      ]
    : [];
  const pt = point.data;
  const marker = pt && inAxis(pt.lambda) ? { x: pt.lambda, y: pt.eg, label: `${LOSS_LABEL[p.loss]}: ε_g = ${fmt(pt.eg)} at λ = ${fmt(pt.lambda)}` } : null;
  return frame({
    csv: () => seriesCsv(lines, 'lambda', 'eg'),
    json: () => ({ scan: s && { lambda_opt_square: s.lambda_opt_square, eg_opt_square: s.eg_opt_square, lambda_opt_logistic: s.lambda_opt_logistic, eg_opt_logistic: s.eg_opt_logistic, eg_zero_square: s.eg_zero_square, eg_zero_hinge: s.eg_zero_hinge } }),
    jobs: [scan, point],
    caption: (
      <>
        Test error against the strength <Tex>\lambda</Tex> of the penalty <Tex>{'\\tfrac\\lambda2 |w|^2'}</Tex> at{' '}
        <Tex>{`\\alpha = ${fmt(p.alpha)}`}</Tex>. Too little regularisation fits the particular sample, too much shrinks the weights
        towards the data&rsquo;s mean direction: the error is U-shaped, with its minimum at <Tex>{'\\lambda^*'}</Tex> (vertical lines). For
        ridge <Tex>{'\\lambda^* = \\pi/2 - 1'}</Tex> at every <Tex>\alpha</Tex>: the sign labels act on the square loss like Gaussian
        noise of variance <Tex>{'1 - 2/\\pi'}</Tex> on a signal <Tex>{'2/\\pi'}</Tex>. The logistic optimum moves to 0 as{' '}
        <Tex>\alpha</Tex> grows. Left end (<Tex>{'\\lambda \\to 0^+'}</Tex>): the minimum-norm interpolator for ridge
        {s ? <> (<Tex>{`\\varepsilon_g = ${fmt(s.eg_zero_square)}`}</Tex>)</> : null}, the max-margin classifier for hinge and logistic
        {s ? <> (<Tex>{`\\varepsilon_g = ${fmt(s.eg_zero_hinge)}`}</Tex>)</> : null}.
        {s ? <> Here <Tex>{`\\lambda^*_{\\rm ridge} = ${fmt(s.lambda_opt_square)}`}</Tex> gives <Tex>{`${fmt(s.eg_opt_square)}`}</Tex>, <Tex>{`\\lambda^*_{\\rm logistic} = ${fmt(s.lambda_opt_logistic)}`}</Tex> gives <Tex>{`${fmt(s.eg_opt_logistic)}`}</Tex>.</> : null}
      </>
    ),
    children: (
      <LineChart
        ref={svgRef}
        id="lambda"
        ariaLabel="generalisation error against the regularisation strength lambda for ridge, logistic and hinge losses, optimal lambda marked"
        height={height}
        series={lines}
        thresholds={thresholds}
        marker={marker}
        xLabel="λ (ridge penalty)"
        yLabel="classification error ε_g"
        xScale="log"
        yScale="lin"
        xDomain={[LAMBDA_GRID.lambdaMin, LAMBDA_GRID.lambdaMax]}
      />
    ),
  });
}, {
  cli: (p) => [{ command: 'erm-lambda-scan', args: { alpha: p.alpha }, series: { square: ['lambda', 'eg_square'], logistic: ['lambda', 'eg_logistic'], hinge: ['lambda', 'eg_hinge'] } }],
});
