import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { COLOR, RATES_GRID } from './requests.ts';

/** Published large-α constants of α·ε_g (PHYSICS.md §6): Bayes-optimal 0.4417, max-margin 0.500. */
const BAYES_RATE = 0.4417;
const MAX_MARGIN_RATE = 0.5;

/** Figure 4: α·ε_g against α; Bayes and max-margin level off at their published constants, ridge grows like √α. */
export const RatesFigure = defineFigure(chapter, 'rates', 340, function Rates({ height, svgRef, frame }) {
  const rates = useJob('erm/rates', 'ermRates', RATES_GRID);
  const r = rates.data;
  const ends = [RATES_GRID.alphaMin, RATES_GRID.alphaMax];
  const lines: Series[] = r
    ? [
        { id: 'bayes', label: 'Bayes-optimal', x: r.alpha, y: r.rate_bayes, color: COLOR.bayes },
        { id: 'maxmargin', label: 'max-margin', x: r.alpha, y: r.rate_maxmargin, color: COLOR.hinge },
        { id: 'logistic-opt', label: `logistic, λ* (α ≤ ${RATES_GRID.logisticAlphaMax})`, x: r.alpha, y: r.rate_logistic_opt, color: COLOR.logistic, dash: true },
        { id: 'ridge-opt', label: 'ridge, λ*', x: r.alpha, y: r.rate_ridge_opt, color: COLOR.square, dash: true },
        { id: 'bayes-rate', label: '0.4417 (Bayes, α → ∞)', x: ends, y: [BAYES_RATE, BAYES_RATE], color: COLOR.bayes, dash: true },
        { id: 'maxmargin-rate', label: '0.500 (max-margin, α → ∞)', x: ends, y: [MAX_MARGIN_RATE, MAX_MARGIN_RATE], color: COLOR.hinge, dash: true },
      ]
    : [];
  return frame({
    csv: () => seriesCsv(lines, 'alpha', 'alpha_times_eg'),
    jobs: [rates],
    caption: (
      <>
        The error times the number of samples per dimension, <Tex>{'\\alpha\\,\\varepsilon_g'}</Tex>: a learner whose error decays like{' '}
        <Tex>{'1/\\alpha'}</Tex> levels off. The Bayes-optimal error tends to <Tex>{'0.4417/\\alpha'}</Tex> and the max-margin
        classifier&rsquo;s to <Tex>{'0.500/\\alpha'}</Tex> (Gardner; Engel &amp; Van den Broeck, <em>Statistical Mechanics of Learning</em>;
        Aubin, Lu, Krzakala, Zdeborová, NeurIPS 2020, arXiv:2006.06560): the horizontal lines. Optimally regularised logistic regression
        follows the Bayes rate, its <Tex>{'\\lambda^*'}</Tex> shrinking towards 0 (drawn to <Tex>{`\\alpha = ${RATES_GRID.logisticAlphaMax}`}</Tex>:
        beyond, <Tex>{'\\lambda^* < 10^{-5}'}</Tex> and each point costs seconds). By <Tex>{'\\alpha = 1000'}</Tex> Bayes is at 0.4417 and
        max-margin at 0.5005 to four digits (the replica value of the optimal-stability perceptron; 0.500 as published). Ridge, even at its optimal <Tex>\lambda</Tex>, only
        reaches <Tex>{'\\varepsilon_g \\propto \\alpha^{-1/2}'}</Tex>: the square loss keeps penalising correctly classified points far from
        the boundary.
      </>
    ),
    children: (
      <LineChart
        ref={svgRef}
        id="rates"
        ariaLabel="alpha times generalisation error against alpha, with the published asymptotic constants of Bayes-optimal and max-margin learning"
        height={height}
        series={lines}
        xLabel="α = n/d (samples per dimension)"
        yLabel="α · ε_g"
        xScale="log"
        yScale="lin"
        xDomain={[RATES_GRID.alphaMin, RATES_GRID.alphaMax]}
        yDomain={[0, 2]}
      />
    ),
  });
}, {
  cli: () => [{ command: 'erm-rates', args: {}, series: { bayes: ['alpha', 'rate_bayes'], maxmargin: ['alpha', 'rate_maxmargin'], 'logistic-opt': ['alpha', 'rate_logistic_opt'], 'ridge-opt': ['alpha', 'rate_ridge_opt'] } }],
});
