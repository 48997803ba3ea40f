import { defineFigure } from '../../view/defineFigure.tsx';
import { fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import { Histogram, type HistogramMark } from '../../charts/Histogram.tsx';
import type { Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { spikedModel } from './requests.ts';

/**
 * Figure 3 of the rough-landscapes chapter: the spectrum of the Hessian on the sphere where a
 * finite-N gradient-flow run stands at time t_H — a semicircle bulk [μ − 2σ, μ + 2σ] and, above the
 * GF line, a BBP outlier below it whose eigenvector points at the signal ("surfing on saddles",
 * arXiv:1907.08226 Sec. 4) — with the predicted bulk edge and outlier at the measured μ.
 */
export const HessianFigure = defineFigure(chapter, 'hessian', 340, function Hessian({ p, height, svgRef, frame }) {
  const model = spikedModel(p);
  const { thess } = p;
  const point = useJob('landscapes/hessian-point', 'landscapePoint', { dp: model.dp, invd2: model.invd2 }, { cancel: 'drop' });
  // resumable (workers/physics/landscapes/hessian.ts): a slider step cancels it within milliseconds, so it starts at
  // once; it has no partial result to draw (nothing of the histogram comes before the eigen-decomposition)
  const job = useJob('landscapes/hessian', 'landscapeHessian', { ...model, tmax: thess });
  const r = job.data;
  const pt = point.data;

  const thresholds: Threshold[] = r
    ? [
        { x: r.edge_pred, label: 'bulk edge μ − 2σ', color: 0 },
        ...(r.outlier_pred !== null ? [{ x: r.outlier_pred, label: 'BBP outlier (theory)', color: 1 }] : []),
      ]
    : [];
  const marks: HistogramMark[] = r ? [{ x: r.lambda_min, label: `λ_min: overlap² ${fmt(r.overlap_min)}`, color: 5 }] : [];
  const bins = r ? Math.round(2 * Math.sqrt(r.eigenvalues.length)) : 20;

  return frame({
    // the eigenvalues the histogram bins, in the CLI's order (k = 0, 1, …)
    csv: () => seriesCsv(r ? [{ id: 'eigenvalue', label: 'Hessian eigenvalue', x: Float64Array.from(r.eigenvalues, (_, k) => k), y: r.eigenvalues }] : [], 'k', 'eigenvalue'),
    json: () => ({
      state: r && { t: thess, m: r.m, mu: r.mu, lambda_min: r.lambda_min, overlap_min: r.overlap_min, escaped: r.escaped },
      prediction: r && { edge: r.edge_pred, outlier: r.outlier_pred, overlap2: r.overlap2_pred },
    }),
    jobs: [point, job],
    progress: job.progress,
    caption: (
      <>
        The <Tex>{'N - 1'}</Tex> eigenvalues of the Hessian on the sphere, <Tex>{'P(\\nabla^2 L + \\mu I)P'}</Tex>, where one run
        (seed index 0, <Tex>{`N = ${model.N}`}</Tex>) stands at <Tex>{`t_H = ${fmt(thess)}`}</Tex>
        {r ? (
          <>
            {' '}(<Tex>{`m = ${fmt(r.m)}`}</Tex>, <Tex>{`\\mu = ${fmt(r.mu)}`}</Tex>)
          </>
        ) : null}
        . With <Tex>{'m \\approx 0'}</Tex> the noise makes a semicircle on <Tex>{'[\\mu - 2\\sigma, \\mu + 2\\sigma]'}</Tex> and the
        matrix channel a rank-one spike <Tex>{'-\\tfrac{1}{\\Delta_2} x^\\star x^{\\star\\top}/N'}</Tex>: when{' '}
        <Tex>{'1/\\Delta_2 > \\sigma'}</Tex> — exactly the GF line <Tex>{'(1/\\Delta_2)^2 = 1/\\Delta_2 + 2/\\Delta_p'}</Tex> — it
        pulls one eigenvalue out of the bulk (Baik, Ben Arous, Péché), at <Tex>{'\\mu - 1/\\Delta_2 - \\sigma^2\\Delta_2'}</Tex>, with
        eigenvector overlap <Tex>{'1 - \\sigma^2\\Delta_2^2'}</Tex> with the signal.
        {r?.overlap2_pred != null ? (
          <>
            {' '}Predicted overlap² <Tex>{fmt(r.overlap2_pred)}</Tex>, measured <Tex>{fmt(r.overlap_min)}</Tex>.
          </>
        ) : r ? (
          <> Here <Tex>{'1/\\Delta_2 \\le \\sigma'}</Tex>: no outlier, the bottom direction knows nothing of the signal.</>
        ) : null}{' '}
        {pt?.outlier != null ? (
          <>
            At a threshold state (<Tex>{'\\mu = 2\\sigma'}</Tex>, approached by the <Tex>{'N \\to \\infty'}</Tex> flow) the bulk
            touches 0, so the outlier, at <Tex>{fmt(pt.outlier)}</Tex>, is the only way down, and it points at the signal: gradient
            flow surfs from saddle to saddle towards <Tex>{'x^\\star'}</Tex>.
          </>
        ) : pt ? (
          <>
            At a threshold state (<Tex>{'\\mu = 2\\sigma'}</Tex>) the bulk touches 0 and no direction points at the signal: the{' '}
            <Tex>{'N \\to \\infty'}</Tex> flow stays there.
          </>
        ) : null}
        {r?.escaped ? <strong> This run has already escaped (|m| &gt; 0.3): lower t_H to see the saddle.</strong> : null}
      </>
    ),
    children: (
      <div
        data-count={r?.eigenvalues.length ?? 0}
        data-lambda-min={r?.lambda_min}
        data-overlap-min={r?.overlap_min}
        data-edge-pred={r?.edge_pred}
        data-outlier-pred={r?.outlier_pred ?? undefined}
        data-m={r?.m}
      >
        <Histogram
          ref={svgRef}
          id="hessian"
          ariaLabel="histogram of the Hessian eigenvalues on the sphere with the predicted bulk edge and BBP outlier"
          height={height}
          values={r?.eigenvalues ?? []}
          bins={bins}
          thresholds={thresholds}
          marks={marks}
          xLabel="eigenvalue λ of the Hessian on the sphere"
          yLabel="count"
        />
      </div>
    ),
  });
}, {
  cites: ['sarao2019afraid'],
  // the spectrum at t = thess of run 0 (landscape-hessian's eigenvalues; `#`: their index)
  cli: (p) => [{ command: 'landscape-hessian', args: { ...spikedModel(p), tmax: p.thess }, series: { eigenvalue: ['#', 'eigenvalues'] } }],
});
