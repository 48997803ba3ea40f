import { defineFigure } from '../../view/defineFigure.tsx';
import { useApp$ } from '../../view/context.ts';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Polygon, Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { pickSchema, type NumberParam } from '../../../workers/physics/schema.ts';
import type { VeigaRegion } from '../../../workers/physics/sgd/manifest.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { DivergedNote } from './DivergedNote.tsx';
import { divergesPastCap, EG_AXIS, egDomain, egDrawn } from './model.ts';

const NAMES: Record<VeigaRegion, string> = {
  perfect: 'perfect learning',
  plateau: 'noise plateau',
  bad: 'bad learning',
  none: 'no ODE limit',
};
const COLORS: Record<VeigaRegion, number> = { perfect: 2, plateau: 0, bad: 1, none: 3 };
/** the learning curves of the regions run to this α (time in units of the region's own scale) */
const CURVE_ALPHA = 1000;
/** from α = 0.1 (nothing happens earlier): four decades keep the narrow axis legible */
const CURVE_DOMAIN: [number, number] = [0.1, CURVE_ALPHA];
const [KAPPA, DELTA] = pickSchema(chapter.params, ['kappa', 'delta']);
/** a click lands on the grid the κ, δ sliders can reach (their schema step and range) */
const snap = (v: number, spec: NumberParam) => Math.min(spec.max, Math.max(spec.min, Math.round(v / spec.step) * spec.step));

/**
 * Figure 4 (Veiga et al. 2022, Fig. 1): the (κ, δ) plane of width p ~ d^κ and learning rate γ = γ0/d^δ,
 * its regions, the reader's point (a click moves it), and the limit ODE's learning curve of each region
 * at p = 8, k = 4 with the picked region's drawn bold. Regions, polygons and Δ = σ² come from the job (phase.ts).
 */
export const PhaseDiagramFigure = defineFigure(chapter, 'phase', 340, function PhaseDiagram({ p, embed, height, svgRef, frame }) {
  const { kappa, delta, sigma, act } = p;
  const setParams = useApp$((s) => s.setParams);
  const job = useJob('sgd/phase', 'sgdVeiga', { kappa, delta, sigma, act, alpha: CURVE_ALPHA, nOut: 60 });
  const d = job.data;
  const region = d?.region ?? null;

  const polygons: Polygon[] = d ? d.polygons.map((g) => ({ id: g.region, label: NAMES[g.region], x: g.kappa, y: g.delta, color: COLORS[g.region] })) : [];
  const line: Series[] = d ? [{ id: 'plateau-line', label: 'κ + δ = 0: noise plateau', x: d.plateau_line.kappa, y: d.plateau_line.delta, color: COLORS.plateau }] : [];
  const curves: Series[] = d
    ? d.curves.map((c) => ({
        id: c.region,
        label: `${NAMES[c.region]}${c.region === region ? ' (you)' : ''}`,
        x: c.alpha,
        y: c.eg,
        color: COLORS[c.region],
        dash: c.region !== region,
      }))
    : [];
  const pick = (x: number, y: number) => setParams({ kappa: snap(x, KAPPA), delta: snap(y, DELTA) }, 'push');
  const exponent = d?.time_exponent;

  return frame({
    csv: () => seriesCsv(curves, 'alpha', 'eg'),
    json: () => ({ region, time_exponent: exponent }),
    jobs: [job],
    caption: (
          <>
            Top panel (the captioned page stacks the two; an embed shows them side by side, without caption): the plane of the width exponent <Tex>{'\\kappa'}</Tex> (<Tex>{'p \\sim d^\\kappa'}</Tex> hidden units) and the
            learning-rate exponent <Tex>{'\\delta'}</Tex> (<Tex>{'\\gamma = \\gamma_0/d^\\delta'}</Tex>). Only{' '}
            <Tex>{'\\kappa + \\delta'}</Tex> matters: above the line <Tex>{'\\kappa + \\delta = 0'}</Tex> the SGD noise vanishes and
            learning is perfect; on it, the noise survives and leaves a plateau <Tex>{'\\propto \\Delta'}</Tex>; below, down to{' '}
            <Tex>{'\\kappa + \\delta = -\\tfrac12'}</Tex>, only the noise survives and the error grows; further down there is no
            deterministic limit. Click to move your point (sets <Tex>\kappa</Tex> and <Tex>\delta</Tex>). Bottom panel: each region's limit ODE (solid: your region's; dashed: the others)
            for <Tex>{'p = 8'}</Tex> student and <Tex>{'k = 4'}</Tex> teacher units, <Tex>{'\\gamma_0 = 1'}</Tex>, label noise{' '}
            <Tex>{d ? `\\Delta = \\sigma^2 = ${fmt(d.Delta)}` : '\\Delta = \\sigma^2'}</Tex>
            {sigma === 0 ? <> (set <Tex>{'\\sigma > 0'}</Tex> to see the noise plateau)</> : null}; time in units of the region's own
            scale.
            {divergesPastCap(curves.map((c) => c.y)) ? <DivergedNote why={"in the bad-learning region only the noise term of the limit ODE survives, and here nothing bounds the error it drives"} /> : null}
            {region ? (
              <>
                {' '}Your point <Tex>{`(\\kappa, \\delta) = (${fmt(kappa)}, ${fmt(delta)})`}</Tex>: {NAMES[region]}
                {exponent != null ? (
                  <>
                    , learning takes <Tex>{`\\sim d^{${fmt(exponent)}}`}</Tex> steps
                  </>
                ) : null}
                .
              </>
            ) : null}
          </>
    ),
    children: (
      <div className={embed ? 'grid grid-cols-2 gap-2' : 'flex flex-col gap-2'} data-region={region ?? ''} data-kappa={kappa} data-delta={delta}>
        <LineChart
          ref={svgRef}
          id="phase"
          ariaLabel="phase diagram in the plane of the width exponent kappa and the learning-rate exponent delta, four regions, your point"
          height={height}
          series={line}
          polygons={polygons}
          marker={{ id: 'reader', x: kappa, y: delta, label: 'you' }}
          xLabel="κ (width p ~ d^κ)"
          yLabel="δ (rate γ = γ_0 / d^δ)"
          xScale="lin"
          yScale="lin"
          xDomain={[KAPPA.min, KAPPA.max]}
          yDomain={[DELTA.min, DELTA.max]}
          onPick={pick}
        />
        <LineChart
          id="phase-curve"
          ariaLabel="learning curves of the limit ODE in each region, the picked region bold"
          // side by side in the wide embed frame, below the diagram in the page's figure column
          height={embed ? height : 240}
          series={curves.map(egDrawn)}
          xLabel="α (region's time scale)"
          yLabel={EG_AXIS}
          xScale="log"
          yScale="log"
          xDomain={CURVE_DOMAIN}
          yDomain={egDomain(curves.map((c) => c.y))}
        />
      </div>
    ),
  });
}, {
  cites: ['veiga2022phase'],
  // the limit ODE of each region (perfect, plateau, bad: sgd-veiga's curves, in that order) to α = 1000
  cli: (p) => [
    {
      command: 'sgd-veiga',
      args: { kappa: p.kappa, delta: p.delta, sigma: p.sigma, act: p.act, alpha: CURVE_ALPHA },
      series: Object.fromEntries((['perfect', 'plateau', 'bad'] as const).map((r, i) => [r, [`curves.${i}.alpha`, `curves.${i}.eg`] as const])),
    },
  ],
});
