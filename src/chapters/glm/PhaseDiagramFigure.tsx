import { useFigure } from '../../app/useFigure.ts';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { Figure } from '../../charts/Figure.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Polygon, Series } from '../../charts/types.ts';
import { useApp$, useParam } from '../../app/context.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import type { FigureViewProps } from '../types.ts';
import type { GlmPhase } from '../../../workers/physics/glm/index.ts';
import { ALPHA_MAX, ALPHA_MIN } from './alphaGrid.ts';

type Diagram = 'binary-noise' | 'sparse-rho';

/** The model each diagram is drawn for (PHYSICS.md §1; glmPhase): a click moves the reader there. */
const MODEL: Record<Diagram, { prior: string; channel: string; yTex: string; yName: string; yMax: number; yStep: number }> = {
  'binary-noise': { prior: 'binary', channel: 'sign', yTex: '\\varepsilon', yName: 'label-flip probability ε', yMax: 0.5, yStep: 0.001 },
  'sparse-rho': { prior: 'sparse', channel: 'linear', yTex: '\\rho', yName: 'density of non-zeros ρ', yMax: 1, yStep: 0.01 },
};

/** The hard phase as one closed polygon: up the α_IT line, back down the α_alg line, where both exist. */
function hardPhase(p: GlmPhase): Polygon[] {
  const idx = Array.from(p.y, (_, i) => i).filter((i) => Number.isFinite(p.alpha_it[i]) && Number.isFinite(p.alpha_alg[i]) && p.alpha_alg[i] > p.alpha_it[i]);
  if (idx.length < 2) return [];
  const back = [...idx].reverse();
  return [
    {
      id: 'hard',
      label: 'hard',
      x: [...idx.map((i) => p.alpha_it[i]), ...back.map((i) => p.alpha_alg[i])],
      y: [...idx.map((i) => p.y[i]), ...back.map((i) => p.y[i])],
      color: 1,
    },
  ];
}

const round = (v: number, step: number) => Math.round(v / step) * step;

/**
 * Figure 4 of the GLM chapter: the (α, ε) plane of the binary perceptron or the (α, ρ) plane of sparse
 * linear estimation, with the IT and algorithmic lines, the hard phase between them and the reader's
 * point; a click moves the model to the clicked point.
 */
export function PhaseDiagramFigure({ embed }: FigureViewProps) {
  const diagram = useParam<Diagram>('phase');
  const alpha = useParam<number>('alpha');
  const prior = useParam<string>('prior');
  const channel = useParam<string>('channel');
  const { params, svgRef, link, height } = useFigure('phase', embed, 360);
  const setParams = useApp$((s) => s.setParams);
  const job = useJob('glm/phase', 'glmPhase', { diagram }, { partial: true });
  const spec = MODEL[diagram];
  const p = job.data && job.data.diagram === diagram ? job.data : null;
  const yValue = params[p?.y_key ?? (diagram === 'binary-noise' ? 'noise' : 'rho')] as number;
  const onModel = prior === spec.prior && channel === spec.channel;

  const series: Series[] = p
    ? [
        { id: 'it', label: 'α_IT (Bayes-optimal)', x: p.alpha_it, y: p.y, color: 3 },
        { id: 'alg', label: 'α_alg (AMP)', x: p.alpha_alg, y: p.y, color: 1, dash: true },
      ]
    : [];
  let xMax = 0;
  if (p) for (const a of p.alpha_alg) if (Number.isFinite(a)) xMax = Math.max(xMax, a);
  // the whole lines (α_alg passes 10 at large noise); a click beyond the α slider's range sets its maximum
  const xDomain: [number, number] = [0, xMax > 0 ? xMax * 1.04 : ALPHA_MAX];
  const yDomain: [number, number] | undefined = p ? [0, p.y[p.y.length - 1]] : undefined;
  const marker = { id: 'reader', x: alpha, y: yValue, label: onModel ? `you: α = ${fmt(alpha)}` : `α = ${fmt(alpha)} (other model)` };

  const pick = (x: number, y: number) =>
    setParams(
      {
        prior: spec.prior,
        channel: spec.channel,
        ...(diagram === 'sparse-rho' ? { noise: 0 } : {}),
        alpha: Math.min(ALPHA_MAX, Math.max(ALPHA_MIN, Number(x.toPrecision(3)))),
        [diagram === 'binary-noise' ? 'noise' : 'rho']: Math.min(spec.yMax, Math.max(spec.yStep, round(y, spec.yStep))),
      },
      'push',
    );

  return (
    <Figure
      id="phase"
      title="Phase diagram"
      svgRef={svgRef}
      csv={() => seriesCsv(series, 'alpha', p?.y_key ?? 'y')}
      json={() => ({ chapter: 'glm', figure: 'phase', params, diagram })}
      link={link}
      progress={job.progress}
      error={job.error}
      embed={embed}
      caption={
        embed ? undefined : (
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
            Left of <Tex>{'\\alpha_{\\rm IT}'}</Tex> no estimator recovers the teacher; right of <Tex>{'\\alpha_{\\rm alg}'}</Tex> AMP does; in
            the shaded hard phase between them the Bayes-optimal estimator would, but AMP cannot. Lines traced by threshold continuation,
            coarse first. Click to move the model to a point (sets <Tex>\alpha</Tex> and <Tex>{spec.yTex}</Tex>
            {onModel ? '' : ', and switches to this diagram’s prior and channel'}).
          </>
        )
      }
    >
      <div data-diagram={diagram} data-points={p?.y.length ?? 0}>
        <LineChart
          ref={svgRef}
          id="phase"
          ariaLabel={`phase diagram in the plane of alpha and the ${spec.yName}: information-theoretic and algorithmic thresholds, hard phase shaded`}
          height={height}
          series={series}
          polygons={p ? hardPhase(p) : []}
          marker={marker}
          xLabel="α = n/d (samples per dimension)"
          yLabel={spec.yName}
          xScale="lin"
          yScale="lin"
          xDomain={xDomain}
          yDomain={yDomain}
          onPick={pick}
        />
      </div>
    </Figure>
  );
}
