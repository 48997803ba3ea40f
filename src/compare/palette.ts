/**
 * Colours of pinned curves: Paul Tol's "bright" qualitative scheme (P. Tol, "Colour schemes", SRON
 * technical note SRON/EPS/TN/09-002, 2021, fig. 1 — https://personal.sron.nl/~pault/), colour-blind
 * safe and distinct from each other on white and on the dark background. Six colours (grey, the seventh,
 * is too close to the grid), one per pin: MAX_PINS in src/state/pins.ts is six for that reason. Ordered
 * red, green, purple first: Tol's blue and cyan come last, being closest to the live curves' Okabe-Ito blues.
 */
export const TOL_BRIGHT = ['#EE6677', '#228833', '#AA3377', '#CCBB44', '#66CCEE', '#4477AA'] as const;

export function pinColor(index: number): string {
  return TOL_BRIGHT[index % TOL_BRIGHT.length];
}
