/**
 * The relative duality gap of the support-vector machine in its C = 1/λ form (Hsieh et al., ICML 2008, §2):
 * primal P(w) = ½|w|² + C Σ max(0, 1 − y_μ X_μ·w), dual D(a) = Σa − ½|Σ a_μ y_μ X_μ|² for 0 ≤ a ≤ C. Any such
 * pair brackets the optimum, P* ∈ [D, P], so (P − D)/P certifies both training solvers (dcd in train.ts,
 * svmInteriorPoint.ts). At C = ∞ (the hard margin) P is ½|w|²/γ² at the feasible rescaling w/γ, γ = min margin
 * (∞ when w does not separate the data).
 * `margins` are y_μ X_μ·w, `ww` = |w|², `sumA` = Σa, `aa` = |Σ a y X|².
 */
export function svmRelativeGap(margins: Float64Array, ww: number, sumA: number, aa: number, C: number): number {
  const dual = sumA - 0.5 * aa;
  let primal: number;
  if (Number.isFinite(C)) {
    let loss = 0;
    for (const u of margins) loss += Math.max(0, 1 - u);
    primal = 0.5 * ww + C * loss;
  } else {
    let gamma = Infinity;
    for (const u of margins) gamma = Math.min(gamma, u);
    if (!(gamma > 0)) return Infinity;
    primal = (0.5 * ww) / (gamma * gamma);
  }
  return primal > 0 ? Math.max(0, primal - dual) / primal : 0;
}
