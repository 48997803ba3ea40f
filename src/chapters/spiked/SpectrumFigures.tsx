import { seriesCsv } from '../../charts/exportFigure.ts';
import { defineFigure } from '../../view/defineFigure.tsx';
import { fmt } from '../../charts/LineChart.tsx';
import { Histogram, type HistogramMark } from '../../charts/Histogram.tsx';
import type { Threshold } from '../../charts/types.ts';
import { useSharedJob } from '../../compute/useSharedJob.ts';
import type { JobState } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { modelArgs, spikedModel, type SpikedView } from './requests.ts';

function spectrumRequest(p: SpikedView) {
  return { ...spikedModel(p), delta: p.delta, p: p.p, seed: p.seed };
}

/**
 * The spectra of the reader's instance, shared by both figures. The job streams (workers/physics/spiked/spectrum.ts):
 * first the spectra of the same model at p/4 (a preview, its own smaller instance), then the full ones; a slider
 * step cancels it within milliseconds, so it starts at once.
 */
function useSpectrum(p: SpikedView) {
  return useSharedJob('spiked/spectrum', 'spikedSpectrum', spectrumRequest(p), { partial: true });
}

/** The size of the preview shown (a partial result of the current request), null once the full spectra are in. */
function previewSize(job: JobState<{ p: number }>): number | null {
  return job.running && job.current && job.data ? job.data.p : null;
}

/** Figure 3a: the eigenvalues of Y/√p, with the semicircle edges ±2√Δ and the BBP outlier ρ_v + Δ/ρ_v. */
export const SpectrumFigure = defineFigure(chapter, 'spectrum', 320, function Spectrum({ p, height, svgRef, frame }) {
  const job = useSpectrum(p);
  const r = job.data;
  const preview = previewSize(job);
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
        {preview !== null ? <>Preview: the spectrum of an instance of the same model at <Tex>{`p = ${preview}`}</Tex>, while the full one is computed. </> : null}
        The <Tex>{`${r?.p ?? ''}`}</Tex> eigenvalues of <Tex>{'Y/\\sqrt p'}</Tex> on one instance (spectra are taken at{' '}
        <Tex>{'p \\le 300'}</Tex>: a full diagonalisation is <Tex>{'O(p^3)'}</Tex>). The noise fills the semicircle on{' '}
        <Tex>{'[-2\\sqrt\\Delta, 2\\sqrt\\Delta]'}</Tex>; the spike pulls one eigenvalue out, to{' '}
        <Tex>{'\\rho_v + \\Delta/\\rho_v'}</Tex>, only when <Tex>{'\\Delta < \\rho_v^2'}</Tex> (BBP), and PCA&rsquo;s eigenvector then has
        squared overlap <Tex>{'1 - \\Delta/\\rho_v^2'}</Tex>.{' '}
        {r ? (r.predicted.outlier !== null ? <>Predicted outlier <Tex>{fmt(r.predicted.outlier)}</Tex>{preview === null ? <>, measured top eigenvalue <Tex>{fmt(r.values[r.values.length - 1])}</Tex></> : null}.</> : <>Here <Tex>{'\\Delta \\ge \\rho_v^2'}</Tex>: no outlier, PCA sees noise.</>) : null}
      </>
    ),
    children: (
      <div data-outliers={r?.outliers.length ?? 0} data-outlier-pred={r?.predicted.outlier ?? undefined} data-preview={preview ?? undefined}>
        <Histogram
          ref={svgRef}
          id="spectrum"
          ariaLabel="histogram of the eigenvalues of Y over root p with the semicircle edges and the predicted BBP outlier"
          height={height}
          values={r?.values ?? []}
          bins={40}
          thresholds={thresholds}
          marks={marks}
          xLabel={preview !== null ? `eigenvalue of Y/√p — preview, p = ${preview}` : 'eigenvalue of Y/√p'}
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
  const job = useSpectrum(p);
  const r = job.data;
  const lv = r?.lamp_values ?? null;
  // (ReLU has no LAMP: nothing to preview)
  const preview = lv ? previewSize(job) : null;
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
        {preview !== null ? <>Preview at <Tex>{`p = ${preview}`}</Tex> (an instance of the same model) while the full spectrum is computed.{' '}</> : null}
        {pr && pr.outlier !== null && lv ? <>Predicted outlier <Tex>{fmt(pr.outlier)}</Tex>{preview === null ? <>, measured top eigenvalue <Tex>{fmt(lv[lv.length - 1])}</Tex> (at this small <Tex>p</Tex> the bulk&rsquo;s upper edge converges slowly)</> : null}.{' '}</> : null}
        {lv ? null : <strong>Not defined for ReLU (its mean is not zero): no LAMP.</strong>}
      </>
    ),
    children: (
      <div data-lamp-top={r?.lamp_top ?? undefined} data-preview={preview ?? undefined}>
        <Histogram
          ref={svgRef}
          id="lamp"
          ariaLabel="histogram of the eigenvalues of the LAMP matrix with its top eigenvalue marked"
          height={height}
          values={lv ?? []}
          bins={40}
          thresholds={thresholds}
          marks={marks}
          xLabel={preview !== null ? `eigenvalue of the LAMP matrix — preview, p = ${preview}` : 'eigenvalue of the LAMP matrix'}
          yLabel="count"
        />
      </div>
    ),
  });
}, {
  // the LAMP matrix's eigenvalues it bins, ascending (the command also prints their histogram and the predictions)
  cli: (p) => [{ command: 'spiked-spectrum', args: { ...modelArgs(p), delta: p.delta, p: p.p, seed: p.seed }, series: { lamp_eigenvalue: ['#', 'lamp_eigenvalues'] } }],
});
