/**
 * Committee machine (Aubin et al., NeurIPS 2018, arXiv:1806.05451; PHYSICS.md §2): public API.
 * - committeePoint / committeeCurve: Bayes-optimal and AMP (uninformed SE) overlaps q_d, q_a, errors
 *   and free entropies for K = 1, 2, 3 (closed form; Owen's T; K = 3 complex-shift majority polynomial, signK3Shift.ts).
 *   act: 'erf' (K = 2): the regression committee Y = erf(z1/√2) + erf(z2/√2) + √Δ ξ (erfChannel.ts; channel.ts).
 * - committeeThresholds(K, channel): α_spec, α_IT, α_AMP (K = 2, 3; erf K = 2) or the large-K constants (K = 'large').
 * - committeePhase(kMax, onPartial): α_AMP(K) for K = 2 and odd K ≤ kMax (exact 1-D plane integrals) + large-K constants.
 * - large-K curves: largeKFreeEntropy, largeKSpecialisedQd, largeKError (α = α̃K).
 * - the chapter's views: seCoverage (which (K, act) the SE covers, and why), curveGridSpec / alphaGrid (the curve
 *   grids), transitionMarks (threshold lines, hard phase, non-specialised phase), curvePanel / curvePoint (figures
 *   1-2), phaseLines / phaseView (figure 3: large-K lines and the gap).
 */
export {
  channelOf, committeeCurve, committeePoint,
  type CommitteeChannelParams, type CommitteeCurve, type CommitteeParams, type CommitteePoint,
} from './learningCurve.ts';
export { ERF_DEFAULT_NOISE, type CommitteeAct, type CommitteeChannel } from './channel.ts';
export { erfCommitteeAverages, erfNodes, type ErfNodes } from './erfChannel.ts';
export { committeeThresholds, ampThreshold, type FiniteKThresholds } from './thresholds.ts';
export {
  effectiveOverlap,
  largeKError,
  largeKFreeEntropy,
  largeKSpecialisedQd,
  largeKThresholds,
  type LargeKThresholds,
} from './largeK.ts';
export { committeePhase, ampThresholdFrom, type CommitteePhase } from './phaseDiagram.ts';
export { planeAverages, majorityGivenMean, type PlaneAverages } from './oddPlane.ts';
export { largeKCurve, type LargeKCurve } from './largeKCurve.ts';
export { committeeAmp, COMMITTEE_AMP_MAX_ENTRIES, type CommitteeAmpOptions, type CommitteeAmpResult } from './amp.ts';
export { seCoverage, AMP_ALPHA_MAX, ampFigureAlpha, type SeCoverage, type SeMethod } from './coverage.ts';
export { curveGridSpec, alphaGrid, type CurveGrid } from './curveGrid.ts';
export { transitionMarks, sameTransition, SAME_TRANSITION, type TransitionLine, type TransitionMarks } from './transitionMarks.ts';
export {
  curveAxis, curvePanel, curvePoint, curveSeries, curveThresholds, errorCeiling,
  type Covered, type CurveAxis, type CurvePanel, type CurvePoint, type CurveRequest, type CurveSeries,
} from './curveView.ts';
export { phaseInUnits, phaseLines, phaseView, PHASE_K_MAX, type CommitteePhaseView, type PhaseLines } from './phaseLines.ts';
