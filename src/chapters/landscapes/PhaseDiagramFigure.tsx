import { defineFigure } from '../../view/defineFigure.tsx';
import { useApp$ } from '../../view/context.ts';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Polygon, Series } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { specOf } from '../../../workers/physics/schema.ts';
import type { LandscapeRegion, ThresholdLines } from '../../../workers/physics/landscapes/manifest.ts';
import { chapter } from './meta.ts';

/** The slider range of a number key of the chapter: the plane the figure shows. */
function sliderRange(key: 'dp' | 'invd2'): { min: number; max: number } {
  const spec = specOf(chapter.params, key);
  if (spec.kind !== 'number') throw new Error(`${key} is not a number parameter`);
  return { min: spec.min, max: spec.max };
}
const DP = sliderRange('dp');
const INVD2 = sliderRange('invd2');

/** What the marker says about the phase the reader's point lies in. */
const REGION_LABEL: Record<LandscapeRegion, string> = {
  gf: 'GF works',
  mlamp: 'ML-AMP works, GF stuck',
  amp: 'only Bayes AMP works',
  hard: 'hard phase',
  undetectable: 'undetectable',
};

/** The GF region (above the GF line), drawn up to the top of the plot. */
function gfWorks(l: ThresholdLines): Polygon[] {
  const n = l.dp.length;
  const back = Array.from({ length: n }, (_, i) => n - 1 - i);
  return [
    {
      id: 'gf-works',
      label: 'GF works despite spurious minima',
      x: [...l.dp, ...back.map((i) => l.dp[i])],
      y: [...l.invd2_gf.map((v) => Math.min(v, INVD2.max)), ...back.map(() => INVD2.max)],
      color: 2,
    },
  ];
}

/**
 * Figure 1 of the rough-landscapes chapter: the (Δp, 1/Δ2) plane of the spiked matrix-tensor model
 * (p = 3) with the IT, AMP, ML-AMP and gradient-flow lines (arXiv:1812.09066, 1902.00139,
 * 1907.08226), the region where gradient flow succeeds shaded, and the reader's point; a click
 * moves the point.
 */
export const PhaseDiagramFigure = defineFigure(chapter, 'phase', 380, function PhaseDiagram({ p: { dp, invd2 }, height, svgRef, frame }) {
  const setParams = useApp$((s) => s.setParams);
  const lines = useJob('landscapes/phase', 'landscapeLines', { dpMin: DP.min, dpMax: DP.max });
  const point = useJob('landscapes/phase-point', 'landscapePoint', { dp, invd2 }, { cancel: 'drop' });
  const l = lines.data;
  const p = point.data;

  const series: Series[] = l
    ? [
        { id: 'it', label: 'IT (Bayes-optimal)', x: l.dp, y: l.invd2_it, color: 3 },
        { id: 'amp', label: 'AMP', x: l.dp, y: l.invd2_amp, color: 0, dash: true },
        { id: 'mlamp', label: 'ML-AMP', x: l.dp, y: l.invd2_mlamp, color: 1 },
        { id: 'gf', label: 'gradient flow', x: l.dp, y: l.invd2_gf, color: 2 },
      ]
    : [];
  const marker = { id: 'reader', x: dp, y: invd2, label: `you: ${p ? REGION_LABEL[p.region] : ''}` };

  const pick = (x: number, y: number) =>
    setParams(
      {
        dp: Math.min(DP.max, Math.max(DP.min, Number(x.toPrecision(2)))),
        invd2: Math.min(INVD2.max, Math.max(INVD2.min, Math.round(y * 20) / 20)),
      },
      'push',
    );

  return frame({
    csv: () => seriesCsv(series, 'dp', 'invd2'),
    json: () => ({ thresholds_at_dp: p }),
    jobs: [lines, point],
    caption: (
      <>
        Thresholds in the signal-to-noise ratio <Tex>{'1/\\Delta_2'}</Tex> of the matrix while the tensor noise{' '}
        <Tex>{'\\Delta_p'}</Tex> varies (<Tex>{'p = 3'}</Tex>). Above the IT line the signal is information-theoretically
        detectable (for <Tex>{'\\Delta_p < 0.229'}</Tex> the tensor alone suffices: the IT line lies on{' '}
        <Tex>{'1/\\Delta_2 = 0'}</Tex>), above <Tex>{'1/\\Delta_2 = 1'}</Tex> Bayes-optimal AMP finds it, above{' '}
        <Tex>{'\\tfrac12\\big(1 + \\sqrt{1 + 4/\\Delta_p}\\big)'}</Tex> maximum-likelihood AMP does, and above{' '}
        <Tex>{'\\tfrac12\\big(1 + \\sqrt{1 + 8/\\Delta_p}\\big)'}</Tex> gradient flow on the loss does (Sarao Mannelli et al.
        2019). In the shaded region the landscape still holds exponentially many spurious minima (they disappear only at the
        Kac-Rice trivialisation line of arXiv:1902.00139, not drawn, above the GF line), yet gradient flow reaches the
        signal. As <Tex>{'\\Delta_p \\to \\infty'}</Tex> all algorithmic lines go to the spiked-matrix value 1.
        {p ? (
          <>
            {' '}At <Tex>{`\\Delta_p = ${fmt(p.dp)}`}</Tex>: GF line <Tex>{`1/\\Delta_2 = ${fmt(p.invd2_gf)}`}</Tex>, ML-AMP{' '}
            <Tex>{fmt(p.invd2_mlamp)}</Tex>, IT <Tex>{fmt(p.invd2_it)}</Tex>.
          </>
        ) : null}{' '}
        Click to move your point (sets <Tex>{'\\Delta_p'}</Tex> and <Tex>{'1/\\Delta_2'}</Tex>).
      </>
    ),
    children: (
      <div
        data-points={l?.dp.length ?? 0}
        data-invd2-gf={p?.invd2_gf}
        data-invd2-mlamp={p?.invd2_mlamp}
        data-invd2-it={p?.invd2_it}
        data-invd2-amp={p?.invd2_amp}
      >
        <LineChart
          ref={svgRef}
          id="phase"
          ariaLabel="phase diagram of the spiked matrix-tensor model in the plane of the tensor noise and the matrix signal-to-noise ratio: IT, AMP, ML-AMP and gradient-flow thresholds, gradient-flow region shaded"
          height={height}
          series={series}
          polygons={l ? gfWorks(l) : []}
          marker={marker}
          xLabel="Δ_p (tensor noise)"
          yLabel="1/Δ_2 (matrix signal-to-noise)"
          xScale="log"
          yScale="lin"
          xDomain={[DP.min, DP.max]}
          yDomain={[0, INVD2.max]}
          onPick={pick}
        />
      </div>
    ),
  });
}, {
  cites: ['sarao2020marvels', 'sarao2019passed', 'sarao2019afraid'],
  cli: () => [
    {
      command: 'landscape-phase-diagram',
      args: {},
      series: { it: ['dp', 'invd2_it'], amp: ['dp', 'invd2_amp'], mlamp: ['dp', 'invd2_mlamp'], gf: ['dp', 'invd2_gf'] },
    },
  ],
});
