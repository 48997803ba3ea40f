import { Tex } from '../../ui/Tex.tsx';

/** The hidden-manifold chapter's text: the model, Gaussian equivalence, the fixed point, and what the figures show. */
export function HmmProse() {
  return (
    <>
      <h3>Structured data: the hidden manifold model</h3>
      <p>
        Real inputs are not i.i.d. Gaussian vectors: images of digits fill a small, curved part of pixel space. The hidden manifold model
        (Goldt, Mézard, Krzakala, Zdeborová, PRX 10, 041044 (2020)) keeps the simplest version of this structure. Each input is built from a
        latent vector <Tex>{'c \\in \\mathbb{R}^d'}</Tex>, <Tex>{'c \\sim \\mathcal N(0, I_d)'}</Tex>, by a fixed random map,{' '}
        <Tex>{'x = \\sigma(Fc/\\sqrt d) \\in \\mathbb{R}^p'}</Tex> with <Tex>{'F_{ij} \\sim \\mathcal N(0, 1)'}</Tex>, and the label depends on
        the latent vector only, <Tex>{'y = \\operatorname{sign}(\\theta_0 \\cdot c/\\sqrt d)'}</Tex>. The same equations describe random-features
        regression: <Tex>{'x'}</Tex> are the <Tex>p</Tex> hidden units of a two-layer network with a frozen first layer <Tex>F</Tex>, and only
        the second layer <Tex>w</Tex> is learned, by minimising
      </p>
      <Tex block>{'\\textstyle\\sum_{\\mu=1}^n \\ell\\big(y_\\mu, w \\cdot x_\\mu/\\sqrt p\\big) + \\tfrac\\lambda2 |w|^2, \\qquad \\ell = \\tfrac12 (y - z)^2 \\text{ (ridge) or } \\ln(1 + e^{-yz}) \\text{ (logistic)}.'}</Tex>
      <p>
        The limit is <Tex>{'n, p, d \\to \\infty'}</Tex> with <Tex>{'\\alpha = n/p'}</Tex> and <Tex>{'\\gamma = d/p'}</Tex> fixed.
      </p>
      <h3>Gaussian equivalence</h3>
      <p>
        For the learning curves, the nonlinear features behave like a linear function of the latent vector plus independent Gaussian
        noise (Goldt et al. 2020; Hu &amp; Lu 2020 prove it for random features):
      </p>
      <Tex block>{'x \\;\\simeq\\; \\kappa_0 + \\kappa_1 \\frac{Fc}{\\sqrt d} + \\kappa_\\star \\xi, \\qquad \\kappa_0 = \\mathbb{E}\\,\\sigma(z),\\;\\; \\kappa_1 = \\mathbb{E}\\,z\\sigma(z),\\;\\; \\kappa_\\star^2 = \\mathbb{E}\\,\\sigma(z)^2 - \\kappa_0^2 - \\kappa_1^2,'}</Tex>
      <p>
        with <Tex>{'z, \\xi_i \\sim \\mathcal N(0, 1)'}</Tex>. For <Tex>{'\\sigma = \\operatorname{erf}'}</Tex>,{' '}
        <Tex>{'\\kappa_1 = 2/\\sqrt{3\\pi}'}</Tex> and <Tex>{'\\kappa_\\star^2 = \\tfrac2\\pi \\arcsin\\tfrac23 - \\tfrac{4}{3\\pi}'}</Tex>; for the
        sign, <Tex>{'\\kappa_1 = \\sqrt{2/\\pi}'}</Tex>, <Tex>{'\\kappa_\\star^2 = 1 - 2/\\pi'}</Tex>; for ReLU <Tex>{'\\kappa_0 = 1/\\sqrt{2\\pi}'}</Tex>,{' '}
        <Tex>{'\\kappa_1 = \\tfrac12'}</Tex>; tanh needs a quadrature. The constant <Tex>{'\\kappa_0'}</Tex> drops out for symmetric labels (the
        simulations centre the features). The learning-curve figure trains on both the real features and their Gaussian equivalent.
      </p>
      <h3>The fixed point</h3>
      <p>
        The student&rsquo;s field <Tex>{'\\omega = w \\cdot x/\\sqrt p'}</Tex> and the teacher&rsquo;s <Tex>{'\\nu = \\theta_0 \\cdot c/\\sqrt d'}</Tex>{' '}
        are then jointly Gaussian with <Tex>{'\\mathbb{E}\\,\\omega\\nu = m'}</Tex>, <Tex>{'\\mathbb{E}\\,\\omega^2 = q'}</Tex>, and{' '}
        <Tex>{'\\varepsilon_g = \\tfrac1\\pi \\arccos(m/\\sqrt q)'}</Tex>. The replica method (Gerace, Loureiro, Krzakala, Mézard, Zdeborová, ICML
        2020) gives <Tex>{'(m, q, V)'}</Tex> as the fixed point of two maps. The output channel is that of ordinary ERM: with{' '}
        <Tex>{'f = (\\mathrm{prox}_{V\\ell}(\\omega) - \\omega)/V'}</Tex>,
      </p>
      <Tex block>{'\\hat V = -\\alpha\\,\\mathbb{E}\\,\\partial_\\omega f, \\qquad \\hat q = \\alpha\\,\\mathbb{E} f^2, \\qquad \\hat m = \\alpha\\,\\mathbb{E}\\,\\partial_\\nu f,'}</Tex>
      <p>
        in closed form for ridge (<Tex>{'\\hat V = \\alpha/(1+V)'}</Tex>, <Tex>{'\\hat m = \\alpha\\sqrt{2/\\pi}/(1+V)'}</Tex>). The structure of
        the data enters through the other map, a ridge problem with the features&rsquo; covariance{' '}
        <Tex>{'\\Omega = \\kappa_1^2 FF^\\top/d + \\kappa_\\star^2 I'}</Tex>:
      </p>
      <Tex block>{'V = \\tfrac1p \\operatorname{tr} \\Omega(\\lambda + \\hat V \\Omega)^{-1}, \\qquad m = \\tfrac{\\hat m}{d} \\operatorname{tr} \\Phi\\Phi^\\top (\\lambda + \\hat V \\Omega)^{-1}, \\qquad q = \\ldots'}</Tex>
      <p>
        and since <Tex>{'F^\\top F/p'}</Tex> has the Marchenko–Pastur spectrum of ratio <Tex>\gamma</Tex>, every trace is a combination of its
        Stieltjes transform, <Tex>{'G(z) = [\\sqrt{(z + 1 + \\gamma)^2 - 4\\gamma} - (1 - \\gamma + z)]/(2\\gamma z)'}</Tex>, and of{' '}
        <Tex>{'G\'(z)'}</Tex>, at <Tex>{'z = (\\lambda + \\hat V\\kappa_\\star^2)\\gamma/(\\hat V \\kappa_1^2)'}</Tex>. For ridge the whole fixed
        point reduces to one scalar root; for logistic regression it is iterated (with Anderson mixing). The square-loss case agrees with
        Mei &amp; Montanari&rsquo;s closed form for random-features regression (CPAM 2022) to machine precision.
      </p>
      <h3>What the figures show</h3>
      <ul>
        <li>
          <strong>Learning curve.</strong> Ridge at small <Tex>\lambda</Tex> peaks at <Tex>{'n = p'}</Tex>; logistic regression, at the same
          penalty, does better — it keeps pushing margins where ridge pulls every output to <Tex>{'\\pm 1'}</Tex>. Below the
          separability threshold <Tex>{'\\alpha_{\\rm sep}(\\gamma, \\sigma)'}</Tex> (marked on the learning curve when it falls on its axis) a hyperplane separates the
          training set: unregularised logistic regression then has no minimiser, and as <Tex>{'\\lambda \\to 0^+'}</Tex> it becomes the
          max-margin classifier. Whitening the Gaussian-equivalent features reduces the question to Candès &amp; Sur&rsquo;s (2020):
          with <Tex>\tau</Tex> the fraction of the label&rsquo;s latent field that is linear in the features,{' '}
          <Tex>{'\\alpha_{\\rm sep} = \\pi/\\varphi'}</Tex> where <Tex>{'\\varphi/\\tan\\varphi = \\tau'}</Tex> — Gardner&rsquo;s 2 when{' '}
          <Tex>{'\\tau = 0'}</Tex>, without bound as <Tex>{'\\tau \\to 1'}</Tex>.
        </li>
        <li>
          <strong>Double descent.</strong> At fixed data, growing the model first helps, then hurts up to <Tex>{'p = n'}</Tex>, then helps
          again: the interpolation peak. The optimal <Tex>\lambda</Tex> flattens it.
        </li>
        <li>
          <strong>Regularisation.</strong> <Tex>{'\\varepsilon_g(\\lambda)'}</Tex> at the chosen <Tex>\alpha</Tex>, with its minimum.
        </li>
        <li>
          <strong>Phase diagram.</strong> The lecture&rsquo;s plane (<Tex>{'\\sigma = \\operatorname{erf}'}</Tex>, ridge,{' '}
          <Tex>{'d/p = 0.1'}</Tex>) coloured by <Tex>{'\\varepsilon_g'}</Tex>, with the optimal-<Tex>\lambda</Tex> line.
        </li>
      </ul>
    </>
  );
}
