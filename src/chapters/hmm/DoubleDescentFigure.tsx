import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series, Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { PSI_GRID } from './requests.ts';

/**
 * Figure 2: double descent — ridge ε_g against the model size p/n at fixed data (d/n = γ/α of the reader's
 * point), for a few λ and the optimal λ at each p/n.
 */
export const DoubleDescentFigure = defineFigure(chapter, 'dd', 360, function DoubleDescent({ p, height, svgRef, frame }) {
  const dOverN = p.gamma / p.alpha;
  const job = useJob('hmm/dd', 'hmmDoubleDescent', { act: p.act, dOverN, grid: PSI_GRID });
  const d = job.data;
  const n = d ? d.psi.length : 0;
  const series: Series[] = d
    ? [
        ...Array.from(d.lambdas, (lambda, j) => ({
          id: `lambda-${j}`,
          label: `λ = ${lambda < 1e-3 ? lambda.toExponential(0) : fmt(lambda)}`,
          x: d.psi,
          y: d.eg.subarray(j * n, (j + 1) * n),
          color: j,
        })),
        { id: 'opt', label: 'optimal λ', x: d.psi, y: d.eg_opt, color: 3, dash: true },
      ]
    : [];
  const thresholds: Threshold[] = [{ x: 1, label: 'p = n', color: 6 }];
  if (Math.abs(Math.log(1 / p.alpha)) > 0.05) thresholds.push({ x: 1 / p.alpha, label: 'you: p/n = 1/α' });

  return frame({
    csv: () => seriesCsv(series, 'p_over_n', 'eg'),
    json: () => ({ d_over_n: dOverN, lambda_opt: d && Array.from(d.lambda_opt) }),
    jobs: [job],
    caption: (
      <>
        Ridge regression on <Tex>p</Tex> random features of a fixed data set: <Tex>n</Tex> samples of a latent space of dimension{' '}
        <Tex>{`d = ${fmt(dOverN)}\\,n`}</Tex> (the reader&rsquo;s <Tex>{'\\gamma/\\alpha'}</Tex>), so that along the axis{' '}
        <Tex>{'\\alpha = n/p'}</Tex> and <Tex>{'\\gamma = d/p'}</Tex> both move. As <Tex>{'\\lambda \\to 0'}</Tex> the error peaks at the
        interpolation threshold <Tex>{'p = n'}</Tex>, where the minimum-norm fit of the training labels is most unstable, and descends again
        as the model grows: <em>double descent</em> (Belkin et al. 2019; Mei &amp; Montanari 2019). Regularisation lowers the peak, and the
        optimal <Tex>{'\\lambda^\\star(p/n)'}</Tex> (dashed) removes it.
      </>
    ),
    children: (
      <LineChart
        ref={svgRef}
        id="dd"
        ariaLabel="ridge test error against p/n for several regularisations and the optimal one: the interpolation peak at p = n"
        height={height}
        series={series}
        thresholds={thresholds}
        xLabel="p/n (features per sample)"
        yLabel="test error ε_g"
        xScale="log"
        yScale="lin"
        xDomain={[PSI_GRID.min, PSI_GRID.max]}
      />
    ),
  });
}, {
  // d/n = γ/α is formed by the command from the same two numbers
  cli: (p) => [
    {
      command: 'hmm-double-descent',
      args: { act: p.act, gamma: p.gamma, alpha: p.alpha },
      series: { 'lambda-0': ['p_over_n', 'eg_lambda0'], 'lambda-1': ['p_over_n', 'eg_lambda1'], 'lambda-2': ['p_over_n', 'eg_lambda2'], opt: ['p_over_n', 'eg_opt'] },
    },
  ],
});
