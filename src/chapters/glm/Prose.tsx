import { Tex } from '../../ui/Tex.tsx';

/** The GLM chapter's text: model, GAMP, state evolution, free entropy, thresholds, and what the figures show. */
export function GlmProse() {
  return (
    <>
      <h3>The teacher-student generalised linear model</h3>
      <p>
        A teacher draws weights <Tex>{'w^\\star \\in \\mathbb{R}^d'}</Tex> from a prior <Tex>{'P_0'}</Tex> and labels <Tex>n</Tex> random
        Gaussian inputs through a channel, <Tex>{'y_\\mu \\sim P_{\\rm out}(\\cdot \\mid z_\\mu)'}</Tex> with{' '}
        <Tex>{'z_\\mu = \\sum_i X_{\\mu i} w^\\star_i'}</Tex>, <Tex>{'X_{\\mu i} \\sim \\mathcal N(0, 1/d)'}</Tex>. A student who knows the
        prior and the channel wants <Tex>{'w^\\star'}</Tex> back. In the limit <Tex>{'n, d \\to \\infty'}</Tex> at fixed{' '}
        <Tex>{'\\alpha = n/d'}</Tex>, everything is described by one number, the overlap <Tex>{'m = \\mathbb{E}[\\hat w \\cdot w^\\star]/d'}</Tex>{' '}
        (Barbier, Krzakala, Macris, Miolane, Zdeborová, PNAS 116, 5451 (2019)). The presets are the lecture&rsquo;s examples: the spherical
        perceptron (Gaussian prior, sign), the binary perceptron (<Tex>{'w^\\star_i = \\pm 1'}</Tex>, sign), phase retrieval (Gaussian
        prior, <Tex>{'y = |z|'}</Tex>) and sparse linear estimation (a fraction <Tex>\rho</Tex> of non-zero weights, <Tex>{'y = z'}</Tex> +
        noise).
      </p>
      <h3>Generalised approximate message passing</h3>
      <p>
        GAMP (Rangan, ISIT 2011, arXiv:1010.5141) keeps for each weight a mean <Tex>{'\\hat w_i'}</Tex> and a variance{' '}
        <Tex>{'\\hat v_i'}</Tex>, and for each sample an estimate <Tex>{'\\omega_\\mu'}</Tex> of the pre-activation with variance{' '}
        <Tex>V</Tex>. With <Tex>{'Z_{\\rm out}(y, \\omega, V) = \\mathbb{E}_{z \\sim \\mathcal N(\\omega, V)} P_{\\rm out}(y \\mid z)'}</Tex>,{' '}
        <Tex>{'g_{\\rm out} = \\partial_\\omega \\ln Z_{\\rm out}'}</Tex> and the prior&rsquo;s denoisers{' '}
        <Tex>{'f_a(A, B) = \\partial_B \\ln Z_0'}</Tex>, <Tex>{'f_v = \\partial_B f_a'}</Tex>, one iteration reads
      </p>
      <Tex block>{'V^t = \\tfrac1d \\textstyle\\sum_i \\hat v_i^t, \\qquad \\omega_\\mu^t = \\sum_i X_{\\mu i} \\hat w_i^t - V^t g_\\mu^{t-1}, \\qquad g_\\mu^t = g_{\\rm out}(y_\\mu, \\omega_\\mu^t, V^t),'}</Tex>
      <Tex block>{'A^t = -\\tfrac{\\alpha}{n} \\textstyle\\sum_\\mu \\partial_\\omega g_{\\rm out}(y_\\mu, \\omega^t_\\mu, V^t), \\qquad B_i^t = \\sum_\\mu X_{\\mu i} g_\\mu^t + A^t \\hat w_i^t,'}</Tex>
      <Tex block>{'\\hat w_i^{t+1} = f_a(A^t, B_i^t), \\qquad \\hat v_i^{t+1} = f_v(A^t, B_i^t).'}</Tex>
      <p>
        The term <Tex>{'-V^t g^{t-1}_\\mu'}</Tex> is the Onsager reaction that makes the errors Gaussian. With i.i.d. Gaussian inputs the
        per-sample and per-weight variances concentrate, so one iteration costs two matrix-vector products. The AMP-dynamics figure runs
        it on random instances.
      </p>
      <h3>State evolution and the free entropy</h3>
      <p>As <Tex>{'d \\to \\infty'}</Tex>, GAMP&rsquo;s overlap follows state evolution exactly:</p>
      <Tex block>{'\\hat m^{t} = \\alpha\\, \\mathbb{E}\\big[g_{\\rm out}^2\\big](m^t), \\qquad m^{t+1} = \\rho - \\mathrm{mmse}(\\hat m^{t}).'}</Tex>
      <p>
        Its fixed points are the stationary points of the replica-symmetric free entropy{' '}
        <Tex>{'f_{\\rm RS}(m, \\hat m) = \\psi(\\hat m) + \\alpha \\Psi_{\\rm out}(m) - m\\hat m/2'}</Tex>, whose maximum over{' '}
        <Tex>{'\\hat m'}</Tex> at fixed <Tex>m</Tex> is the landscape of the third figure. The Bayes-optimal error is given by the global
        maximum (Barbier et al. 2019 prove this); AMP, started without information (<Tex>{'m^0 = 0'}</Tex>), reaches the nearest stable
        fixed point. When these differ, the problem is in a <em>hard phase</em>: the information is there, but no known efficient algorithm
        extracts it.
      </p>
      <h3>Thresholds</h3>
      <ul>
        <li>
          <Tex>{'\\alpha_{\\rm WR}'}</Tex>, weak recovery: where <Tex>{'m = 0'}</Tex> is a fixed point (symmetric channels such as{' '}
          <Tex>{'|z|'}</Tex>), the overlap starts to grow when it becomes unstable; for phase retrieval{' '}
          <Tex>{'\\alpha_{\\rm WR} = 1/2'}</Tex>.
        </li>
        <li>
          <Tex>{'\\alpha_{\\rm IT}'}</Tex>, information-theoretic: the free entropies of the informed and the uninformed branch cross, and
          the MMSE jumps. Binary perceptron: <Tex>{'\\alpha_{\\rm IT} \\approx 1.245'}</Tex> (Gardner and Derrida 1989, Györgyi 1990);
          noiseless phase retrieval: <Tex>{'\\alpha_{\\rm IT} = 1'}</Tex>.
        </li>
        <li>
          <Tex>{'\\alpha_{\\rm alg}'}</Tex>, algorithmic: the uninformed stable fixed point disappears (a spinodal), and AMP reaches the
          Bayes-optimal error. Binary perceptron: <Tex>{'\\alpha_{\\rm alg} \\approx 1.493'}</Tex>; phase retrieval:{' '}
          <Tex>{'\\alpha_{\\rm alg} \\approx 1.13'}</Tex>.
        </li>
      </ul>
      <p>
        They are located on the curve of fixed points by root finding (never read off a grid), and the phase diagram follows them as the
        label noise or the sparsity changes. For the sign channel the Bayes-optimal classification error is{' '}
        <Tex>{'\\varepsilon_g = \\tfrac{1}{\\pi}\\arccos\\sqrt{m/\\rho}'}</Tex> (prediction by the sign of the posterior-mean
        pre-activation). For the spherical perceptron (Gaussian prior) there is no phase transition and{' '}
        <Tex>{'\\varepsilon_g \\propto 1/\\alpha'}</Tex> at large <Tex>\alpha</Tex>.
      </p>
    </>
  );
}
