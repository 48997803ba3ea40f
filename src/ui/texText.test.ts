import { describe, expect, it } from 'vitest';
import { texText } from './texText.ts';

describe('texText (the placeholder before KaTeX)', () => {
  it('reads the formulas of the labels and captions as Unicode', () => {
    expect(texText('\\alpha')).toBe('α');
    expect(texText('\\alpha_{\\rm SGD}')).toBe('α_SGD');
    expect(texText('N \\to \\infty')).toBe('N → ∞');
    expect(texText('a_0 e^{\\lambda\\alpha}')).toBe('a₀ e^λα');
    expect(texText('10^{-7}')).toBe('10⁻⁷');
    expect(texText('\\varepsilon_g = \\tfrac12\\mathbb E[(\\hat y - y^\\star)^2]')).toBe('ε_g = 1/2𝔼[(y - y*)²]');
    expect(texText('\\varepsilon_g = \\tfrac1\\pi \\arccos(m/\\sqrt q)')).toBe('ε_g = 1/π arccos(m/√q)');
    expect(texText('\\tfrac\\lambda2 |w|^2')).toBe('λ/2 |w|²');
    expect(texText('\\approx \\ln(1/a_0)/\\lambda')).toBe('≈ ln(1/a₀)/λ');
    expect(texText('1/\\sqrt N')).toBe('1/√N');
    expect(texText('\\|\\hat w^t - w^\\star\\|^2/d')).toBe('‖w^t - w*‖²/d');
    expect(texText('\\alpha \\downarrow \\alpha_{\\rm alg}')).toBe('α ↓ α_alg');
    expect(texText('\\#\\text{runs}')).toBe('#runs');
  });
});
