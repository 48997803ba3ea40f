import { useFigure } from '../../app/useFigure.ts';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { Figure } from '../../view/Figure.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Polygon, Series } from '../../charts/types.ts';
import { useParam } from '../../view/context.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import type { FigureViewProps } from '../types.ts';
import type { CommitteePhase } from '../../../workers/physics/committee/index.ts';

/** Largest K of the diagram (odd K by the exact plane integrals, PHYSICS.md §2). */
const K_MAX = 51;
const K_MIN = 2;

type Scale = 'k2' | 'k';

/** The gap between the large-K IT value and the AMP line, where AMP lies above it (in the plotted units). */
function gap(K: Float64Array, amp: Float64Array, it: Float64Array): Polygon[] {
  const idx = Array.from(K, (_, i) => i).filter((i) => Number.isFinite(amp[i]) && amp[i] > it[i]);
  if (idx.length < 2) return [];
  const back = [...idx].reverse();
  return [{ id: 'gap', label: 'hard (gap)', x: [...idx.map((i) => K[i]), ...back.map((i) => K[i])], y: [...idx.map((i) => it[i]), ...back.map((i) => amp[i])], color: 1 }];
}

/**
 * Figure 3 of the committee chapter: α_AMP(K) for K = 2, 3, 5, …, 51 in units of K² or K, the large-K
 * asymptotes (α_AMP/K² → 1/J, α_IT/K → α̃_IT) dashed, the IT points known at finite K, and the gap shaded.
 */
export function PhaseDiagramFigure({ embed }: FigureViewProps) {
  const scale = useParam<Scale>('pscale');
  const Kr = useParam<number>('K');
  const alpha = useParam<number>('alpha');
  const { params, svgRef, link, height } = useFigure('phase', embed, 360);
  const job = useJob('committee/phase', 'committeePhase', { kMax: K_MAX }, { partial: true });
  const p: CommitteePhase | null = job.data;
  const pow = scale === 'k2' ? 2 : 1;
  const per = (a: number, K: number) => a / Math.pow(K, pow);

  let series: Series[] = [];
  let polygons: Polygon[] = [];
  let ampDone = 0;
  if (p) {
    const amp = Float64Array.from(p.K, (K, i) => per(p.alpha_amp[i], K));
    const itKnown = Float64Array.from(p.K, (K, i) => per(p.alpha_it[i], K));
    // the K → ∞ lines in the plotted units: α_IT ≈ α̃_IT K and α_AMP ≈ K²/J
    const itLarge = Float64Array.from(p.K, (K) => per(p.large.alpha_it_over_K * K, K));
    const ampLarge = Float64Array.from(p.K, (K) => per(p.large.alpha_amp_over_K2 * K * K, K));
    ampDone = amp.filter(Number.isFinite).length;
    series = [
      { id: 'amp', label: 'α_AMP (q_d = 0 unstable)', x: p.K, y: amp, color: 1 },
      { id: 'amp-large', label: `K → ∞: α_AMP/K² = ${fmt(p.large.alpha_amp_over_K2)}`, x: p.K, y: ampLarge, color: 1, dash: true },
      { id: 'it-large', label: `K → ∞: α_IT/K = ${fmt(p.large.alpha_it_over_K)}`, x: p.K, y: itLarge, color: 3, dash: true },
      { id: 'it', label: 'α_IT (known at finite K)', kind: 'points', x: p.K, y: itKnown, color: 3 },
    ];
    polygons = gap(p.K, amp, itLarge);
  }
  const onDiagram = Number.isFinite(Kr) && Kr >= K_MIN;
  const marker = onDiagram ? { id: 'reader', x: Kr, y: per(alpha, Kr), label: `you: K = ${Kr}, α = ${fmt(alpha)}` } : null;
  const unit = scale === 'k2' ? 'α/K²' : 'α/K';

  return (
    <Figure
      id="phase"
      title="Phase diagram"
      svgRef={svgRef}
      csv={() => seriesCsv(series, 'K', unit)}
      json={() => ({ chapter: 'committee', figure: 'phase', params, large: p?.large })}
      link={link}
      progress={job.progress}
      error={job.error}
      embed={embed}
      caption={
        embed ? undefined : (
          <>
            Where AMP, started without information, specialises: <Tex>{'\\alpha_{\\rm AMP}(K)'}</Tex> is the root of{' '}
            <Tex>{'\\lambda(\\alpha) = 1'}</Tex>, the linear stability multiplier of the non-specialised plane <Tex>{'q_d = 0'}</Tex>{' '}
            (exact 1-D integrals for odd <Tex>K</Tex>, the 2-D SE for <Tex>{'K = 2'}</Tex>), traced from <Tex>{'K = 2'}</Tex> to{' '}
            <Tex>{`${K_MAX}`}</Tex>, one <Tex>K</Tex> after another. It grows like <Tex>{'K^2'}</Tex>:{' '}
            <Tex>{'\\alpha_{\\rm AMP}/K^2 \\to 1/J'}</Tex>
            {p ? <Tex>{` = ${fmt(p.large.alpha_amp_over_K2)}`}</Tex> : null}, while the information-theoretic threshold grows only like{' '}
            <Tex>K</Tex>, <Tex>{'\\alpha_{\\rm IT}/K \\to \\tilde\\alpha_{\\rm IT}'}</Tex>
            {p ? <Tex>{` = ${fmt(p.large.alpha_it_over_K)}`}</Tex> : null} (published ≈ 7.65; dashed: the <Tex>{'K \\to \\infty'}</Tex>{' '}
            values). Shaded: the computational-to-statistical gap between the large-<Tex>K</Tex> IT line and the AMP line. The IT threshold at
            finite <Tex>K</Tex> is computed only for <Tex>{'K = 2'}</Tex>, where it coincides with <Tex>{'\\alpha_{\\rm AMP}'}</Tex> (dot);
            for <Tex>{'K \\ge 3'}</Tex> it is not computed here, and the large-<Tex>K</Tex> line is only its asymptote. The reader&rsquo;s{' '}
            <Tex>{'(K, \\alpha)'}</Tex> is marked for finite <Tex>{'K \\ge 2'}</Tex>.
          </>
        )
      }
    >
      <div data-scale={scale} data-points={ampDone} data-amp-large={p?.large.alpha_amp_over_K2 ?? ''} data-it-large={p?.large.alpha_it_over_K ?? ''}>
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
        />
      </div>
    </Figure>
  );
}
