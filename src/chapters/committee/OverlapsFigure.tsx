import { useRef } from 'react';
import { LineChart } from '../../charts/LineChart.tsx';
import { Figure } from '../../view/Figure.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { useApp$, useLinkFor } from '../../view/context.ts';
import { useFigureHeight } from '../../app/useFigureHeight.ts';
import { Tex } from '../../ui/Tex.tsx';
import type { FigureViewProps } from '../types.ts';
import { curveMarks } from './marks.ts';
import { MethodNote } from './MethodNote.tsx';
import { useCommitteeCurve } from './useCommitteeCurve.ts';

/**
 * Figure 2 of the committee chapter: the overlaps q_d (specialisation) and q_a (the committee-wide part)
 * of the Bayes-optimal and the AMP fixed points against α, with the same thresholds as figure 1.
 */
export function OverlapsFigure({ embed }: FigureViewProps) {
  const s = useCommitteeCurve('committee/ov');
  const params = useApp$((st) => st.params);
  const svgRef = useRef<SVGSVGElement>(null);
  const link = useLinkFor('overlaps');
  const height = useFigureHeight(embed, 340);
  const marks = curveMarks(s, 0, 1);
  const c = s.curve;
  const series: Series[] = c
    ? [
        { id: 'qd_bayes', label: 'q_d Bayes-optimal', x: c.x, y: c.qd_bayes, color: 0 },
        { id: 'qa_bayes', label: 'q_a Bayes-optimal', x: c.x, y: c.qa_bayes, color: 3 },
        { id: 'qd_amp', label: 'q_d AMP', x: c.x, y: c.qd_amp, color: 1, dash: true },
        { id: 'qa_amp', label: 'q_a AMP', x: c.x, y: c.qa_amp, color: 4, dash: true },
        ...(c.qd_spec ? [{ id: 'qd_spec', label: 'q_d specialised branch', x: c.x, y: c.qd_spec, color: 2, dash: true }] : []),
      ]
    : [];

  return (
    <Figure
      id="overlaps"
      title="Order parameters"
      svgRef={svgRef}
      csv={() => seriesCsv(series, s.large ? 'alpha_over_K' : 'alpha', 'overlap')}
      json={() => ({ chapter: 'committee', figure: 'overlaps', params, thresholds: s.finite ?? s.largeK })}
      link={link}
      progress={s.progress}
      error={s.error}
      embed={embed}
      caption={
        embed ? undefined : (
          <>
            The student&ndash;teacher overlap matrix in the committee-symmetric form <Tex>{'q = q_d I + (q_a/K)\\,\\mathbf 1\\mathbf 1^\\top'}</Tex>:{' '}
            <Tex>{'q_a'}</Tex> is what every student unit shares with the whole teacher committee, <Tex>{'q_d'}</Tex> what it shares with one
            teacher unit alone. On the non-specialised branch <Tex>{'q_d = 0'}</Tex> and <Tex>{'q_a'}</Tex> grows with <Tex>\alpha</Tex>;
            the specialisation is the jump (continuous for <Tex>{'K = 2'}</Tex>) of <Tex>{'q_d'}</Tex>, after which <Tex>{'q_a'}</Tex> falls
            back as the overlap moves onto the diagonal and <Tex>{'q \\to I'}</Tex>.{' '}
            {s.large ? (
              <>
                At large <Tex>K</Tex> the specialised branch (dashed green) exists above the spinodal but is only metastable until{' '}
                <Tex>{'\\tilde\\alpha_{\\rm IT}'}</Tex>.{' '}
              </>
            ) : null}
            <MethodNote s={s} />
          </>
        )
      }
    >
      <div data-k={s.large ? 'large' : s.K} data-act={s.act} data-points={c?.x.length ?? 0}>
        <LineChart
          ref={svgRef}
          id="overlaps"
          ariaLabel={`overlaps q_d and q_a against ${s.large ? 'alpha over K' : 'alpha'} for the Bayes-optimal estimator and AMP`}
          height={height}
          series={series}
          thresholds={marks.thresholds}
          regions={marks.regions}
          polygons={marks.polygons}
          xLabel={s.large ? 'α̃ = α/K' : 'α = n/d'}
          yLabel="overlap"
          xScale="log"
          yScale="lin"
          xDomain={[s.grid.min, s.grid.max]}
          yDomain={[0, 1]}
        />
      </div>
    </Figure>
  );
}
