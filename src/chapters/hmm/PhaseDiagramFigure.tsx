import { defineFigure } from '../../view/defineFigure.tsx';
import { useApp$ } from '../../view/context.ts';
import { fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { alphaSpec, lambdaSpec } from './requests.ts';
import { HeatMapChart } from './HeatMapChart.tsx';

/** The lecture's plane (physics: phaseDiagram.ts PHASE_MODEL): σ = erf, square loss, d/p = 0.1. */
const PLANE = { act: 'erf', loss: 'square', gamma: 0.1 } as const;

/** The plane's frame before the job lands: its corners, no cells. */
const EMPTY = { x: [0.1, 10], y: [1e-4, 100], z: [NaN, NaN, NaN, NaN] };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Figure 4: the lecture's phase diagram — ridge ε_g over the (α, λ) plane at σ = erf, d/p = 0.1, with the
 * optimal λ*(α); a click moves the reader there (and onto the plane's model).
 */
export const PhaseDiagramFigure = defineFigure(chapter, 'phase', 380, function PhaseDiagram({ p, height, svgRef, frame }) {
  const setParams = useApp$((s) => s.setParams);
  const job = useJob('hmm/phase', 'hmmPhaseDiagram', {});
  const d = job.data;
  const onPlane = p.act === PLANE.act && p.loss === PLANE.loss && p.gamma === PLANE.gamma;
  const inner = d ? Array.from(d.at_edge, (e) => e === 0) : [];
  const series: Series[] = d
    ? [{ id: 'opt', label: 'optimal λ*(α)', x: d.alpha.filter((_, i) => inner[i]), y: d.lambda_opt.filter((_, i) => inner[i]), color: 6 }]
    : [];
  const marker = { id: 'reader', x: p.alpha, y: p.lambda, label: onPlane ? `you: α = ${fmt(p.alpha)}, λ = ${fmt(p.lambda)}` : 'you (other model)' };
  const pick = (x: number, y: number) =>
    setParams(
      {
        ...PLANE,
        alpha: clamp(Number(x.toPrecision(3)), alphaSpec.min, alphaSpec.max),
        lambda: clamp(Number(y.toPrecision(2)), lambdaSpec.min, lambdaSpec.max),
      },
      'push',
    );

  return frame({
    // the cells as two aligned series (ε_g and λ, each against the cell's α, row-major by λ) and the λ* line: the
    // fields cell_alpha, cell_eg, cell_lambda, lambda_opt of hmm-phase, row for row
    csv: () => seriesCsv(d ? [
      { id: 'eg', label: 'ε_g of the cell', x: Array.from(d.eg, (_v, k) => d.alpha[k % d.alpha.length]), y: d.eg },
      { id: 'lambda', label: 'λ of the cell', x: Array.from(d.eg, (_v, k) => d.alpha[k % d.alpha.length]), y: Array.from(d.eg, (_v, k) => d.lambda[Math.floor(k / d.alpha.length)]) },
      { id: 'opt', label: 'optimal λ*(α) (empty: at the range’s edge)', x: d.alpha, y: d.lambda_opt.map((v, i) => (d.at_edge[i] ? NaN : v)) },
    ] : [], 'alpha', 'value'),
    json: () => ({ plane: PLANE, lambda_opt: d && Array.from(d.lambda_opt), eg_opt: d && Array.from(d.eg_opt) }),
    jobs: [job],
    caption: (
      <>
        The lecture&rsquo;s phase diagram: ridge regression on <Tex>{'\\sigma = \\operatorname{erf}'}</Tex> features of a latent space with{' '}
        <Tex>{'d/p = 0.1'}</Tex>, sign labels. The colour is the test error <Tex>{'\\varepsilon_g'}</Tex> over the plane of samples per
        feature <Tex>\alpha</Tex> and penalty <Tex>\lambda</Tex>; the line is the optimal <Tex>{'\\lambda^\\star(\\alpha)'}</Tex>, which
        minimises <Tex>{'\\varepsilon_g'}</Tex> at each <Tex>\alpha</Tex> (golden-section search on the fixed point). Along the bottom edge
        (<Tex>{'\\lambda \\to 0'}</Tex>) the error rises to the interpolation peak at <Tex>{'\\alpha = 1'}</Tex>; following{' '}
        <Tex>{'\\lambda^\\star'}</Tex> avoids it, and the optimal penalty grows with <Tex>\alpha</Tex>.
        {d && d.eg_opt.length ? (
          <>
            {' '}At <Tex>{`\\alpha = ${fmt(d.alpha[d.alpha.length - 1])}`}</Tex>:{' '}
            <Tex>{`\\lambda^\\star = ${fmt(d.lambda_opt[d.lambda_opt.length - 1])}`}</Tex>,{' '}
            <Tex>{`\\varepsilon_g = ${fmt(d.eg_opt[d.eg_opt.length - 1])}`}</Tex>.
          </>
        ) : null}{' '}
        Click to move there{onPlane ? '' : ' (this switches to the plane’s σ, loss and γ)'}.
      </>
    ),
    children: (
      <HeatMapChart
        ref={svgRef}
        id="phase"
        ariaLabel="test error of ridge regression over the plane of alpha and lambda, erf features, d/p = 0.1, with the optimal lambda line"
        height={height}
        x={d?.alpha ?? EMPTY.x}
        y={d?.lambda ?? EMPTY.y}
        z={d?.eg ?? EMPTY.z}
        zLabel="ε_g"
        series={series}
        marker={marker}
        xLabel="α = n/p (samples per feature)"
        yLabel="λ (ridge penalty)"
        onPick={pick}
      />
    ),
  });
}, {
  // every cell, field for field; λ*(α) (the CLI's lambda_opt) is left out of the map: golden section locates it to 1e-6
  // in ln λ on a flat minimum, so a last-ulp difference of libm between the page's engine and Node moves it by ~1e-7
  cli: () => [{ command: 'hmm-phase', args: {}, series: { eg: ['cell_alpha', 'cell_eg'], lambda: ['cell_alpha', 'cell_lambda'] } }],
});
