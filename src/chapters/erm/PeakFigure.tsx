import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { fmt } from '../../charts/format.ts';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { lambdaText, PEAK_GRID } from './requests.ts';

/** Figure 3: ridge at λ → 0⁺ diverges at α = 1 (test MSE; ε_g → ½); small λ tames the peak, λ* removes it. */
export const PeakFigure = defineFigure(chapter, 'peak', 340, function Peak({ p, height, svgRef, frame }) {
  const peak = useJob('erm/peak', 'ermRidgePeak', PEAK_GRID);
  const d = peak.data;
  const lines: Series[] = [];
  if (d) {
    const last = d.lambdas.length - 1;
    d.lambdas.forEach((l, k) => {
      const tag = k === last ? `λ* = ${fmt(l)}` : lambdaText(l);
      lines.push({ id: `eg-${k}`, label: `ε_g, ${tag}`, x: d.alpha, y: d.eg[k], color: k });
    });
    for (const k of [0, last]) {
      const tag = k === last ? 'λ*' : lambdaText(d.lambdas[k]);
      // the peak's MSE is infinite at α = 1: the chart skips non-finite values
      lines.push({ id: `mse-${k}`, label: `test MSE, ${tag}`, x: d.alpha, y: d.test_mse[k], color: k, dash: true });
    }
  }
  return frame({
    csv: () => seriesCsv(lines, 'alpha', 'value'),
    jobs: [peak],
    caption: (
      <>
        Ridge regression on the sign labels (square loss). At <Tex>{'\\lambda \\to 0^+'}</Tex> it is the minimum-norm interpolator for{' '}
        <Tex>{'\\alpha < 1'}</Tex> and least squares for <Tex>{'\\alpha > 1'}</Tex>; at <Tex>{'\\alpha = 1'}</Tex> (<Tex>{'n = d'}</Tex>) the
        design matrix is square and nearly singular, the weights&rsquo; norm <Tex>{'q'}</Tex> diverges, and with it the test mean-square error{' '}
        <Tex>{'\\mathbb E(y - x\\cdot\\hat w)^2 = 1 - 2m\\sqrt{2/\\pi} + q'}</Tex> (dashed) while <Tex>{'\\varepsilon_g \\to 1/2'}</Tex>: the
        interpolation peak of double descent. Closed form: <Tex>{'\\lambda V^2 + (\\lambda + \\alpha - 1)V - 1 = 0'}</Tex>,{' '}
        <Tex>{'m = \\alpha\\sqrt{2/\\pi}\\,V/(1+V)'}</Tex>. Any <Tex>{'\\lambda > 0'}</Tex> caps it; the optimal{' '}
        <Tex>{'\\lambda^* = \\pi/2 - 1'}</Tex> removes it and makes the error decrease monotonically.
        {p.loss === 'square' ? null : <> (This figure is about the square loss whatever loss is chosen above.)</>}
      </>
    ),
    children: (
      <LineChart
        ref={svgRef}
        id="peak"
        ariaLabel="ridge regression error and test mean-square error against alpha, for lambda to zero, small lambdas and the optimal lambda"
        height={height}
        series={lines}
        thresholds={[{ x: 1, label: 'α = 1 (n = d)', color: 5 }]}
        xLabel="α = n/d (samples per dimension)"
        yLabel="ε_g (solid), test MSE (dashed)"
        xScale="log"
        yScale="log"
        xDomain={[PEAK_GRID.alphaMin, PEAK_GRID.alphaMax]}
        yDomain={[0.02, 20]}
      />
    ),
  });
}, {
  // eg-k / mse-k are λ = lambdas[k]: k = 0…3 the fixed list, 4 = λ*
  cli: () => [{
    command: 'erm-peak', args: {},
    series: { ...Object.fromEntries([0, 1, 2, 3, 4].map((k) => [`eg-${k}`, ['alpha', `eg_${k}`]])), 'mse-0': ['alpha', 'test_mse_0'], 'mse-4': ['alpha', 'test_mse_4'] },
  }],
});
