/**
 * Spiked-model CLI commands (PHYSICS.md §8). Output field names are the contract's; null where a value
 * does not exist (a threshold, LAMP's limit overlap).
 */
import { commandFor, type Command } from '../manifest.ts';
import type { ParamsOf } from '../schema.ts';
import { logGrid } from '../numerics/logGrid.ts';
import {
  FINITE_GRID, spikedAmp, spikedCurve, spikedFinite, spikedOverlapCurve, spikedPhase, spikedPoint, spikedSpectrum,
  spikedThresholds, type SpikedParams,
} from './index.ts';
import { spikedParams } from './params.ts';

const MODEL_KEYS = ['prior', 'act', 'alpha', 'rho'] as const;

function modelParams({ prior, act, alpha, rho }: Pick<ParamsOf<typeof spikedParams>, (typeof MODEL_KEYS)[number]>): SpikedParams {
  return { prior, act, alpha, rho };
}

/** typed arrays → plain arrays, non-finite → null (also inside plain arrays) */
function json(obj: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v instanceof Float64Array) out[k] = Array.from(v, (x) => (Number.isFinite(x) ? x : null));
    else if (Array.isArray(v)) out[k] = v.map((x: unknown) => (typeof x === 'number' && !Number.isFinite(x) ? null : x));
    else if (typeof v === 'number') out[k] = Number.isFinite(v) ? v : null;
    else out[k] = v;
  }
  return out;
}

/**
 * An SE result without its per-point `converged` flags, plus `unconverged_delta`, the Δ where SE did not converge,
 * only when there are any (a notice: the numbers at those Δ are the last iterate, not a fixed point).
 */
function seJson({ converged, ...rest }: { delta: Float64Array | number; converged: Uint8Array | boolean }): Record<string, unknown> {
  const ds = typeof rest.delta === 'number' ? [rest.delta] : Array.from(rest.delta);
  const flags = typeof converged === 'boolean' ? [converged] : Array.from(converged, (f) => f === 1);
  const bad = ds.filter((_, i) => !flags[i]);
  return { ...json(rest), ...(bad.length > 0 ? { unconverged_delta: bad } : {}) };
}

const cmd = commandFor(spikedParams);

export const spikedCommands: readonly Command[] = [
  cmd({
    name: 'spiked-point',
    summary: 'spiked Wigner state evolution at one Δ: AMP and Bayes overlaps, MSEs, PCA/LAMP overlaps',
    keys: [...MODEL_KEYS, 'delta'],
    run: (a) => seJson(spikedPoint(modelParams(a), a.delta)),
  }),
  cmd({
    name: 'spiked-curve',
    summary: 'spiked Wigner state evolution on a Δ grid (--delta start:stop:step)',
    keys: [...MODEL_KEYS, 'delta'],
    rangeKeys: ['delta'],
    run: (a, ctx) => seJson(spikedCurve(modelParams(a), a.delta, ctx?.onProgress)),
  }),
  cmd({
    name: 'spiked-thresholds',
    summary: 'spiked model thresholds Δ_PCA, Δ_alg, Δ_IT (null where absent)',
    keys: [...MODEL_KEYS],
    run: (a, ctx) => spikedThresholds(modelParams(a), ctx?.onProgress),
  }),
  cmd({
    name: 'spiked-amp',
    summary: 'AMP on seeded instances (mean and sd over seeds) next to SE from the same start',
    keys: [...MODEL_KEYS, 'delta', 'p', 'seed', 'seeds', 'iters'],
    run: (a, ctx) => json(spikedAmp(modelParams(a), { delta: a.delta, p: a.p, seed: a.seed, seeds: a.seeds, iters: a.iters }, ctx?.onProgress)),
  }),
  cmd({
    name: 'spiked-spectrum',
    summary: 'eigenvalue histograms of Y/√p (predicted edges, BBP outlier) and of the LAMP matrix on one instance',
    keys: [...MODEL_KEYS, 'delta', 'p', 'seed'],
    run: (a) => {
      const { values, lamp_values, ...s } = spikedSpectrum(modelParams(a), a.delta, a.p, a.seed);
      return {
        ...json(s),
        lamp_edges: s.lamp_edges ? Array.from(s.lamp_edges) : null,
        lamp_counts: s.lamp_counts ? Array.from(s.lamp_counts) : null,
        // the eigenvalues the figures bin, ascending (their CSV: one series each)
        eigenvalues: Array.from(values),
        lamp_eigenvalues: lamp_values ? Array.from(lamp_values) : null,
      };
    },
  }),
  // the chapter's figures, on their own grids (the figure menu "Reproduce"; e2e/compare-cli.spec.ts)
  cmd({
    name: 'spiked-overlap-curve',
    summary: 'the overlap figure: squared overlaps of Bayes and AMP (SE), PCA and LAMP on its 80-point log Δ grid',
    keys: [...MODEL_KEYS],
    run: (a, ctx) => seJson(spikedOverlapCurve(modelParams(a), ctx?.onProgress)),
  }),
  cmd({
    name: 'spiked-finite',
    summary: 'the overlap figure\'s finite-size points: AMP, PCA, LAMP squared overlaps (mean, sd over seeds) at its 7 Δ',
    keys: [...MODEL_KEYS, 'p', 'seed', 'seeds', 'iters'],
    run: (a, ctx) => json(spikedFinite(modelParams(a), logGrid(FINITE_GRID.deltaMin, FINITE_GRID.deltaMax, FINITE_GRID.n), { p: a.p, seed: a.seed, seeds: a.seeds, iters: a.iters }, ctx?.onProgress)),
  }),
  cmd({
    name: 'spiked-phase',
    summary: 'both phase diagrams: Δ_alg, Δ_IT of the sparse prior against ρ; Δ_c of linear and sign φ against α',
    keys: [],
    run: (_a, ctx) => json(spikedPhase(ctx?.onProgress)),
  }),
];
