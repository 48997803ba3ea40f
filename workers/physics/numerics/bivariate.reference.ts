/**
 * Test reference for the bivariate normal cdf, shared by the two implementations' tests (Owen's T and
 * Drezner-Wesolowsky/Genz): mpmath at 30 digits, Φ₂(h, k; ρ) = quad(φ(x) Φ((k − ρx)/√(1−ρ²)), [−∞, h]).
 * Rows: [h, k, ρ, Φ₂].
 */
export const BIVARIATE_REFERENCE: readonly (readonly [number, number, number, number])[] = [
  [0.3, -0.4, -0.25, 0.17696931677908328],
  [1.0, 2.0, 0.5, 0.83186083113088048],
  [-2.0, -1.5, -0.4, 9.2102841880040896e-5],
  [-3.0, -3.0, -0.45, 4.2703574616548774e-10],
  [0, 0.7, -0.3, 0.34135895392831214],
  [0, 0, -0.5, 1 / 6],
  [2.5, -1.0, 0.9, 0.15865525393145701],
  [-1, 0, 0.3, 0.10827452092377674],
];
