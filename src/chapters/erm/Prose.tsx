import { Tex } from '../../ui/Tex.tsx';

/** The ERM chapter's text: model, estimators, the fixed-point equations, the limits λ → 0⁺, and what the figures show. */
export function ErmProse() {
  return (
    <>
      <h3>What trained models learn</h3>
      <p>
        The teacher of the spherical perceptron: weights <Tex>{'w^\\star \\sim \\mathcal N(0, I_d)'}</Tex>, inputs{' '}
        <Tex>{'X_{\\mu i} \\sim \\mathcal N(0, 1/d)'}</Tex>, labels <Tex>{'y_\\mu = \\operatorname{sign}(X_\\mu \\cdot w^\\star)'}</Tex>,{' '}
        <Tex>{'\\mu = 1, \\dots, n = \\alpha d'}</Tex>. The GLM chapter computes the smallest error any estimator can reach (Bayes-optimal).
        In practice one trains instead: minimise a convex loss plus a ridge penalty,
      </p>
      <Tex block>{'\\hat w = \\operatorname*{argmin}_w \\sum_{\\mu=1}^n \\ell(y_\\mu, X_\\mu \\cdot w) + \\frac\\lambda2 |w|^2,'}</Tex>
      <p>
        with the square loss <Tex>{'\\ell = \\tfrac12 (y - z)^2'}</Tex> (ridge regression), the logistic loss{' '}
        <Tex>{'\\ell = \\ln(1 + e^{-yz})'}</Tex> or the hinge loss <Tex>{'\\ell = \\max(0, 1 - yz)'}</Tex> (support-vector machine). How far
        are these from Bayes? Aubin, Lu, Krzakala and Zdeborová (<em>Generalization error in high-dimensional perceptrons: approaching Bayes
        error with convex optimization</em>, NeurIPS 2020, arXiv:2006.06560) answer exactly as <Tex>{'d \\to \\infty'}</Tex>: optimally
        regularised logistic regression is, within a fraction of a per cent, Bayes-optimal.
      </p>
      <h3>The fixed point</h3>
      <p>
        Three numbers describe the trained weights: the overlap <Tex>{'m = \\hat w\\cdot w^\\star/d'}</Tex>, the norm{' '}
        <Tex>{'q = |\\hat w|^2/d'}</Tex> and a response <Tex>V</Tex>. The loss enters only through its proximal operator{' '}
        <Tex>{'\\mathrm{prox}(y, \\omega, V) = \\operatorname*{argmin}_x \\ell(y, x) + (x - \\omega)^2/(2V)'}</Tex>, with{' '}
        <Tex>{'f = (\\mathrm{prox} - \\omega)/V'}</Tex>; with <Tex>{'Z^\\star = H(-y\\omega^\\star/\\sqrt{V^\\star})'}</Tex> the teacher&rsquo;s
        channel, <Tex>{'\\omega^\\star = (m/\\sqrt q)\\xi'}</Tex>, <Tex>{'V^\\star = 1 - m^2/q'}</Tex> and the student&rsquo;s field{' '}
        <Tex>{'\\omega = \\sqrt q\\, \\xi'}</Tex> (the paper&rsquo;s Theorem 2),
      </p>
      <Tex block>{'\\hat m = \\alpha\\, \\mathbb E_\\xi \\sum_y \\partial_{\\omega^\\star} Z^\\star f, \\quad \\hat q = \\alpha\\, \\mathbb E_\\xi \\sum_y Z^\\star f^2, \\quad \\hat V = -\\alpha\\, \\mathbb E_\\xi \\sum_y Z^\\star \\partial_\\omega f,'}</Tex>
      <Tex block>{'V = \\frac{1}{\\lambda + \\hat V}, \\qquad m = \\hat m V, \\qquad q - m^2 = \\hat q V^2, \\qquad \\varepsilon_g = \\frac1\\pi \\arccos\\frac{m}{\\sqrt q}.'}</Tex>
      <p>
        The page solves them with quasi-Newton steps in <Tex>{'(\\ln m, \\ln(q - m^2), \\ln V)'}</Tex>, carrying{' '}
        <Tex>{'s^2 = q - m^2'}</Tex> so that <Tex>{'\\varepsilon_g = \\arctan(s/m)/\\pi'}</Tex> keeps its digits at large{' '}
        <Tex>\alpha</Tex>. The averages fold the two labels into one integral over the student&rsquo;s field, a step of width{' '}
        <Tex>{'\\propto \\varepsilon_g'}</Tex> at <Tex>{'\\omega = 0'}</Tex> (the teacher&rsquo;s boundary) times the loss&rsquo;s kinks,
        integrated by composite Gauss-Legendre rules placed on those features. The square loss has a closed form; the logistic prox is a
        safeguarded Newton solve; the optimal <Tex>{'\\lambda^*(\\alpha)'}</Tex> is a 1-D minimisation of <Tex>{'\\varepsilon_g'}</Tex> in{' '}
        <Tex>{'\\ln\\lambda'}</Tex>.
      </p>
      <h3>The limit λ → 0⁺</h3>
      <p>
        The data are linearly separable (the teacher separates them), so without a penalty the logistic and hinge losses have no unique
        minimiser; as <Tex>{'\\lambda \\to 0^+'}</Tex> both select the <em>max-margin</em> direction, the one that maximises the smallest{' '}
        <Tex>{'y_\\mu X_\\mu\\cdot w/|w|'}</Tex>. In the fixed point <Tex>{'V \\to \\infty'}</Tex> and it becomes Gardner&rsquo;s condition with a
        teacher; the margin is <Tex>{'\\kappa = 1/\\sqrt q'}</Tex>. For the square loss the limit is the minimum-norm interpolator below{' '}
        <Tex>{'\\alpha = 1'}</Tex> and least squares above, with the interpolation peak at <Tex>{'\\alpha = 1'}</Tex>.
      </p>
      <h3>Training on finite instances</h3>
      <p>
        The dots are real training runs on seeded random instances: ridge by conjugate gradients (a Cholesky solve when the Marchenko-Pastur
        spectrum reaches 0 at <Tex>{'n \\approx d'}</Tex>), logistic regression by Newton-CG to a gradient norm of{' '}
        <Tex>{'10^{-9}'}</Tex> of its initial value, the SVM by dual coordinate descent (large <Tex>\lambda</Tex>) or a primal-dual
        interior-point method (small <Tex>\lambda</Tex>, and <Tex>{'\\lambda = 0'}</Tex>, the hard-margin problem) to a relative duality gap of{' '}
        <Tex>{'10^{-6}'}</Tex>. The error of each run is computed exactly from the
        trained weights, <Tex>{'\\arccos(\\hat w\\cdot w^\\star/|\\hat w||w^\\star|)/\\pi'}</Tex>. With <Tex>{'\\lambda = \\lambda^*'}</Tex> the
        runs use the theory&rsquo;s <Tex>{'\\lambda^*(\\alpha)'}</Tex>.
      </p>
    </>
  );
}
