/**
 * A plain-text reading of a TeX formula (α_c, ε*, √N, …), shown until KaTeX has loaded (Tex.tsx): KaTeX
 * is fetched only when the prose scrolls into view, so control labels and captions on the first screen
 * read this. Not a TeX renderer: Greek letters and common symbols become Unicode, sub/superscripts of
 * digits and signs become Unicode indices, layout commands are dropped, braces removed.
 */
const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', Delta: 'Δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'ϕ', varphi: 'φ',
  Phi: 'Φ', psi: 'ψ', Psi: 'Ψ', omega: 'ω', Omega: 'Ω', ell: 'ℓ', partial: '∂', nabla: '∇', infty: '∞', to: '→',
  leftarrow: '←', approx: '≈', simeq: '≃', sim: '∼', propto: '∝', le: '≤', ge: '≥', in: '∈', pm: '±', times: '×',
  cdot: '·', dots: '…', star: '*', top: 'ᵀ', mid: '|', sum: 'Σ', int: '∫', ln: 'ln', max: 'max', arccos: 'arccos',
  arcsin: 'arcsin', quad: ' ', qquad: '  ', downarrow: '↓', uparrow: '↑', rightarrow: '→', Rightarrow: '⇒', leq: '≤',
  geq: '≥', neq: '≠', langle: '⟨', rangle: '⟩', circ: '∘', exp: 'exp', log: 'log', min: 'min', lVert: '‖', rVert: '‖',
};
const SUP: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '+': '⁺', '*': '*', T: 'ᵀ', n: 'ⁿ' };
const SUB: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '-': '₋', '+': '₊' };

const script = (table: Record<string, string>, mark: string) => (_m: string, body: string) =>
  [...body].every((c) => c in table) ? [...body].map((c) => table[c]).join('') : `${mark}${body}`;

export function texText(tex: string): string {
  return tex
    // \tfrac12, \tfrac1\pi, \tfrac\lambda2: one-token numerator and denominator
    .replace(/\\[td]?frac\s*(\d|\\[A-Za-z]+)\s*(\d|\\[A-Za-z]+)/g, '$1/$2')
    .replace(/\\[td]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1)/($2)')
    .replace(/\\sqrt\{([^{}]*)\}/g, '√($1)')
    .replace(/\\sqrt\s*/g, '√')
    .replace(/\\(?:text|rm|mathrm|operatorname|mathbf|mathcal|textstyle|hat|tilde|bar|dot|big|Big|left|right)\b\s*/g, '')
    .replace(/\\mathbb\s*\{?E\}?/g, '𝔼')
    .replace(/\\([A-Za-z]+)/g, (m, name: string) => SYMBOLS[name] ?? m.slice(1))
    .replace(/\\\|/g, '‖')
    .replace(/\\([#%{}_&$])/g, '$1')
    .replace(/\\[,;!: ]/g, ' ')
    .replace(/\^\{([^{}]*)\}|\^(\S)/g, (m, a?: string, b?: string) => script(SUP, '^')(m, a ?? b ?? ''))
    .replace(/_\{([^{}]*)\}|_(\S)/g, (m, a?: string, b?: string) => script(SUB, '_')(m, a ?? b ?? ''))
    .replace(/[{}]/g, '')
    .replace(/\\\\/g, ' ');
}
