/**
 * Leaving the equator (PHYSICS.md §4): when a run or the DMFT escapes from m ≈ 0, and where a finite-N
 * run starts. Escape means |m| > ESCAPE_M = 0.3 (gradientFlow.ts holds the level with the success level
 * m > 0.5); a random start on the sphere at size N has m0 ~ N^{-1/2}, the start of the DMFT curve that
 * follows the finite-N runs (CONTEXT.md, "Pitfalls").
 */
import { landscapeDmftStream, type DmftParams, type DmftResult } from './dmft.ts';
import { drain, mapResumable, type Resumable } from '../resumable.ts';
import { ESCAPE_M, landscapeGfStream, type LandscapeGfParams, type LandscapeGfResult } from './gradientFlow.ts';
import { landscapeHessianStream, type LandscapeHessianParams, type LandscapeHessianResult } from './hessian.ts';

/** Has a state with overlap m left the equator (|m| > 0.3; escapes to −x* count)? */
export function hasEscaped(m: number): boolean {
  return Math.abs(m) > ESCAPE_M;
}

/** First time of the series at which |m| passes the escape level, null if it never does. */
export function escapeTime(t: ArrayLike<number>, m: ArrayLike<number>): number | null {
  for (let i = 0; i < m.length; i++) if (hasEscaped(m[i])) return t[i];
  return null;
}

/**
 * The overlap of a uniformly random start on the sphere |x|² = N with x*: m = (x·x*) / N has E[m] = 0 and
 * E[m²] = 1/N exactly, so its typical size is 1/√N (0.07 at N = 200).
 */
export function finiteSizeM0(N: number): number {
  return 1 / Math.sqrt(N);
}

/** Starts closer than this (|ln(m0/m0')|) give the same DMFT curve: it is computed and drawn once. */
export const SAME_START = 0.01;

export interface FiniteSizeStart {
  /** 1/√N: the DMFT start that follows the finite-N runs */
  m0_finite_size: number;
  /** true when the reader's m0 is that start already (within SAME_START) */
  same_start: boolean;
}

export function finiteSizeStart(N: number, m0: number): FiniteSizeStart {
  const m0N = finiteSizeM0(N);
  return { m0_finite_size: m0N, same_start: Math.abs(Math.log(m0 / m0N)) < SAME_START };
}

export interface DmftEscape extends DmftResult {
  m0: number;
  /** first t with |m| > 0.3 on the DMFT grid (null: not by tmax) */
  t_escape: number | null;
}

/** The N → ∞ curves with the time m(t) first leaves the equator (to the grid point: O(h) resolution; the scheme is O(h²)). */
export function dmftWithEscape(p: DmftParams, onProgress?: (fraction: number) => void): DmftEscape {
  return drain(dmftWithEscapeStream(p, onProgress));
}

/** dmftWithEscape resumable (the page's job: a slider step cancels it between two time steps). */
export function dmftWithEscapeStream(p: DmftParams, onProgress?: (fraction: number) => void): Resumable<DmftEscape, DmftEscape> {
  // a partial result: the escape time if it has happened by the last step solved
  const withEscape = (r: DmftResult): DmftEscape => ({ ...r, m0: p.m0, t_escape: escapeTime(r.t, r.m) });
  return mapResumable(landscapeDmftStream(p, onProgress), withEscape, withEscape);
}

export interface GfEscape extends LandscapeGfResult {
  /** each run's first t with |m| > 0.3 (null: not by tmax) */
  t_escape_seeds: (number | null)[];
}

/** Finite-N runs with each run's escape time. */
export function gfWithEscape(p: LandscapeGfParams, onProgress?: (fraction: number) => void): GfEscape {
  return drain(gfWithEscapeStream(p, onProgress));
}

/** gfWithEscape resumable: the runs advance together and every snapshot carries the escapes seen so far (gradientFlow.ts). */
export function gfWithEscapeStream(p: LandscapeGfParams, onProgress?: (fraction: number) => void): Resumable<GfEscape, GfEscape> {
  const withEscapes = (r: LandscapeGfResult): GfEscape => ({ ...r, t_escape_seeds: r.m_seeds.map((m) => escapeTime(r.t, m)) });
  return mapResumable(landscapeGfStream(p, onProgress), withEscapes, withEscapes);
}

export interface HessianEscape extends LandscapeHessianResult {
  /** the run has left the equator, where the m ≈ 0 BBP prediction holds */
  escaped: boolean;
}

/** The Hessian at the end of run 0, and whether that run has already escaped. */
export function hessianWithEscape(p: LandscapeHessianParams, onProgress?: (fraction: number) => void): HessianEscape {
  return drain(hessianWithEscapeStream(p, onProgress));
}

/** hessianWithEscape resumable (the page's job: a slider step cancels it within milliseconds); no snapshot (hessian.ts). */
export function* hessianWithEscapeStream(p: LandscapeHessianParams, onProgress?: (fraction: number) => void): Resumable<HessianEscape, never> {
  const r = yield* landscapeHessianStream(p, onProgress);
  return { ...r, escaped: hasEscaped(r.m) };
}

/** Output of `landscape-escape`: the DMFT escape from the reader's m0 and from the finite-size start 1/√N. */
export interface DmftEscapeTimes {
  m0: number;
  t_escape: number | null;
  m0_finite_size: number;
  t_escape_finite_size: number | null;
}

export function dmftEscapeTimes(p: DmftParams & { N: number }, onProgress?: (fraction: number) => void): DmftEscapeTimes {
  const { m0_finite_size, same_start } = finiteSizeStart(p.N, p.m0);
  const half = (k: number) => (onProgress ? (f: number) => onProgress(same_start ? f : (k + f) / 2) : undefined);
  const reader = dmftWithEscape(p, half(0));
  const finite = same_start ? reader : dmftWithEscape({ ...p, m0: m0_finite_size }, half(1));
  return { m0: p.m0, t_escape: reader.t_escape, m0_finite_size, t_escape_finite_size: finite.t_escape };
}
