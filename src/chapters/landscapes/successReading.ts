/**
 * What a success-rate curve shows, read off the plotted points (issue #12: a caption's numbers are the
 * plotted ones, not a paper's): the largest α at which no run succeeded, the α from which every run did, and
 * where the rate first reaches one half (linear interpolation between the two points around it).
 */
export interface SuccessReading {
  /** largest α with rate 0 below the first success (null: some run succeeded at the smallest α) */
  lastNever: number | null;
  /** smallest α from which the rate is 1 at every larger α (null: not on this grid) */
  alwaysFrom: number | null;
  /** first crossing of 1/2 (null: never reached) */
  half: number | null;
}

export function readSuccess(alpha: ArrayLike<number>, rate: ArrayLike<number>): SuccessReading {
  const n = Math.min(alpha.length, rate.length);
  let lastNever: number | null = null;
  for (let i = 0; i < n && rate[i] === 0; i++) lastNever = alpha[i];
  let alwaysFrom: number | null = null;
  for (let i = n - 1; i >= 0 && rate[i] === 1; i--) alwaysFrom = alpha[i];
  let half: number | null = null;
  for (let i = 0; i < n && half === null; i++) {
    if (rate[i] < 0.5) continue;
    half = i === 0 || rate[i] === 0.5 ? alpha[i] : alpha[i - 1] + ((0.5 - rate[i - 1]) / (rate[i] - rate[i - 1])) * (alpha[i] - alpha[i - 1]);
  }
  return { lastNever, alwaysFrom, half };
}
