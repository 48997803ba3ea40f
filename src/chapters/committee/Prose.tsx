import { Tex } from '../../ui/Tex.tsx';

/** The committee chapter's text: model, state evolution, the committee-symmetric ansatz, specialisation, the large-K gap. */
export function CommitteeProse() {
  return (
    <>
      <h3>The committee machine</h3>
      <p>
        The second step after the perceptron: a hidden layer. A teacher with <Tex>K</Tex> hidden units{' '}
        <Tex>{'W^\\star \\in \\mathbb R^{d\\times K}'}</Tex>, rows drawn from <Tex>{'\\mathcal N(0, I_K)'}</Tex>, labels Gaussian inputs{' '}
        <Tex>{'X_\\mu \\sim \\mathcal N(0, I_d)'}</Tex> by a majority vote of sign units,
      </p>
      <Tex block>{'y_\\mu = \\operatorname{sign}\\Big(\\sum_{k=1}^K \\operatorname{sign}(Z_{\\mu k})\\Big), \\qquad Z_\\mu = W^{\\star\\top} X_\\mu/\\sqrt d \\in \\mathbb R^K,'}</Tex>
      <p>
        with a fixed second layer (for <Tex>{'K = 2'}</Tex>, <Tex>{'\\operatorname{sign}(0) = 0'}</Tex> so <Tex>{'y \\in \\{-1, 0, 1\\}'}</Tex>). The
        student knows the architecture and wants <Tex>{'W^\\star'}</Tex> from <Tex>{'n = \\alpha d'}</Tex> samples. As{' '}
        <Tex>{'n, d \\to \\infty'}</Tex> at fixed <Tex>K</Tex> and <Tex>\alpha</Tex>, the Bayes-optimal error and that of approximate message
        passing are given by a <Tex>{'K \\times K'}</Tex> overlap matrix <Tex>{'q = \\mathbb E[\\hat W^\\top W^\\star]/d'}</Tex> (Aubin, Maillard,
        Barbier, Krzakala, Macris, Zdeborová, <em>The committee machine: computational to statistical gaps in learning a two-layers neural
        network</em>, NeurIPS 2018, arXiv:1806.05451).
      </p>
      <h3>State evolution and the free entropy</h3>
      <p>
        With <Tex>{'P(y \\mid \\omega) = \\Pr_{z \\sim \\mathcal N(\\omega, I - q)}[\\varphi_{\\rm out}(z) = y]'}</Tex> the probability of a label
        given the part <Tex>\omega</Tex> of the pre-activations already known, the replica free entropy (Gaussian prior) and AMP&rsquo;s state
        evolution read
      </p>
      <Tex block>{'f(q) = \\tfrac12\\big[\\operatorname{Tr} q + \\ln\\det(I - q)\\big] + \\alpha\\, \\Psi_{\\rm out}(q), \\qquad \\Psi_{\\rm out}(q) = \\mathbb E_{\\omega \\sim \\mathcal N(0, q)} \\sum_y P(y\\mid\\omega) \\ln P(y \\mid \\omega),'}</Tex>
      <Tex block>{'q^{t+1} = r^t (I + r^t)^{-1}, \\qquad r^t = \\alpha\\, \\mathbb E_\\omega \\sum_y \\frac{\\nabla_\\omega P\\, \\nabla_\\omega P^\\top}{P}\\Big|_{q^t}.'}</Tex>
      <p>
        The Bayes-optimal estimator sits at the global maximum of <Tex>f</Tex>; AMP, started from <Tex>{'q = 0'}</Tex>, at the fixed point that
        state evolution reaches from there. The error plotted is{' '}
        <Tex>{"\\varepsilon_g = \\tfrac12(\\mathbb E[Y^2] - \\mathbb E[Y Y'])"}</Tex>, with the teacher&rsquo;s and a posterior sample&rsquo;s
        pre-activations correlated by <Tex>q</Tex>.
      </p>
      <h3>The committee-symmetric ansatz and specialisation</h3>
      <p>
        The teacher&rsquo;s units are interchangeable, so the fixed points have the form{' '}
        <Tex>{'q = q_d\\, I + (q_a/K)\\, \\mathbf 1 \\mathbf 1^\\top'}</Tex>, and the same for <Tex>r</Tex>. On the plane{' '}
        <Tex>{'q_d = 0'}</Tex> every student unit has the same overlap with every teacher unit: the student has learnt the committee as a whole
        (for large <Tex>K</Tex>, a linear function of the input) but not its units. This <em>non-specialised</em> plane is invariant under state
        evolution, and the error decreases only slowly on it. <em>Specialisation</em> is <Tex>{'q_d > 0'}</Tex>: each student unit aligned to
        one teacher unit. AMP leaves the plane when its linear stability multiplier{' '}
        <Tex>{'\\lambda(\\alpha) = \\alpha\\, \\mathbb E \\sum_y [(\\partial_{11} - \\partial_{12})P]^2/P'}</Tex> exceeds one.
      </p>
      <ul>
        <li>
          <Tex>{'K = 2'}</Tex>: the transition is continuous, at <Tex>{'\\alpha_{\\rm spec} \\approx 2.05'}</Tex>; Bayes and AMP agree everywhere.
        </li>
        <li>
          <Tex>{'K = 3'}</Tex>: first order. The specialised branch becomes Bayes-optimal at <Tex>{'\\alpha_{\\rm IT}'}</Tex> (between 10 and 12),
          but AMP stays on the plane until <Tex>{'\\alpha_{\\rm AMP} \\approx 19.2'}</Tex>: a hard phase.
        </li>
      </ul>
      <h3>Large K: the computational-to-statistical gap</h3>
      <p>
        With <Tex>{'\\alpha = \\tilde\\alpha K'}</Tex> and <Tex>{'K \\to \\infty'}</Tex>, <Tex>{'q_d + q_a \\to 1'}</Tex> and the output sees only the
        effective overlap <Tex>{'Q = \\tfrac2\\pi(\\arcsin q_d + 1 - q_d)'}</Tex>. The free entropy per hidden unit is
      </p>
      <Tex block>{'\\phi(q_d; \\tilde\\alpha) = \\tfrac12\\big[q_d + \\ln(1 - q_d)\\big] + \\tilde\\alpha\\, \\Psi_{\\rm sign}(Q),'}</Tex>
      <p>
        where <Tex>{'\\Psi_{\\rm sign}'}</Tex> is the perceptron&rsquo;s. The non-specialised point <Tex>{'q_d = 0'}</Tex> has the plateau error{' '}
        <Tex>{'\\arccos(2/\\pi)/\\pi \\approx 0.2803'}</Tex>; a specialised branch appears at a spinodal and becomes the global maximum at{' '}
        <Tex>{'\\tilde\\alpha_{\\rm IT} \\approx 7.65'}</Tex> (published; our root finding gives 7.680). So about <Tex>{'7.7\\,K'}</Tex> samples
        per dimension determine the teacher. AMP, however, leaves the plane only at{' '}
        <Tex>{'\\alpha_{\\rm AMP} \\simeq K^2/J'}</Tex>, <Tex>{'J = \\mathbb E_{u \\sim \\mathcal N(0, 2/(\\pi - 2))}\\big[u^2 \\varphi(u)^2/(\\Phi(u)\\Phi(-u))\\big]'}</Tex>,{' '}
        <Tex>{'1/J \\approx 3.27'}</Tex>. Between <Tex>{'\\alpha \\propto K'}</Tex> and <Tex>{'\\alpha \\propto K^2'}</Tex> lies a hard phase
        that widens with <Tex>K</Tex>; it is conjectured that no polynomial algorithm closes it.
      </p>
      <h3>What is covered</h3>
      <p>
        Sign hidden units with a majority (sign) output: full state evolution for <Tex>{'K = 1, 2, 3'}</Tex>, the non-specialised plane and{' '}
        <Tex>{'\\alpha_{\\rm AMP}'}</Tex> for every odd <Tex>K</Tex> up to 51, the large-<Tex>K</Tex> limit, and AMP on finite instances
        for <Tex>{'K = 2'}</Tex>. One smooth regression variant (activation &ldquo;erf&rdquo;): two erf units with a linear output and
        Gaussian label noise, <Tex>{'Y = \\operatorname{erf}(z_1/\\sqrt2) + \\operatorname{erf}(z_2/\\sqrt2) + \\sqrt\\Delta\\,\\xi'}</Tex>,
        for <Tex>{'K = 2'}</Tex> and <Tex>{'0.05 \\le \\Delta \\le 0.5'}</Tex>: learning curve, order parameters and its specialisation
        threshold, which is continuous, like the sign case, at <Tex>{'\\alpha \\approx 3.48'}</Tex> for <Tex>{'\\Delta = 0.1'}</Tex>. Its
        integrals have no closed form; they are computed by quadrature with a checked error (two grids agree to{' '}
        <Tex>{'10^{-6}'}</Tex>, and <Tex>{'\\bar M'}</Tex> is the gradient of <Tex>{'\\Psi_{\\rm out}'}</Tex>). Smaller noise costs like{' '}
        <Tex>{'1/\\Delta'}</Tex> and is not offered. Not covered: erf units for <Tex>{'K \\ne 2'}</Tex>, ReLU units, and finite-size AMP and the
        phase diagram for the erf variant (figures 3 and 4 are for sign units).
      </p>
    </>
  );
}
