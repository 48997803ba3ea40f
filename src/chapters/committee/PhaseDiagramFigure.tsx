import { defineFigure } from '../../view/defineFigure.tsx';
import { useApp$ } from '../../view/context.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import { pickSchema } from '../../../workers/physics/schema.ts';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Polygon, Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';

/** The K range of the diagram (its x axis): K = 2 and the odd K up to K_MAX (workers/physics/committee/phaseLines.ts). */
const K_MAX = 51;
const K_MIN = 2;
/** the K slider's finite values end at 3; a click further right selects K = large (α read as α̃ = α/K) */
const [kSpec, alphaSpec] = pickSchema(chapter.params, ['K', 'alpha']);

/**
 * The state a click on the diagram at (K, y = α/K^pow) selects: K = 2 or 3 near those columns, else K = large with
 * α̃ = α/K at the clicked K (the asymptotes are what K = large computes); α clamped to its slider.
 */
function pickState(K: number, y: number, pow: number): { K: number; alpha: number } {
  const k = K < (kSpec.max + 4) / 2 ? Math.min(kSpec.max, Math.max(K_MIN, Math.round(K))) : Infinity;
  const alpha = Number.isFinite(k) ? y * Math.pow(k, pow) : y * Math.pow(K, pow - 1);
  return { K: k, alpha: Math.min(alphaSpec.max, Math.max(alphaSpec.min, Number(alpha.toPrecision(3)))) };
}

/**
 * Figure 3 of the committee chapter: α_AMP(K) for K = 2, 3, 5, …, 51 in units of K² or K, the large-K
 * asymptotes (α_AMP/K² → 1/J, α_IT/K → α̃_IT) dashed, the IT points known at finite K, and the gap shaded
 * (lines and gap computed with the diagram, phaseLines.ts; here only divided by K^p for the chosen units).
 */
export const PhaseDiagramFigure = defineFigure(chapter, 'phase', 360, function PhaseDiagram({ p, height, svgRef, frame }) {
  const scale = p.pscale;
  const setParams = useApp$((s) => s.setParams);
  const job = useJob('committee/phase', 'committeePhase', { kMax: K_MAX }, { partial: true });
  const ph = job.data;
  const pow = scale === 'k2' ? 2 : 1;
  const per = (a: number, K: number) => a / Math.pow(K, pow);

  let series: Series[] = [];
  let polygons: Polygon[] = [];
  let ampDone = 0;
  if (ph) {
    const amp = Float64Array.from(ph.K, (K, i) => per(ph.alpha_amp[i], K));
    const itKnown = Float64Array.from(ph.K, (K, i) => per(ph.alpha_it[i], K));
    const itLarge = Float64Array.from(ph.K, (K, i) => per(ph.alpha_it_large[i], K));
    const ampLarge = Float64Array.from(ph.K, (K, i) => per(ph.alpha_amp_large[i], K));
    ampDone = amp.filter(Number.isFinite).length;
    series = [
      { id: 'amp', label: 'α_AMP (q_d = 0 unstable)', x: ph.K, y: amp, color: 1 },
      { id: 'amp-large', label: `K → ∞: α_AMP/K² = ${fmt(ph.large.alpha_amp_over_K2)}`, x: ph.K, y: ampLarge, color: 1, dash: true },
      { id: 'it-large', label: `K → ∞: α_IT/K = ${fmt(ph.large.alpha_it_over_K)}`, x: ph.K, y: itLarge, color: 3, dash: true },
      { id: 'it', label: 'α_IT (known at finite K)', kind: 'points', x: ph.K, y: itKnown, color: 3 },
    ];
    if (ph.gap_K.length) {
      const lo = Array.from(ph.gap_K, (K, i) => per(ph.gap_lo[i], K));
      const hi = Array.from(ph.gap_K, (K, i) => per(ph.gap_hi[i], K));
      polygons = [{ id: 'gap', label: 'hard (gap)', x: [...ph.gap_K, ...Array.from(ph.gap_K).reverse()], y: [...lo, ...hi.reverse()], color: 1 }];
    }
  }
  // the diagram is of sign units; the erf regression committee (K = 2) is not on it, and gets no point
  const erf = p.act === 'erf';
  const onDiagram = Number.isFinite(p.K) && p.K >= K_MIN && !erf;
  const marker = onDiagram ? { id: 'reader', x: p.K, y: per(p.alpha, p.K), label: `you: K = ${p.K}, α = ${fmt(p.alpha)}` } : null;
  const pick = (x: number, y: number) => setParams({ ...pickState(x, y, pow), act: 'sign' }, 'push');
  const unit = scale === 'k2' ? 'α/K²' : 'α/K';

  return frame({
    csv: () => seriesCsv(series, 'K', unit),
    json: () => ({ large: ph?.large }),
    jobs: [job],
    caption: (
          <>
            {erf ? (
              <>
                <strong>This diagram is of committees of sign units</strong>; the erf regression committee chosen above (<Tex>{'K = 2'}</Tex>)
                is not on it, so no point of yours is marked. A click selects sign units at the clicked point.{' '}
              </>
            ) : null}
            Where AMP, started without information, specialises: <Tex>{'\\alpha_{\\rm AMP}(K)'}</Tex> is the root of{' '}
            <Tex>{'\\lambda(\\alpha) = 1'}</Tex>, the linear stability multiplier of the non-specialised plane <Tex>{'q_d = 0'}</Tex>{' '}
            (exact 1-D integrals for odd <Tex>K</Tex>, the 2-D SE for <Tex>{'K = 2'}</Tex>), traced from <Tex>{'K = 2'}</Tex> to{' '}
            <Tex>{`${K_MAX}`}</Tex>, one <Tex>K</Tex> after another. It grows like <Tex>{'K^2'}</Tex>:{' '}
            <Tex>{'\\alpha_{\\rm AMP}/K^2 \\to 1/J'}</Tex>
            {ph ? <Tex>{` = ${fmt(ph.large.alpha_amp_over_K2)}`}</Tex> : null}, while the information-theoretic threshold grows only like{' '}
            <Tex>K</Tex>, <Tex>{'\\alpha_{\\rm IT}/K \\to \\tilde\\alpha_{\\rm IT}'}</Tex>
            {ph ? <Tex>{` = ${fmt(ph.large.alpha_it_over_K)}`}</Tex> : null} (published ≈ 7.65; dashed: the <Tex>{'K \\to \\infty'}</Tex>{' '}
            values). Shaded: the computational-to-statistical gap between the large-<Tex>K</Tex> IT line and the AMP line. The IT threshold at
            finite <Tex>K</Tex> is computed only for <Tex>{'K = 2'}</Tex>, where it coincides with <Tex>{'\\alpha_{\\rm AMP}'}</Tex> (dot {series[3] ? <SeriesSwatch s={series[3]} /> : null});
            for <Tex>{'K \\ge 3'}</Tex> it is not computed here, and the large-<Tex>K</Tex> line is only its asymptote. The reader&rsquo;s{' '}
            <Tex>{'(K, \\alpha)'}</Tex> is marked for finite <Tex>{'K \\ge 2'}</Tex>. Click to move to a point: <Tex>{'K = 2'}</Tex> or{' '}
            <Tex>{'3'}</Tex> near those columns, further right <Tex>{'K'}</Tex> = large with <Tex>{'\\tilde\\alpha = \\alpha/K'}</Tex> at
            the clicked <Tex>K</Tex>.
          </>
        ),
    children: (
      <div data-scale={scale} data-points={ampDone} data-amp-large={ph?.large.alpha_amp_over_K2 ?? ''} data-it-large={ph?.large.alpha_it_over_K ?? ''}>
        <LineChart
          ref={svgRef}
          id="phase"
          ariaLabel={`phase diagram of the committee machine: AMP threshold in units of ${scale === 'k2' ? 'K squared' : 'K'} against K, large-K asymptotes dashed, gap shaded`}
          height={height}
          series={series}
          polygons={polygons}
          marker={marker}
          xLabel="K (hidden units)"
          yLabel={`${unit} (samples per dimension${scale === 'k2' ? ' per K²' : ' per unit'})`}
          xScale="log"
          yScale={scale === 'k2' ? 'lin' : 'log'}
          xDomain={[K_MIN, K_MAX]}
          yDomain={scale === 'k2' ? [0, 4] : [0.8, 200]}
          onPick={pick}
          readoutY={unit}
        />
      </div>
    ),
  });
}, {
  cites: ['aubin2018committee'],
  // the lines in the units drawn (α/K² or α/K): committee-phase-units prints both
  cli: (p) => [
    {
      command: 'committee-phase-units',
      args: {},
      series: Object.fromEntries((['amp', 'amp_large', 'it_large', 'it'] as const).map((s) => [s.replace('_', '-'), ['K', `${p.pscale}.${s}`] as const])),
      // α_AMP(2) is a secant root to 1e-9 relative (phaseDiagram.ts ampThresholdFrom): the page and Node agree to that
      tolerance: 1e-8,
    },
  ],
});
