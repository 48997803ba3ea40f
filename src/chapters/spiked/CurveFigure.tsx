import { useMemo } from 'react';
import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Region, Series, Threshold } from '../../charts/types.ts';
import { useJob } from '../../compute/usePool.ts';
import { Tex } from '../../ui/Tex.tsx';
import { chapter } from './meta.ts';
import { CURVE_GRID, FINITE_GRID, modelArgs, runs, spikedModel } from './requests.ts';

/** the (Δ, seed) runs over in a finite-size partial */
const runsOver = (seeds: Float64Array) => seeds.reduce((a, k) => a + k, 0);

/** mean ± one standard deviation */
const band = (m: Float64Array, s: Float64Array, sign: 1 | -1) => Float64Array.from(m, (x, i) => x + sign * s[i]);

/** q/ρ_v, NaN (a gap in the line) where state evolution did not converge */
const div = (a: ArrayLike<number>, c: number, ok: Uint8Array) => Float64Array.from(a, (x, i) => (ok[i] ? x / c : NaN));

/**
 * Figure 1: the squared overlap of the Bayes-optimal estimator and of AMP (state evolution), of PCA (BBP closed
 * form) against Δ, with the thresholds and the hard phase, and AMP, PCA and LAMP on seeded finite instances.
 */
export const CurveFigure = defineFigure(chapter, 'curve', 380, function Curve({ p, height, svgRef, frame }) {
  const model = spikedModel(p);
  const curve = useJob('spiked/curve', 'spikedCurve', { ...model, ...CURVE_GRID });
  // the marker at the reader's Δ exactly: the same SE at a one-point grid
  const here = useJob('spiked/curve-point', 'spikedCurve', { ...model, deltaMin: p.delta, deltaMax: p.delta, n: 1 }, { cancel: 'drop' });
  const thr = useJob('spiked/thresholds', 'spikedThresholds', model);
  // the finite-size points stream (workers/physics/spiked/finite.ts): seed 0 at every Δ, then the others, each point
  // the mean over its seeds so far; a newer request cancels the run between two pauses, so it starts at once
  const finReq = { ...model, ...FINITE_GRID, ...runs(p) };
  const fin = useJob('spiked/finite', 'spikedFinite', finReq, { partial: true });
  const c = curve.data;
  const t = thr.data;
  const f = fin.data;
  // ρ_v = MSE + q on the state-evolution curve
  const rhoV = c ? c.mse_amp[0] + c.q_amp[0] : 1;

  // memoised by the data they are drawn from: a render that changes neither (a slider step, the marker's point
  // arriving) keeps the arrays, so the chart reuses their path text (src/charts/pathCache.ts) instead of rebuilding it
  const withLamp = model.prior === 'generative' && model.act !== 'relu';
  const lines = useMemo((): Series[] => c
    ? [
        { id: 'bayes', label: 'Bayes-optimal (SE)', x: c.delta, y: div(c.q_bayes, rhoV, c.converged), color: 0 },
        { id: 'amp', label: 'AMP (SE, uninformed)', x: c.delta, y: div(c.q_amp, rhoV, c.converged), color: 1, dash: true },
        { id: 'pca', label: 'PCA (BBP)', x: c.delta, y: c.overlap_pca, color: 2 },
        // LAMP's limit (lampTheory.ts): PCA's for the i.i.d. priors, undefined for ReLU — drawn for linear and sign φ
        ...(withLamp
          ? [{ id: 'lamp', label: 'LAMP (p → ∞)', x: c.delta, y: Float64Array.from(c.overlap_lamp, (v) => v ?? NaN), color: 3, dash: true }]
          : []),
      ]
    : [], [c, rhoV, withLamp]);
  // (a partial's points are those with a run over: none is offered before the first)
  const p0 = finReq.p;
  const points = useMemo((): Series[] => f && f.delta.length > 0
    ? [
        { id: 'amp-runs', label: `AMP, p = ${p0}`, kind: 'points', x: f.delta, y: f.amp_mean, lo: band(f.amp_mean, f.amp_std, -1), hi: band(f.amp_mean, f.amp_std, 1), color: 4 },
        { id: 'pca-runs', label: 'PCA, finite p', kind: 'points', x: f.delta, y: f.pca_mean, lo: band(f.pca_mean, f.pca_std, -1), hi: band(f.pca_mean, f.pca_std, 1), color: 5 },
        // LAMP is PCA for the i.i.d. priors (K = ρ_v I) and undefined for ReLU: drawn for linear and sign φ only
        ...(withLamp
          ? [{ id: 'lamp-runs', label: 'LAMP, finite p', kind: 'points' as const, x: f.delta, y: f.lamp_mean, lo: band(f.lamp_mean, f.lamp_std, -1), hi: band(f.lamp_mean, f.lamp_std, 1), color: 3 }]
          : []),
      ]
    : [], [f, p0, withLamp]);
  const thresholds: Threshold[] = [];
  const regions: Region[] = [];
  if (t) {
    thresholds.push({ x: t.delta_pca, label: 'Δ_PCA', color: 2 });
    if (t.delta_alg !== null && t.delta_it !== null && t.delta_it > t.delta_alg * (1 + 1e-6)) {
      thresholds.push({ x: t.delta_alg, label: 'Δ_alg', color: 1 }, { x: t.delta_it, label: 'Δ_IT', color: 0 });
      regions.push({ x0: t.delta_alg, x1: t.delta_it, label: 'hard phase' });
    } else if (t.delta_alg !== null) thresholds.push({ x: t.delta_alg, label: 'Δ_alg = Δ_IT', color: 0 });
  }
  // the reader's Δ on the Bayes curve, with AMP's value there when it differs (the hard phase)
  const h = here.data;
  let marker = null;
  if (h && c) {
    const [bayes, amp] = [h.q_bayes[0] / rhoV, h.q_amp[0] / rhoV];
    const same = Math.abs(bayes - amp) < 1e-6;
    marker = { x: h.delta[0], y: bayes, label: `Δ = ${fmt(h.delta[0])}: overlap² ${same ? fmt(bayes) : `Bayes ${fmt(bayes)}, AMP ${fmt(amp)}`}` };
  }

  return frame({
    csv: () => seriesCsv([...lines, ...points], 'delta', 'overlap2'),
    json: () => ({ thresholds: t }),
    jobs: [curve, here, thr, fin],
    progress: curve.progress ?? fin.progress,
    caption: (
      <>
        Squared overlap <Tex>{'(\\hat v \\cdot v^\\star)^2/(|\\hat v|^2 |v^\\star|^2)'}</Tex> of the estimate with the spike against the noise{' '}
        <Tex>\Delta</Tex>: the Bayes-optimal estimator and AMP from state evolution (<Tex>{'p \\to \\infty'}</Tex>), PCA from the BBP
        formula <Tex>{'1 - \\Delta/\\rho_v^2'}</Tex>, LAMP from the resolvent of its matrix (for linear <Tex>\varphi</Tex> it equals AMP&rsquo;s), and AMP, PCA and LAMP on <Tex>{`${finReq.seeds}`}</Tex> random instances of size{' '}
        <Tex>{`p = ${finReq.p}`}</Tex> (bars: ± one standard deviation)
        {f && !f.over ? <> — running: {runsOver(f.seeds_done)} of {FINITE_GRID.n * finReq.seeds} runs so far, each point the mean of its seeds so far</> : null}.{' '}
        {t && t.delta_alg !== null && t.delta_it !== null && t.delta_it > t.delta_alg * (1 + 1e-6) ? (
          <>
            Between <Tex>{`\\Delta_{\\rm alg} = ${fmt(t.delta_alg)}`}</Tex> and <Tex>{`\\Delta_{\\rm IT} = ${fmt(t.delta_it)}`}</Tex> lies the
            hard phase: the spike can be estimated, but AMP, started without information, stays at zero overlap.
          </>
        ) : t && t.delta_alg !== null ? (
          <>
            AMP reaches the Bayes-optimal overlap everywhere: the transition at <Tex>{`\\Delta_c = ${fmt(t.delta_alg)}`}</Tex> is continuous,
            with no hard phase, and it lies beyond PCA&rsquo;s <Tex>{`\\Delta_{\\rm PCA} = ${fmt(t.delta_pca)}`}</Tex>.
          </>
        ) : t ? (
          <>This prior has a non-zero mean: some overlap is reached at every <Tex>\Delta</Tex>, there is no weak-recovery threshold (and no LAMP).</>
        ) : null}
      </>
    ),
    children: (
      <div data-delta-alg={t?.delta_alg ?? undefined} data-delta-it={t?.delta_it ?? undefined} data-finite={f ? f.delta.length : 0} data-finite-runs={f ? runsOver(f.seeds_done) : 0}>
        <LineChart
          ref={svgRef}
          id="curve"
          ariaLabel="squared overlap against the noise variance for the Bayes-optimal estimator, AMP, PCA and LAMP"
          height={height}
          series={[...lines, ...points]}
          thresholds={thresholds}
          regions={regions}
          marker={marker}
          xLabel="noise variance Δ"
          yLabel="squared overlap with v*"
          xScale="log"
          yScale="lin"
          xDomain={[CURVE_GRID.deltaMin, CURVE_GRID.deltaMax]}
          yDomain={[0, 1]}
        />
      </div>
    ),
  });
}, {
  // the lines on their grid, and the finite-size points of the same seeds (LAMP drawn for linear and sign φ only)
  cli: (p) => {
    const lamp = p.prior === 'generative' && p.act !== 'relu';
    return [
      {
        command: 'spiked-overlap-curve',
        args: modelArgs(p),
        series: { bayes: ['delta', 'overlap_bayes'], amp: ['delta', 'overlap_amp'], pca: ['delta', 'overlap_pca'], ...(lamp ? { lamp: ['delta', 'overlap_lamp'] as const } : {}) },
      },
      {
        command: 'spiked-finite',
        args: { ...modelArgs(p), ...runs(p) },
        series: { 'amp-runs': ['delta', 'amp_mean'], 'pca-runs': ['delta', 'pca_mean'], ...(lamp ? { 'lamp-runs': ['delta', 'lamp_mean'] as const } : {}) },
      },
    ];
  },
});
