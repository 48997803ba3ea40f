import { describe, expect, it } from 'vitest';
import { fieldDigest as digest } from '../testDigest.ts';
import type { Resumable } from '../resumable.ts';
import { spikedPhase, spikedPhaseStream, PHASE_ALPHA, PHASE_RHO } from './phase.ts';
import { spikedThresholds, spikedThresholdsStream } from './thresholds.ts';
import type { SpikedParams } from './types.ts';

// The threshold jobs made resumable (issue #10): drained, the plain calls' numbers before (digests of main at 41e346e),
// pauses every SE step of the branch comparisons and every Δ_IT evaluation, and a stop on return().

/** name, params, digest of spikedThresholds on main */
const THRESHOLDS: [string, SpikedParams, string][] = [
  ['sparse ρ = 0.05 (first order: Δ_alg bisected, Δ_IT by Brent)', { prior: 'sparse', act: 'linear', alpha: 1, rho: 0.05 }, 'f94b61eaee827749'],
  ['sparse ρ = 0.3 (continuous)', { prior: 'sparse', act: 'linear', alpha: 1, rho: 0.3 }, '3d93b14683993a09'],
  ['gaussian', { prior: 'gaussian', act: 'linear', alpha: 1, rho: 1 }, '3d93b14683993a09'],
  ['generative sign α = 2 (SE by quadrature)', { prior: 'generative', act: 'sign', alpha: 2, rho: 1 }, '9ef1ed38c409fd04'],
  ['generative linear α = 10', { prior: 'generative', act: 'linear', alpha: 10, rho: 1 }, 'b762699681c1a534'],
  ['generative ReLU (no weak-recovery threshold)', { prior: 'generative', act: 'relu', alpha: 1, rho: 1 }, '3905b14b14421bf6'],
  ['sparse Rademacher ρ = 0.1', { prior: 'sparse-rademacher', act: 'linear', alpha: 1, rho: 0.1 }, '3d93b14683993a09'],
];

function pauses(job: Resumable<unknown>): number {
  let n = 0;
  while (!job.next().done) n++;
  return n;
}

describe('spikedThresholds and spikedPhase, drained streams, give main\'s numbers bit for bit', () => {
  it.each(THRESHOLDS)('spikedThresholds: %s', (_name, p, want) => {
    expect(digest(spikedThresholds(p))).toBe(want);
  });
  it('spikedPhase (both diagrams)', () => {
    expect(digest(spikedPhase())).toBe('0bc8560f7a544cfc');
  });
});

describe('the streams pause every few SE steps and stop on return()', () => {
  it('spikedThresholds pauses along the branch comparisons (sparse ρ = 0.05: hundreds of SE steps)', () => {
    expect(pauses(spikedThresholdsStream(THRESHOLDS[0][1]))).toBeGreaterThan(100);
  });
  it('spikedPhase pauses at least once per grid point (every α of the generative lines, within every ρ)', () => {
    expect(pauses(spikedPhaseStream())).toBeGreaterThan(PHASE_ALPHA.n + 10 * PHASE_RHO.n);
  });
  it('return() stops spikedPhase: done at once, no further progress reported', () => {
    let reports = 0;
    const job = spikedPhaseStream(() => reports++);
    for (let i = 0; i < 1e6 && reports < 2; i++) job.next();
    const before = reports;
    expect(before).toBeGreaterThan(0);
    expect(job.return(undefined as never).done).toBe(true);
    expect(job.next().done).toBe(true);
    expect(reports).toBe(before);
  });
});
