import type { JobName, StreamingJobName } from '../../workers/api.ts';

/**
 * What the scheduler needs to know of a job: finite-size runs (simulations of the algorithm on drawn
 * instances: GAMP, SGD, gradient flow, AMP of the committee, phase-retrieval maps) may take seconds to
 * minutes; everything else (state evolution, ODEs, DMFT, thresholds, closed forms) is theory, which the
 * reader's slider waits for. Theory never queues behind a finite-size run (pool.ts: one worker is kept
 * for it). A model that adds a finite-size job lists it here; an unlisted job counts as theory.
 */
export const FINITE_SIZE_JOBS: ReadonlySet<string> = new Set<JobName>([
  'glmAmpRuns',
  'committeeAmp',
  'sgdSimRuns',
  'landscapeGf',
  'landscapeHessian',
  'prSuccessMap',
  'prTrajectory',
  'prOverparamMap',
  'ermSimCurve',
  'hmmSim',
  'hmmSimCurve',
  'spikedFinite',
  'spikedAmp',
  'spikedSpectrum',
]);

export type JobKind = 'theory' | 'finite';

export const jobKind = (method: string): JobKind => (FINITE_SIZE_JOBS.has(method) ? 'finite' : 'theory');

/**
 * The order in which waiting jobs start, lower first: theory of a figure on screen (0), a finite-size
 * run on screen (1), then the same off screen (2, 3). Within each, a short job (asked for with
 * `cancel: 'drop'`: under ~50 ms, e.g. the marker's one-point solve at the slider's value) goes first
 * (−½), so a slider step moves the marker at once and the curve follows when ready. Equal priorities
 * start in the order they came.
 */
export function priorityOf(kind: JobKind, visible: boolean, short = false): number {
  return (visible ? 0 : 2) + (kind === 'finite' ? 1 : 0) - (short ? 0.5 : 0);
}

/**
 * The jobs that run in slices (workers/jobApi.ts), by name: checked against the jobs' return types (a job made
 * resumable, or no longer, fails to compile until it is listed here, or removed). Only these share a worker.
 */
const STREAMING: Record<StreamingJobName, true> = {
  glmAmpRuns: true, committeeAmp: true, sgdSimRuns: true, sgdFinalVsK: true, landscapeDmft: true, landscapeGf: true,
  landscapeHessian: true, prSuccessMap: true, prOverparamMap: true, spikedCurve: true, spikedFinite: true, spikedAmp: true,
  spikedSpectrum: true,
  hmmCurve: true, hmmLambdaSweep: true, hmmDoubleDescent: true, hmmPhaseDiagram: true, hmmSimCurve: true,
  sgdCurve: true, sgdVeiga: true, sgdStability: true,
  spikedPhase: true, spikedThresholds: true,
  landscapeLines: true, prTrajectory: true,
  ermReference: true, ermRates: true, ermLossCurves: true, ermLambdaScan: true, ermRidgePeak: true, ermSimCurve: true,
  committeeCurvePanel: true, committeeCurvePoint: true, committeePhase: true,
  glmLearningCurve: true, glmPhase: true, glmTransitions: true,
};

export const isStreaming = (method: string): boolean => Object.hasOwn(STREAMING, method);
