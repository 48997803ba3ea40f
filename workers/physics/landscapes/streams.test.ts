import { describe, expect, it } from 'vitest';
import { fieldDigest as digest } from '../testDigest.ts';
import type { Resumable } from '../resumable.ts';
import { PHASE_DIAGRAM_POINTS, phaseDiagram, phaseDiagramStream } from './phaseDiagram.ts';
import { prTrajectory, prTrajectoryStream, type PrTrajectoryParams } from './phaseRetrieval.ts';

// landscapeLines and prTrajectory made resumable (issue #10): drained, the plain calls' numbers before (digests of main
// at 41e346e), a pause per Δp / per GF step (and while the instance is drawn), and a stop on return().

/** name, params, digest of prTrajectory on main */
const TRAJECTORIES: [string, PrTrajectoryParams, string][] = [
  ['chapter default (α = 4, d = 200)', { alpha: 4, N: 200, seed: 1, tmax: 100, h: 0.1 }, '12c4d0be400dd6b7'],
  ['tmax = 0 (the start only), α = 0.5, d = 20', { alpha: 0.5, N: 20, seed: 3, tmax: 0, h: 0.2 }, '84ab6fa9d0f605b3'],
  ['h = 0.01, α = 1.5, d = 100', { alpha: 1.5, N: 100, seed: 2, tmax: 30, h: 0.01 }, 'b95d615d3bddde1f'],
];

function pauses(job: Resumable<unknown>): number {
  let n = 0;
  while (!job.next().done) n++;
  return n;
}

describe('landscapeLines and prTrajectory, drained streams, give main\'s numbers bit for bit', () => {
  it('the phase-diagram lines over the page\'s Δp range and another', () => {
    expect(digest(phaseDiagram({ dpMin: 0.1, dpMax: 10 }))).toBe('7e0dc1ea248c0821');
    expect(digest(phaseDiagram({ dpMin: 0.2, dpMax: 3 }))).toBe('603a3fc5f4c1b145');
  });
  it.each(TRAJECTORIES)('prTrajectory: %s', (_name, p, want) => {
    expect(digest(prTrajectory(p))).toBe(want);
  });
});

describe('the streams pause and stop on return()', () => {
  it('the lines pause after every Δp but the last', () => {
    expect(pauses(phaseDiagramStream({ dpMin: 0.1, dpMax: 10 }))).toBe(PHASE_DIAGRAM_POINTS - 1);
  });
  it('the trajectory pauses after every step, and in the draw of a large instance (d = 1000, α = 2: 8 blocks of rows)', () => {
    const p = TRAJECTORIES[2][1];
    expect(pauses(prTrajectoryStream(p))).toBeGreaterThanOrEqual(prTrajectory(p).t.length - 1);
    const job = prTrajectoryStream({ alpha: 2, N: 1000, seed: 1, tmax: 0, h: 0.1 });
    expect(pauses(job)).toBeGreaterThanOrEqual(16);
  });
  it('return() stops the trajectory: done at once', () => {
    const job = prTrajectoryStream(TRAJECTORIES[0][1]);
    for (let i = 0; i < 10; i++) job.next();
    expect(job.return(undefined as never).done).toBe(true);
    expect(job.next().done).toBe(true);
  });
});
