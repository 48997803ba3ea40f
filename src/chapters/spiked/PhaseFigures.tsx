import { defineFigure } from '../../view/defineFigure.tsx';
import { LineChart, fmt } from '../../charts/LineChart.tsx';
import { seriesCsv } from '../../charts/exportFigure.ts';
import type { Polygon, Series } from '../../charts/types.ts';
import { useSharedJob } from '../../compute/useSharedJob.ts';
import { Tex } from '../../ui/Tex.tsx';
import { useApp$ } from '../../view/context.ts';
import { chapter } from './meta.ts';

/** a clicked point, to 3 significant digits (the store clamps it into the schema's range) */
const round3 = (v: number) => Number(v.toPrecision(3));

const EMPTY = {} as Record<string, never>;

/**
 * Figure 2a: the Gauss-Bernoulli prior in the (ρ, Δ) plane: Δ_alg (= 1, AMP and PCA) and Δ_IT; between them, for
 * small ρ, the hard phase (shaded). A click moves the reader there, onto the sparse prior.
 */
export const PhaseSparseFigure = defineFigure(chapter, 'phase-sparse', 340, function PhaseSparse({ p, height, svgRef, frame }) {
  const setParams = useApp$((s) => s.setParams);
  const job = useSharedJob('spiked/phase', 'spikedPhase', EMPTY);
  const d = job.data;
  const series: Series[] = d
    ? [
        { id: 'it', label: 'Δ_IT (Bayes-optimal)', x: d.rho, y: d.delta_it, color: 0 },
        { id: 'alg', label: 'Δ_alg (AMP) = Δ_PCA', x: d.rho, y: d.delta_alg, color: 1, dash: true },
      ]
    : [];
  const polygons: Polygon[] = [];
  if (d) {
    const xs: number[] = [];
    const ys: number[] = [];
    const hard = (i: number) => d.delta_it[i] > d.delta_alg[i] * (1 + 1e-6);
    for (let i = 0; i < d.rho.length; i++) {
      if (!hard(i)) continue;
      xs.push(d.rho[i]);
      ys.push(d.delta_it[i]);
    }
    for (let i = d.rho.length - 1; i >= 0; i--) {
      if (!hard(i)) continue;
      xs.push(d.rho[i]);
      ys.push(d.delta_alg[i]);
    }
    if (xs.length > 2) polygons.push({ id: 'hard', label: 'hard', x: xs, y: ys, color: 1 });
  }
  const sparse = p.prior === 'sparse' || p.prior === 'sparse-rademacher';
  const marker = sparse ? { id: 'reader', x: p.rho, y: p.delta, label: `you: ρ = ${fmt(p.rho)}, Δ = ${fmt(p.delta)}` } : null;
  return frame({
    csv: () => seriesCsv(series, 'rho', 'delta'),
    json: () => ({ prior: 'sparse (Gauss-Bernoulli, unit second moment)' }),
    jobs: [job],
    progress: job.progress,
    caption: (
      <>
        Sparse spike, a fraction <Tex>\rho</Tex> of Gaussian non-zeros scaled to <Tex>{'\\mathbb E v^2 = 1'}</Tex>. Below{' '}
        <Tex>{'\\Delta = 1'}</Tex> AMP (and PCA) find the spike; above <Tex>{'\\Delta_{\\rm IT}(\\rho)'}</Tex> nothing can. For small{' '}
        <Tex>\rho</Tex> the two separate: in the shaded hard phase the Bayes-optimal estimator has a large overlap, yet no known polynomial
        algorithm gets any (Lesieur, Krzakala, Zdeborová 2017; Aubin et al. 2019, Fig. 1). Each point is a root-finding on the
        state-evolution equations.
      </>
    ),
    children: (
      <div data-points={d?.rho.length ?? 0}>
        <LineChart
          ref={svgRef}
          id="phase-sparse"
          ariaLabel="phase diagram of the sparse spiked model in the plane of density rho and noise Delta, hard phase shaded"
          height={height}
          series={series}
          polygons={polygons}
          marker={marker}
          xLabel="density ρ"
          yLabel="noise variance Δ"
          xScale="log"
          yScale="log"
          onPick={(x, y) => setParams({ prior: 'sparse', rho: round3(x), delta: round3(y) }, 'push')}
        />
      </div>
    ),
  });
}, {
  cli: () => [{ command: 'spiked-phase', args: {}, series: { it: ['rho', 'delta_it'], alg: ['rho', 'delta_alg'] } }],
});

/**
 * Figure 2b: the generative prior in the (α, Δ) plane: the weak-recovery line Δ_c(α) = 1 + α (linear),
 * 1 + 4α/π² (sign), which AMP and LAMP reach, above PCA's Δ = 1 — and no hard phase. A click moves the reader
 * there, onto the generative prior (linear φ for a reader at ReLU, which has no line here).
 */
export const PhaseGenerativeFigure = defineFigure(chapter, 'phase-generative', 340, function PhaseGenerative({ p, height, svgRef, frame }) {
  const setParams = useApp$((s) => s.setParams);
  const job = useSharedJob('spiked/phase', 'spikedPhase', EMPTY);
  const d = job.data;
  const series: Series[] = d
    ? [
        { id: 'linear', label: 'Δ_c, linear φ (= 1 + α)', x: d.alpha, y: d.delta_c_linear, color: 0 },
        { id: 'sign', label: 'Δ_c, sign φ (= 1 + 4α/π²)', x: d.alpha, y: d.delta_c_sign, color: 3 },
        { id: 'pca', label: 'Δ_PCA = 1', x: d.alpha, y: d.alpha.map(() => 1), color: 2, dash: true },
      ]
    : [];
  const marker = p.prior === 'generative' ? { id: 'reader', x: p.alpha, y: p.delta, label: `you: α = ${fmt(p.alpha)}, Δ = ${fmt(p.delta)}` } : null;
  return frame({
    csv: () => seriesCsv(series, 'alpha', 'delta'),
    json: () => ({}),
    jobs: [job],
    progress: job.progress,
    caption: (
      <>
        Generative spike <Tex>{'v = \\varphi(Wz/\\sqrt{k})'}</Tex> with <Tex>{'\\alpha = p/k'}</Tex>. Below the line{' '}
        <Tex>{'\\Delta_c(\\alpha) = \\rho_v^2 + \\alpha(\\mathbb E\\varphi\')^4'}</Tex> the spike is weakly recovered, and AMP and the
        spectral method LAMP do it: the statistical and the algorithmic thresholds coincide, there is no hard phase. PCA, blind to the
        structure, needs <Tex>{'\\Delta < 1'}</Tex>. (ReLU has <Tex>{'\\mathbb E\\varphi \\neq 0'}</Tex>: no threshold at all.)
      </>
    ),
    children: (
      <div data-points={d?.alpha.length ?? 0}>
        <LineChart
          ref={svgRef}
          id="phase-generative"
          ariaLabel="phase diagram of the generative spiked model in the plane of alpha and noise Delta: weak-recovery lines for linear and sign activations"
          height={height}
          series={series}
          marker={marker}
          xLabel="α = p/k"
          yLabel="noise variance Δ"
          xScale="log"
          yScale="lin"
          onPick={(x, y) => setParams({ prior: 'generative', act: p.act === 'relu' ? 'linear' : p.act, alpha: round3(x), delta: round3(y) }, 'push')}
        />
      </div>
    ),
  });
}, {
  cli: () => [{ command: 'spiked-phase', args: {}, series: { linear: ['alpha', 'delta_c_linear'], sign: ['alpha', 'delta_c_sign'] } }],
});
