/**
 * The four channel averages every committee SE step needs (PHYSICS.md §2), in the ansatz q = q_d I + (q_a/K) 11ᵀ:
 *   psi = Ψ_out = E_ω Σ_y P(y|ω) ln P(y|ω)
 *   m11, m12 = mean diagonal / off-diagonal entry of E_ω Σ_y ∇P ∇Pᵀ / P   (r = α·that matrix)
 *   eyy = E[Y Y'] = E_ω (E[Y|ω])²  (teacher and an independent posterior sample share ω)
 * Its own module so that the channels (signChannel.ts and the per-K rules it dispatches to, erfChannel.ts) share the
 * type without importing each other.
 */
export interface ChannelAverages {
  psi: number;
  m11: number;
  m12: number;
  eyy: number;
}

export const newAverages = (): ChannelAverages => ({ psi: 0, m11: 0, m12: 0, eyy: 0 });
