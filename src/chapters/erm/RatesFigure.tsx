import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { COLOR, LOSS_LABEL, RATES_GRID } from './requests.ts';
import { fmt } from '../../charts/format.ts';

/** Published large-α constants of α·ε_g (PHYSICS.md §6): Bayes-optimal 0.4417, max-margin 0.500. */
const BAYES_RATE = 0.4417;
const MAX_MARGIN_RATE = 0.5;
/** the y axis' top: the reference constants stay apart; ridge's √α growth leaves the frame near α = 70 */
const Y_MAX = 2;

/** Figure 4: α·ε_g against α; Bayes and max-margin level off at their published constants, ridge grows like √α. */
export const RatesFigure = defineFigure(chapter, 'rates', 340, function Rates({ p, height, svgRef, frame }) {
  const rates = useJob('erm/rates', 'ermRates', RATES_GRID);
  // the reader's learner at the chosen α (its own lane: a lane runs one job, the newest request cancels the older)
  const point = useJob('erm/rates-point', 'ermPoint', { loss: p.loss, lambda: p.lambda, alpha: p.alpha }, { cancel: 'drop' });
  const pt = point.data;
  const rate = pt ? pt.alpha * pt.eg : NaN;
  const marker = pt && rate <= Y_MAX ? { x: pt.alpha, y: rate, label: `${LOSS_LABEL[p.loss]}: α·ε_g = ${fmt(rate)} at α = ${fmt(pt.alpha)}` } : null;
  const r = rates.data;
  const ends = [RATES_GRID.alphaMin, RATES_GRID.alphaMax];
  const lines: Series[] = r
    ? [
        { id: 'bayes', label: 'Bayes-optimal', x: r.alpha, y: r.rate_bayes, color: COLOR.bayes },
        { id: 'maxmargin', label: 'max-margin', x: r.alpha, y: r.rate_maxmargin, color: COLOR.hinge },
        { id: 'logistic-opt', label: `logistic, λ* (α ≤ ${RATES_GRID.logisticAlphaMax})`, x: r.alpha, y: r.rate_logistic_opt, color: COLOR.logistic, dash: true },
        // ridge is cut where it leaves the axis (the scale would pin it to the top edge as a false plateau)
        { id: 'ridge-opt', label: 'ridge, λ*', x: r.alpha, y: r.rate_ridge_opt.map((v) => (v <= Y_MAX ? v : NaN)), color: COLOR.square, dash: true },
        { id: 'bayes-rate', label: '0.4417 (Bayes, α → ∞)', x: ends, y: [BAYES_RATE, BAYES_RATE], color: COLOR.bayes, dash: true },
        { id: 'maxmargin-rate', label: '0.500 (max-margin, α → ∞)', x: ends, y: [MAX_MARGIN_RATE, MAX_MARGIN_RATE], color: COLOR.hinge, dash: true },
      ]
    : [];
  return frame({
    csv: () => seriesCsv(lines, 'alpha', 'alpha_times_eg'),
    jobs: [rates, point],
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
        marker={marker}
        xLabel="α = n/d (samples per dimension)"
        yLabel="α · ε_g"
        xScale="log"
        yScale="lin"
        xDomain={[RATES_GRID.alphaMin, RATES_GRID.alphaMax]}
        yDomain={[0, Y_MAX]}
      />
    ),
  });
}, {
  // rate_ridge_opt is printed whole; the figure cuts it above Y_MAX, so it is not compared with the CSV
  cli: () => [{ command: 'erm-rates', args: {}, series: { bayes: ['alpha', 'rate_bayes'], maxmargin: ['alpha', 'rate_maxmargin'], 'logistic-opt': ['alpha', 'rate_logistic_opt'] } }],
});
