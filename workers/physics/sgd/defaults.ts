/**
 * The SGD values that both the schema (params.ts) and the physics use, declared once here: a file with no
 * imports, so the worker's physics need not carry the schema's labels and help texts.
 */
/** initial weights w_ki(0) ~ N(0, s²) with s = 1e-3, as in Goldt et al.'s code (PHYSICS.md §3) */
export const DEFAULT_INIT = 1e-3;
export const DEFAULT_N = 1000;
export const DEFAULT_SEED = 1;
/** the largest student width the ODE figures offer (the RHS costs ∝ K²(K + M)) */
export const MAX_K = 10;
/** ε_g is ≈ −1e-12 after perfect learning (round-off of ½cᵀI2c): clipped to this floor so log axes keep the point (curve.ts); exports state it. */
export const EG_FLOOR = 1e-12;
