import { defineFigure } from '../../view/defineFigure.tsx';
import { useApp$ } from '../../view/context.ts';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import type { Polygon, Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { pickSchema } from '../../../workers/physics/schema.ts';
import { chapter } from './meta.ts';
import { alphaSpec, type GlmView } from './requests.ts';

/** How each diagram's y axis is labelled (its model, y key and hard phase come with the job's result: phase.ts). */
const LABEL: Record<GlmView['phase'], { yTex: string; yName: string }> = {
  'binary-noise': { yTex: '\\varepsilon', yName: 'label-flip probability ε' },
  'sparse-rho': { yTex: '\\rho', yName: 'density of non-zeros ρ' },
};

/** A click lands on the y slider's steps. */
const [noiseSpec, rhoSpec] = pickSchema(chapter.params, ['noise', 'rho']);
const Y_STEP = { noise: noiseSpec.step, rho: rhoSpec.step };

const IT = { id: 'it', label: 'α_IT (Bayes-optimal)', color: 3 } as const;
const ALG = { id: 'alg', label: 'α_alg (AMP)', color: 1, dash: true } as const;

const round = (v: number, step: number) => Math.round(v / step) * step;

/**
 * Figure 4 of the GLM chapter: the (α, ε) plane of the binary perceptron or the (α, ρ) plane of sparse
 * linear estimation, with the IT and algorithmic lines, the hard phase between them and the reader's
 * point; a click moves the model to the clicked point.
 */
export const PhaseDiagramFigure = defineFigure(chapter, 'phase', 360, function PhaseDiagram({ p, height, svgRef, frame }) {
  const diagram = p.phase;
  const setParams = useApp$((s) => s.setParams);
  const job = useJob('glm/phase', 'glmPhase', { diagram }, { partial: true });
  const label = LABEL[diagram];
  const d = job.data && job.data.diagram === diagram ? job.data : null;
  const onModel = d !== null && p.prior === d.prior && p.channel === d.channel;

  const series: Series[] = d ? [{ ...IT, x: d.alpha_it, y: d.y }, { ...ALG, x: d.alpha_alg, y: d.y }] : [];
  const polygons: Polygon[] = d && d.hard_alpha.length > 0 ? [{ id: 'hard', label: 'hard', x: d.hard_alpha, y: d.hard_y, color: 1 }] : [];
  let xMax = 0;
  if (d) for (const a of d.alpha_alg) if (Number.isFinite(a)) xMax = Math.max(xMax, a);
  // the whole lines (α_alg passes 10 at large noise); a click beyond the α slider's range sets its maximum
  const xDomain: [number, number] = [0, xMax > 0 ? xMax * 1.04 : alphaSpec.max];
  const yDomain: [number, number] | undefined = d ? [0, d.y[d.y.length - 1]] : undefined;
  // the reader's point only where it belongs: a model off this diagram has no point on it (the caption says so)
  const marker = d && onModel ? { id: 'reader', x: p.alpha, y: p[d.y_key], label: `you: α = ${fmt(p.alpha)}, ${d.y_key === 'noise' ? 'ε' : 'ρ'} = ${fmt(p[d.y_key])}` } : null;

  const pick = (x: number, y: number) => {
    if (!d) return;
    const step = Y_STEP[d.y_key];
    setParams(
      {
        prior: d.prior,
        channel: d.channel,
        ...(d.fixed_noise !== null ? { noise: d.fixed_noise } : {}),
        alpha: Math.min(alphaSpec.max, Math.max(alphaSpec.min, Number(x.toPrecision(3)))),
        [d.y_key]: Math.min(d.y_limit, Math.max(step, round(y, step))),
      },
      'push',
    );
  };

  return frame({
    csv: () => seriesCsv(series, 'alpha', d?.y_key ?? 'y'),
    json: () => ({ diagram }),
    jobs: [job],
    caption: (
      <>
        {diagram === 'binary-noise' ? (
          <>
            Binary perceptron (<Tex>{'w^\\star_i = \\pm 1'}</Tex>, sign channel) as the label-flip probability{' '}
            <Tex>{'\\varepsilon'}</Tex> grows: both thresholds move to larger <Tex>\alpha</Tex> and the hard phase stays open.
          </>
        ) : (
          <>
            Noiseless sparse linear estimation (a fraction <Tex>\rho</Tex> of Gaussian non-zeros, <Tex>{'y = z'}</Tex>): the teacher
            is determined as soon as <Tex>{'\\alpha > \\rho'}</Tex> (information dimension), but AMP needs{' '}
            <Tex>{'\\alpha > \\alpha_{\\rm alg}(\\rho)'}</Tex> (Krzakala et al., PRX 2012).
          </>
        )}{' '}
        Left of the line {series[0] ? <SeriesSwatch s={series[0]} /> : null} <Tex>{'\\alpha_{\\rm IT}'}</Tex> no estimator recovers the teacher; right of {series[1] ? <SeriesSwatch s={series[1]} /> : null} <Tex>{'\\alpha_{\\rm alg}'}</Tex> AMP does; in
        the shaded hard phase between them the Bayes-optimal estimator would, but AMP cannot. Lines traced by threshold continuation,
        coarse first. Click to move the model to a point (sets <Tex>\alpha</Tex> and <Tex>{label.yTex}</Tex>
        {onModel ? '' : ', and switches to this diagram’s prior and channel'}).
        {d && !onModel ? <> The current model ({p.prior} prior, {p.channel} channel) is not on this diagram, so no point of yours is marked.</> : null}
      </>
    ),
    children: (
      <div data-diagram={diagram} data-points={d?.y.length ?? 0}>
        <LineChart
          ref={svgRef}
          id="phase"
          ariaLabel={`phase diagram in the plane of alpha and the ${label.yName}: information-theoretic and algorithmic thresholds, hard phase shaded`}
          height={height}
          series={series}
          polygons={polygons}
          marker={marker}
          xLabel="α = n/d (samples per dimension)"
          yLabel={label.yName}
          xScale="lin"
          yScale="lin"
          xDomain={xDomain}
          yDomain={yDomain}
          onPick={pick}
          readoutY={diagram === 'binary-noise' ? 'ε' : 'ρ'}
        />
      </div>
    ),
  });
}, {
  cites: ['barbier2019optimal'],
  // the lines as drawn, of the plane shown (glm-phase-plane selects it by its prior)
  cli: (p) => [{ command: 'glm-phase-plane', args: { prior: p.phase === 'binary-noise' ? 'binary' : 'sparse' }, series: { it: ['alpha_it', 'y'], alg: ['alpha_alg', 'y'] } }],
});
