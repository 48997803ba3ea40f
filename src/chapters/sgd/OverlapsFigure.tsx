import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Series } from '../../charts/types.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { curveCli, curveRequest } from './model.ts';
import { useSharedJob } from '../../compute/useSharedJob.ts';
import { ALPHA_MIN } from './viewParams.ts';

/** Entry (row, col) of every time point of a flattened nOut × rows × cols array. */
function entry(flat: Float64Array, nOut: number, rows: number, cols: number, r: number, c: number): Float64Array {
  return Float64Array.from({ length: nOut }, (_, t) => flat[(t * rows + r) * cols + c]);
}

/**
 * Figure 2: the order parameters along the ODE: R_in (one colour per teacher unit n, one line per student
 * unit i), the student norms Q_ii and overlaps Q_ik, and v_k when the second layer trains.
 */
export const OverlapsFigure = defineFigure(chapter, 'overlaps', 360, function Overlaps({ p, height, svgRef, frame }) {
  const job = useSharedJob('sgd/curve', 'sgdCurve', curveRequest(p));
  const d = job.data;

  const series: Series[] = [];
  if (d) {
    const { K, M, alpha: a } = d;
    const n = a.length;
    for (let m = 0; m < M; m++)
      for (let i = 0; i < K; i++)
        series.push({ id: `R${i + 1}${m + 1}`, label: `R_{i${m + 1}} (teacher unit ${m + 1})`, x: a, y: entry(d.R, n, K, M, i, m), color: m % 5, legend: i === 0 });
    for (let i = 0; i < K; i++) series.push({ id: `Q${i + 1}${i + 1}`, label: 'Q_{ii}', x: a, y: entry(d.Q, n, K, K, i, i), color: 6, dash: true, legend: i === 0 });
    for (let i = 0; i < K; i++)
      for (let k = i + 1; k < K; k++) series.push({ id: `Q${i + 1}${k + 1}`, label: 'Q_{ik}, i ≠ k', x: a, y: entry(d.Q, n, K, K, i, k), color: 5, dash: true, legend: i === 0 && k === 1 });
    if (d.v_trained) for (let i = 0; i < K; i++) series.push({ id: `v${i + 1}`, label: 'v_i', x: a, y: entry(d.v, n, K, 1, i, 0), color: 4, legend: i === 0 });
  }

  return frame({
    csv: () => seriesCsv(series.map((s) => ({ ...s, label: s.id })), 'alpha', 'value'),
    json: () => ({ ok: d?.ok, stopped_at: d?.stopped_at }),
    jobs: [job],
    caption: (
          <>
            The ODE's order parameters against <Tex>\alpha</Tex>: solid lines are the student–teacher overlaps{' '}
            <Tex>{'R_{in}'}</Tex>, one colour per teacher unit <Tex>n</Tex> and one line per student unit <Tex>i</Tex>; dashed, the
            student norms <Tex>{'Q_{ii}'}</Tex> and cross-overlaps <Tex>{'Q_{ik}'}</Tex>
            {d?.v_trained ? (
              <>
                ; yellow, the second-layer weights <Tex>{'v_i'}</Tex>
              </>
            ) : null}
            . On the plateau all lines of one colour coincide (<Tex>{'R_{in} = r'}</Tex>: no unit has chosen a teacher unit yet); at the
            exit they split, one <Tex>{'R_{in}'}</Tex> per student unit rising towards <Tex>{'T_{nn} = 1'}</Tex> and the others falling
            to zero — specialisation.
            {d && d.stopped_at !== null ? (
              <>
                {' '}The integration stopped at <Tex>{`\\alpha = ${fmt(d.stopped_at)}`}</Tex> (ReLU step collapse after learning).
              </>
            ) : null}
          </>
    ),
    children: (
      <LineChart
        ref={svgRef}
        id="overlaps"
        ariaLabel="student-teacher overlaps R, student overlaps Q and second-layer weights v against alpha"
        height={height}
        series={series}
        xLabel="α = steps / N"
        yLabel="order parameter"
        xScale="log"
        yScale="lin"
        xDomain={[ALPHA_MIN, p.alpha]}
      />
    ),
  });
}, {
  cites: ['saad1995online', 'goldt2019dynamics'],
  // sgd-learning-curve prints every line under the figure's own name (R11…, Q11…, v1…)
  cli: (p) => {
    const ids: string[] = [];
    for (let m = 1; m <= p.M; m++) for (let i = 1; i <= p.K; i++) ids.push(`R${i}${m}`);
    for (let i = 1; i <= p.K; i++) for (let k = i; k <= p.K; k++) ids.push(`Q${i}${k}`);
    if (p.both === 1) for (let i = 1; i <= p.K; i++) ids.push(`v${i}`);
    return [curveCli(p, Object.fromEntries(ids.map((id) => [id, ['alpha', id] as const])))];
  },
});
