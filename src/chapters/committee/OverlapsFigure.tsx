import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { SeriesSwatch } from '../../charts/Swatch.tsx';
import type { Series } from '../../charts/types.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chartMarks } from './marks.ts';
import { chapter } from './meta.ts';
import { MethodNote } from './MethodNote.tsx';
import { curveCli, useCurvePanel } from './useCurvePanel.ts';

/**
 * Figure 2 of the committee chapter: the overlaps q_d (specialisation) and q_a (the committee-wide part)
 * of the Bayes-optimal and the AMP fixed points against α, with the same thresholds as figure 1 (from the same
 * curve panel: one job for both figures).
 */
export const OverlapsFigure = defineFigure(chapter, 'overlaps', 340, function Overlaps({ p, height, svgRef, frame }) {
  const { panel, axis, xDomain, large, progress, error } = useCurvePanel(p);
  const marks = chartMarks(panel?.marks ?? null, 0, 1);
  const c = panel?.curve ?? null;
  const series: Series[] = c
    ? [
        { id: 'qd_bayes', label: 'q_d Bayes-optimal', x: c.x, y: c.qd_bayes, color: 0 },
        { id: 'qa_bayes', label: 'q_a Bayes-optimal', x: c.x, y: c.qa_bayes, color: 3 },
        { id: 'qd_amp', label: 'q_d AMP', x: c.x, y: c.qd_amp, color: 1, dash: true },
        { id: 'qa_amp', label: 'q_a AMP', x: c.x, y: c.qa_amp, color: 4, dash: true },
        ...(c.qd_spec ? [{ id: 'qd_spec', label: 'q_d specialised branch', x: c.x, y: c.qd_spec, color: 2, dash: true }] : []),
      ]
    : [];

  return frame({
    csv: () => seriesCsv(series, axis?.x_name ?? 'alpha', 'overlap'),
    json: () => ({ thresholds: panel?.thresholds ?? null }),
    progress,
    error,
    caption: (
          <>
            The student&ndash;teacher overlap matrix in the committee-symmetric form <Tex>{'q = q_d I + (q_a/K)\\,\\mathbf 1\\mathbf 1^\\top'}</Tex>:{' '}
            <Tex>{'q_a'}</Tex> is what every student unit shares with the whole teacher committee, <Tex>{'q_d'}</Tex> what it shares with one
            teacher unit alone. On the non-specialised branch <Tex>{'q_d = 0'}</Tex> and <Tex>{'q_a'}</Tex> grows with <Tex>\alpha</Tex>;
            the specialisation is the jump (continuous for <Tex>{'K = 2'}</Tex>) of <Tex>{'q_d'}</Tex>, after which <Tex>{'q_a'}</Tex> falls
            back as the overlap moves onto the diagonal and <Tex>{'q \\to I'}</Tex>.{' '}
            {large ? (
              <>
                At large <Tex>K</Tex> the specialised branch {series[4] ? <SeriesSwatch s={series[4]} /> : null} exists above the spinodal but is only metastable until{' '}
                <Tex>{'\\tilde\\alpha_{\\rm IT}'}</Tex>.{' '}
              </>
            ) : null}
            <MethodNote panel={panel} />
          </>
        ),
    children: (
      <div data-k={p.K === Infinity ? 'large' : p.K} data-act={p.act} data-points={c?.x.length ?? 0}>
        <LineChart
          ref={svgRef}
          id="overlaps"
          ariaLabel={`overlaps q_d and q_a against ${large ? 'alpha over K' : 'alpha'} for the Bayes-optimal estimator and AMP`}
          height={height}
          series={series}
          thresholds={marks.thresholds}
          regions={marks.regions}
          polygons={marks.polygons}
          xLabel={large ? 'α̃ = α/K' : 'α = n/d'}
          yLabel="overlap"
          xScale="log"
          yScale="lin"
          xDomain={xDomain}
          yDomain={[0, 1]}
        />
      </div>
    ),
  });
}, {
  cites: ['aubin2018committee'],
  // the same panel as figure 1 (committee-learning-curve); the specialised branch exists in the K → ∞ limit only
  cli: (p) => [
    curveCli(p, {
      qd_bayes: ['x', 'qd_bayes'], qa_bayes: ['x', 'qa_bayes'], qd_amp: ['x', 'qd_amp'], qa_amp: ['x', 'qa_amp'],
      ...(p.K === Infinity ? { qd_spec: ['x', 'qd_spec'] } : {}),
    }),
  ],
});
