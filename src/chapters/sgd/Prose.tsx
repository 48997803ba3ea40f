import { Tex } from '../../ui/Tex.tsx';

/** The SGD chapter's text: the model, the ODEs, the plateau, over-parameterisation and the Veiga et al. scalings. */
export function SgdProse() {
  return (
    <>
      <h3>A student network learns a teacher network</h3>
      <p>
        Inputs <Tex>{'x \\in \\mathbb R^N'}</Tex> have i.i.d. standard Gaussian entries. A teacher with <Tex>M</Tex> hidden units labels
        them, <Tex>{'y = \\sum_{m=1}^M v^*_m\\, g(\\rho_m) + \\sigma\\zeta'}</Tex> with <Tex>{'\\rho_m = w^*_m \\cdot x/\\sqrt N'}</Tex>, and a
        student with <Tex>K</Tex> hidden units predicts <Tex>{'\\hat y = \\sum_{k=1}^K v_k\\, g(\\lambda_k)'}</Tex>,{' '}
        <Tex>{'\\lambda_k = w_k \\cdot x/\\sqrt N'}</Tex>. The activation is <Tex>{'g(x) = \\mathrm{erf}(x/\\sqrt2)'}</Tex> (as in Saad
        &amp; Solla), ReLU or linear. Online SGD sees every sample once: with <Tex>{'\\Delta = \\hat y - y'}</Tex>,
      </p>
      <Tex block>{'w_k \\leftarrow w_k - \\frac{\\eta}{\\sqrt N}\\, v_k\\, g\'(\\lambda_k)\\, \\Delta\\, x, \\qquad v_k \\leftarrow v_k - \\frac{\\eta}{N}\\, g(\\lambda_k)\\, \\Delta \\quad (\\text{if the second layer trains}).'}</Tex>
      <h3>The ODEs of online learning</h3>
      <p>
        The error depends on the weights only through the overlaps <Tex>{'Q_{ik} = w_i\\cdot w_k/N'}</Tex>,{' '}
        <Tex>{'R_{in} = w_i \\cdot w^*_n/N'}</Tex>, <Tex>{'T_{nm} = w^*_n\\cdot w^*_m/N'}</Tex> and <Tex>v</Tex>, because the local fields{' '}
        <Tex>{'(\\lambda, \\rho)'}</Tex> are jointly Gaussian with covariance <Tex>{'\\left[\\begin{smallmatrix} Q & R \\\\ R^\\top & T\\end{smallmatrix}\\right]'}</Tex>.
        As <Tex>{'N \\to \\infty'}</Tex> with time <Tex>{'\\alpha = \\text{steps}/N'}</Tex>, the overlaps concentrate and obey (Saad &amp;
        Solla, PRL 74, 4337 (1995); Goldt, Advani, Saxe, Krzakala &amp; Zdeborová, NeurIPS 2019, arXiv:1906.08632)
      </p>
      <Tex block>{'\\frac{dR_{in}}{d\\alpha} = -\\eta\\, v_i \\sum_a c_a\\, I_3(i, n, a),'}</Tex>
      <Tex block>{'\\frac{dQ_{ik}}{d\\alpha} = -\\eta\\Big[v_i \\sum_a c_a I_3(i,k,a) + v_k \\sum_a c_a I_3(k,i,a)\\Big] + \\eta^2 v_i v_k\\Big[\\sum_{ab} c_a c_b\\, I_4(i,k,a,b) + \\sigma^2 J_2(i,k)\\Big],'}</Tex>
      <Tex block>{'\\frac{dv_i}{d\\alpha} = -\\eta \\sum_a c_a\\, I_2(i, a), \\qquad \\varepsilon_g = \\tfrac12\\, c^\\top I_2\\, c, \\qquad c = (v_1, \\dots, v_K, -v^*_1, \\dots, -v^*_M),'}</Tex>
      <p>
        where <Tex>{'I_2 = \\mathbb E[g g]'}</Tex>, <Tex>{'I_3 = \\mathbb E[g\'(\\ell_a)\\,\\ell_b\\, g(\\ell_c)]'}</Tex>,{' '}
        <Tex>{'I_4 = \\mathbb E[g\'g\'gg]'}</Tex> and <Tex>{'J_2 = \\mathbb E[g\'g\']'}</Tex> are Gaussian averages over the local fields, in
        closed form for erf and linear <Tex>g</Tex> (for ReLU, <Tex>{'I_4'}</Tex> is a four-variate orthant probability, integrated
        numerically). The first bracket, <Tex>{'O(\\eta)'}</Tex>, is gradient flow on the population error; the{' '}
        <Tex>{'O(\\eta^2)'}</Tex> terms are the SGD noise, which also carries the label noise <Tex>{'\\sigma^2'}</Tex>. The page integrates
        these equations with an error-controlled Dormand–Prince method, starting from the exact overlaps of the seeded initial weights, and
        runs SGD on the same network at finite <Tex>N</Tex> next to it.
      </p>
      <h3>The plateau</h3>
      <p>
        From a small initialisation every student unit first learns the same thing, the average teacher direction: the dynamics is drawn
        to the symmetric fixed point <Tex>{'Q_{ii} = q_d, Q_{ik} = q_o, R_{in} = r'}</Tex>, where the error stays at{' '}
        <Tex>{'\\varepsilon^*'}</Tex> (for erf, <Tex>{'K = M = 2'}</Tex>, <Tex>{'\\eta = 0.5'}</Tex>:{' '}
        <Tex>{'\\varepsilon^* = 0.014677'}</Tex>). The fixed point is a saddle: the leading eigenvalue <Tex>{'\\lambda'}</Tex> of the
        Jacobian (0.03434 there) belongs to a direction that breaks the permutation symmetry between units. An initial asymmetry{' '}
        <Tex>{'a_0'}</Tex> grows as <Tex>{'a_0 e^{\\lambda \\alpha}'}</Tex>, so the plateau lasts <Tex>{'\\approx \\ln(1/a_0)/\\lambda'}</Tex>{' '}
        — about 67 units of <Tex>\alpha</Tex> per decade of initial asymmetry — after which each student unit specialises to one teacher
        unit and the error falls (exponentially for <Tex>{'\\sigma = 0'}</Tex>).
      </p>
      <h3>Over-parameterisation</h3>
      <p>
        A student wider than the teacher (<Tex>{'K > M'}</Tex>) can represent it exactly, but with label noise the surplus units fit
        noise, and the asymptotic error of SGD grows with <Tex>K</Tex> (Goldt et al. 2019). How the surplus units are used depends on
        which layers learn: with both layers trained they are switched off or merged; with the second layer fixed at{' '}
        <Tex>{'v_k = 1'}</Tex> they cannot be switched off, and pairs of units with opposite outputs keep drifting, so the error at large{' '}
        <Tex>K</Tex> is still decreasing slowly at <Tex>{'\\alpha = 10^5'}</Tex>.
      </p>
      <h3>Learning-rate and width scalings</h3>
      <p>
        Veiga, Stephan, Loureiro, Krzakala &amp; Zdeborová (NeurIPS 2022, arXiv:2202.00293) let the learning rate and the width scale with
        the input dimension, <Tex>{'\\gamma = \\gamma_0/d^{\\delta}'}</Tex> and <Tex>{'p \\sim d^{\\kappa}'}</Tex> (student{' '}
        <Tex>{'\\hat y = \\tfrac1p \\sum_j g(\\lambda_j)'}</Tex>, teacher <Tex>{'\\tfrac1k\\sum_r g(\\rho_r) + \\sqrt\\Delta\\,\\xi'}</Tex>,
        first layer only). The sign of <Tex>{'\\kappa + \\delta'}</Tex> decides which terms of the ODEs survive as{' '}
        <Tex>{'d \\to \\infty'}</Tex>: for <Tex>{'\\kappa + \\delta > 0'}</Tex> only gradient flow (perfect learning, on the time scale{' '}
        <Tex>{'d^{1+\\kappa+\\delta}'}</Tex>); on the line <Tex>{'\\kappa + \\delta = 0'}</Tex> the full Saad–Solla equations, whose noise
        term leaves a plateau <Tex>{'\\propto \\Delta'}</Tex>; for <Tex>{'-\\tfrac12 < \\kappa + \\delta < 0'}</Tex> only the noise terms
        (bad learning: <Tex>R</Tex> is frozen, the error grows, time scale <Tex>{'d^{1+2(\\kappa+\\delta)}'}</Tex>); below{' '}
        <Tex>{'-\\tfrac12'}</Tex> there is no deterministic limit at all.
      </p>
    </>
  );
}
