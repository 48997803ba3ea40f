/**
 * The grids the chapter's figures are drawn on, for the CLI commands that print each figure's numbers (commands.ts).
 * The page states the same grids in src/chapters/hmm/requests.ts (chapters reach physics only through manifest types
 * and params.ts); e2e/compare-cli.spec.ts holds the two together, value for value. Log-spaced grids are
 * {min, max, n} for numerics' logGrid.
 */
/** the learning curve: the α slider's range, 120 points */
export const ALPHA_GRID = { min: 0.05, max: 10, n: 120 } as const;
/** the λ figure: the λ slider's range, 61 points */
export const LAMBDA_GRID = { min: 1e-4, max: 100, n: 61 } as const;
/** double descent: p/n from 0.1 to 10, 121 points */
export const PSI_GRID = { min: 0.1, max: 10, n: 121 } as const;
/** where the learning curve gets finite-size points (a geometric ladder across the α axis) */
export const SIM_ALPHAS: readonly number[] = [0.25, 0.5, 1, 2, 4, 8];
