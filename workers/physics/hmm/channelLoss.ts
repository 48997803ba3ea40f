/**
 * The output channel of ERM with any loss that is even under (y, z) → (−y, −z) (square, logistic, hinge),
 * for the sign teacher y = sign(ν*): the conjugates of PHYSICS.md §6 (Aubin et al., NeurIPS 2020,
 * arXiv:2006.06560, Thm 2; Gerace et al., ICML 2020, arXiv:2002.09339, eq. (3.6); GCMProject
 * logistic_integrals.py) through the loss's prox only (erm/losses.ts: one prox per loss, in one place):
 *   f(y, ω) = (prox(y, ω, V) − ω)/V,
 *   V̂ = −α E[∂_ω f],  q̂ = α E[f²],  m̂ = α E_ξ Σ_y ∂_{ω*}Z*(y|ω*) f(y, ω).
 * The teacher field ν* ~ N(0, 1) and the student's cavity field ω ~ N(0, q) have covariance m, so
 * P(ν* > 0 | ω) = Φ(kω) with k = (m/q)/√(1 − m²/q). Evenness of the loss (f(−y, −ω) = −f(y, ω)) folds the
 * label sum onto y = +1: for g even, E[g(y, ω)] = 2 E_ω[g(+1, ω) Φ(kω)] — one dimension, not two.
 * V̂ by Gaussian integration by parts needs no ∂prox: E_ω[∂_ω f · 2Φ(kω)] = E_ω[f (ω/q − k φ(kω)/Φ(kω)) 2Φ(kω)].
 * For m̂, ∂_{ω*}Z* = yφ(ω* / √V*) / √V* (V* = 1 − m²/q) times φ of the student's ξ is a Gaussian of
 * variance V* in ξ, which leaves m̂ = α √(2/π) E_{ω ~ N(0, q − m²)} f(+1, ω).
 * Quadrature: ω = σt (σ = √q, or √(q − m²) for m̂) on a composite Gauss-Legendre rule in t over
 * [−8.5, 8.5] (φ(8.5) ≈ 2e-16 is the truncation) whose panels shrink geometrically towards t = 0, where
 * both the label's step Φ(kω) (width 1/(k√q) = tan(πε_g)) and the prox's bend (|ω| ≲ V, so |t| ≲ V/√q,
 * small at small λ) sit. Against a 200 × 400-node two-dimensional reference this is within 1e-9 relative
 * from λ = 1 to λ = 1e-4 (channelLoss.test.ts).
 */
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { Phi, phi } from '../numerics/special.ts';
import type { Loss } from '../erm/losses.ts';
import type { Hats, Overlaps } from './priorSide.ts';

/** Panel edges in t > 0 (mirrored for t < 0), each panel with PANEL_NODES Gauss-Legendre nodes. */
const EDGES = [0, 0.003, 0.01, 0.03, 0.1, 0.2, 0.4, 0.7, 1.1, 1.6, 2.3, 3.2, 4.4, 6, 8.5];
const PANEL_NODES = 8;

interface Rule {
  /** nodes t and weights φ(t)dt, symmetric, Σ w = 1 to 1e-15 */
  t: Float64Array;
  w: Float64Array;
}

let rule: Rule | null = null;

function normalRule(): Rule {
  if (rule) return rule;
  const gl = gaussLegendre(PANEL_NODES);
  const n = 2 * (EDGES.length - 1) * PANEL_NODES;
  const t = new Float64Array(n);
  const w = new Float64Array(n);
  let k = 0;
  for (let e = 0; e + 1 < EDGES.length; e++) {
    const half = 0.5 * (EDGES[e + 1] - EDGES[e]);
    const mid = 0.5 * (EDGES[e + 1] + EDGES[e]);
    for (let i = 0; i < PANEL_NODES; i++) {
      const x = mid + half * gl.x[i];
      const wx = half * gl.w[i] * phi(x);
      t[k] = x;
      w[k++] = wx;
      t[k] = -x;
      w[k++] = wx;
    }
  }
  rule = { t, w };
  return rule;
}

/** The conjugates of `loss` at the overlaps (V, q, m), sample ratio α. */
export function lossHats(loss: Loss, alpha: number, { V, q, m }: Overlaps): Hats {
  const { t, w } = normalRule();
  const sq = Math.sqrt(q);
  const s = Math.sqrt(Math.max(0, q - m * m));
  const k = m / q / Math.sqrt(Math.max(1e-300, 1 - (m * m) / q));
  let f2 = 0;
  let fStein = 0;
  let fm = 0;
  for (let i = 0; i < t.length; i++) {
    const omega = sq * t[i];
    const f = (loss.prox(1, omega, V) - omega) / V;
    const ko = k * omega;
    const step = 2 * Phi(ko);
    f2 += w[i] * step * f * f;
    fStein += w[i] * f * ((omega / q) * step - 2 * k * phi(ko));
    const omegaM = s * t[i];
    fm += (w[i] * (loss.prox(1, omegaM, V) - omegaM)) / V;
  }
  return { Vhat: -alpha * fStein, qhat: alpha * f2, mhat: alpha * Math.sqrt(2 / Math.PI) * fm };
}

/** (1/n) Σ ℓ(y_μ, ŷ_μ) at the fixed point: ℓ at the prox of the cavity field, averaged like q̂. */
export function lossTrainLoss(loss: Loss, { V, q, m }: Overlaps): number {
  const { t, w } = normalRule();
  const sq = Math.sqrt(q);
  const k = m / q / Math.sqrt(Math.max(1e-300, 1 - (m * m) / q));
  let ell = 0;
  for (let i = 0; i < t.length; i++) {
    const omega = sq * t[i];
    ell += w[i] * 2 * Phi(k * omega) * loss.value(1, loss.prox(1, omega, V));
  }
  return ell;
}
