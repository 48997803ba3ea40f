import { seriesCsv } from '../../charts/exportFigure.ts';
import { defineFigure } from '../../view/defineFigure.tsx';
import { fmt } from '../../charts/LineChart.tsx';
import { Histogram, type HistogramMark } from '../../charts/Histogram.tsx';
import type { Threshold } from '../../charts/types.ts';
import { useSharedJob } from '../../compute/useSharedJob.ts';
import { useSettledRequest } from '../../compute/useSettled.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { modelArgs, spikedModel, type SpikedView } from './requests.ts';

function spectrumRequest(p: SpikedView) {
  return { ...spikedModel(p), delta: p.delta, p: p.p, seed: p.seed };
}

/** Figure 3a: the eigenvalues of Y/√p, with the semicircle edges ±2√Δ and the BBP outlier ρ_v + Δ/ρ_v. */
export const SpectrumFigure = defineFigure(chapter, 'spectrum', 320, function Spectrum({ p, height, svgRef, frame }) {
  const req = useSettledRequest(spectrumRequest(p));
  const job = useSharedJob('spiked/spectrum', 'spikedSpectrum', req.run, { waiting: req.waiting });
  const r = job.data;
  const thresholds: Threshold[] = r
    ? [
        { x: r.predicted.edge_lo, label: '−2√Δ', color: 0 },
        { x: r.predicted.edge_hi, label: '2√Δ', color: 0 },
        ...(r.predicted.outlier !== null ? [{ x: r.predicted.outlier, label: 'BBP outlier', color: 1 }] : []),
      ]
    : [];
  const marks: HistogramMark[] = r ? [{ x: r.values[r.values.length - 1], label: `top: ${fmt(r.values[r.values.length - 1])}`, color: 5 }] : [];
  return frame({
    csv: () => seriesCsv(r ? [{ id: 'eigenvalue', label: 'eigenvalue of Y/√p', x: Float64Array.from(r.values, (_, k) => k), y: r.values }] : [], 'k', 'eigenvalue'),
    json: () => ({ p: r?.p, predicted: r?.predicted, outliers: r ? Array.from(r.outliers) : [] }),
    jobs: [job],
    caption: (
      <>
        The <Tex>{`${r?.p ?? ''}`}</Tex> eigenvalues of <Tex>{'Y/\\sqrt p'}</Tex> on one instance (spectra are taken at{' '}
        <Tex>{'p \\le 300'}</Tex>: a full diagonalisation is <Tex>{'O(p^3)'}</Tex>). The noise fills the semicircle on{' '}
        <Tex>{'[-2\\sqrt\\Delta, 2\\sqrt\\Delta]'}</Tex>; the spike pulls one eigenvalue out, to{' '}
        <Tex>{'\\rho_v + \\Delta/\\rho_v'}</Tex>, only when <Tex>{'\\Delta < \\rho_v^2'}</Tex> (BBP), and PCA&rsquo;s eigenvector then has
        squared overlap <Tex>{'1 - \\Delta/\\rho_v^2'}</Tex>.{' '}
        {r ? (r.predicted.outlier !== null ? <>Predicted outlier <Tex>{fmt(r.predicted.outlier)}</Tex>, measured top eigenvalue <Tex>{fmt(r.values[r.values.length - 1])}</Tex>.</> : <>Here <Tex>{'\\Delta \\ge \\rho_v^2'}</Tex>: no outlier, PCA sees noise.</>) : null}
      </>
    ),
    children: (
      <div data-outliers={r?.outliers.length ?? 0} data-outlier-pred={r?.predicted.outlier ?? undefined}>
        <Histogram
          ref={svgRef}
          id="spectrum"
          ariaLabel="histogram of the eigenvalues of Y over root p with the semicircle edges and the predicted BBP outlier"
          height={height}
          values={r?.values ?? []}
          bins={40}
          thresholds={thresholds}
          marks={marks}
          xLabel="eigenvalue of Y/√p"
          yLabel="count"
        />
      </div>
    ),
  });
}, {
  // the eigenvalues it bins, in ascending order (the command also prints their histogram and the predictions)
  cli: (p) => [{ command: 'spiked-spectrum', args: { ...modelArgs(p), delta: p.delta, p: p.p, seed: p.seed }, series: { eigenvalue: ['#', 'eigenvalues'] } }],
});

/** Figure 3b: the eigenvalues of the LAMP matrix K(Y/√p − ρ_v I)/Δ on the same instance, its top eigenvalue marked. */
export const LampFigure = defineFigure(chapter, 'lamp', 320, function Lamp({ p, height, svgRef, frame }) {
  const req = useSettledRequest(spectrumRequest(p));
  const job = useSharedJob('spiked/spectrum', 'spikedSpectrum', req.run, { waiting: req.waiting });
  const r = job.data;
  const lv = r?.lamp_values ?? null;
  const pr = r?.lamp_predicted ?? null;
  const marks: HistogramMark[] = lv ? [{ x: lv[lv.length - 1], label: `top: ${fmt(lv[lv.length - 1])}`, color: 5 }] : [];
  const thresholds: Threshold[] = pr
    ? [
        ...(pr.edge_lo !== null ? [{ x: pr.edge_lo, label: 'edge', color: 0 }] : []),
        ...(pr.edge_hi !== null ? [{ x: pr.edge_hi, label: 'edge', color: 0 }] : []),
        ...(pr.outlier !== null ? [{ x: pr.outlier, label: 'outlier', color: 1 }] : []),
      ]
    : [];
  return frame({
    csv: () => seriesCsv(lv ? [{ id: 'lamp_eigenvalue', label: 'eigenvalue of the LAMP matrix', x: Float64Array.from(lv, (_, k) => k), y: lv }] : [], 'k', 'eigenvalue'),
    json: () => ({ p: r?.p, lamp_top: r?.lamp_top ?? null, lamp_predicted: pr }),
    jobs: [job],
    caption: (
      <>
        The spectral method derived from AMP, linearised around zero overlap (LAMP, Aubin et al. 2019, Sec. 4): the top eigenvector of{' '}
        <Tex>{'K(Y/\\sqrt p - \\rho_v I)/\\Delta'}</Tex>, with <Tex>{'K = \\mathbb E[vv^\\top \\mid W]'}</Tex> (linear:{' '}
        <Tex>{'WW^\\top/k'}</Tex>; sign: <Tex>{'\\tfrac2\\pi WW^\\top/k + (1 - \\tfrac2\\pi)I'}</Tex>; i.i.d. priors: <Tex>{'\\rho_v I'}</Tex>, and
        LAMP is PCA). Its outlier separates from the bulk at AMP&rsquo;s threshold <Tex>{'\\Delta_c'}</Tex>, not at PCA&rsquo;s: it
        uses the generative structure. Eigenvalues of the symmetric similar matrix <Tex>{'K^{1/2}(\\cdot)K^{1/2}'}</Tex>; the predicted bulk
        edges (<Tex>{'p \\to \\infty'}</Tex>) come from the resolvent of <Tex>{'K^{1/2}(Y/\\sqrt p - \\rho_v I)K^{1/2}'}</Tex> (a matrix Dyson
        equation with the Marchenko&ndash;Pastur law of <Tex>{'WW^\\top/k'}</Tex>), and the outlier, below the threshold, sits at 1.{' '}
        {pr && pr.outlier !== null && lv ? <>Predicted outlier <Tex>{fmt(pr.outlier)}</Tex>, measured top eigenvalue <Tex>{fmt(lv[lv.length - 1])}</Tex> (at this small <Tex>p</Tex> the bulk&rsquo;s upper edge converges slowly).{' '}</> : null}
        {lv ? null : <strong>Not defined for ReLU (its mean is not zero): no LAMP.</strong>}
      </>
    ),
    children: (
      <div data-lamp-top={r?.lamp_top ?? undefined}>
        <Histogram
          ref={svgRef}
          id="lamp"
          ariaLabel="histogram of the eigenvalues of the LAMP matrix with its top eigenvalue marked"
          height={height}
          values={lv ?? []}
          bins={40}
          thresholds={thresholds}
          marks={marks}
          xLabel="eigenvalue of the LAMP matrix"
          yLabel="count"
        />
      </div>
    ),
  });
}, {
  // the LAMP matrix's eigenvalues it bins, ascending (the command also prints their histogram and the predictions)
  cli: (p) => [{ command: 'spiked-spectrum', args: { ...modelArgs(p), delta: p.delta, p: p.p, seed: p.seed }, series: { lamp_eigenvalue: ['#', 'lamp_eigenvalues'] } }],
});
