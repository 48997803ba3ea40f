import { Tex } from '../../ui/Tex.tsx';

/** The GLM chapter's text: model, state evolution, free entropy, and what the figures show. */
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
        (Barbier, Krzakala, Macris, Miolane, Zdeborová, PNAS 2019).
      </p>
      <p>State evolution tracks the overlap along the iterations of approximate message passing (AMP):</p>
      <Tex block>{'\\hat m^{t} = \\alpha\\, \\mathbb{E}\\big[g_{\\rm out}^2\\big](m^t), \\qquad m^{t+1} = \\rho - \\mathrm{mmse}(\\hat m^{t}).'}</Tex>
      <p>
        Its fixed points are the stationary points of the replica-symmetric free entropy{' '}
        <Tex>{'f_{\\rm RS}(m, \\hat m) = \\psi(\\hat m) + \\alpha \\Psi_{\\rm out}(m) - m\\hat m/2'}</Tex>. The Bayes-optimal error is
        given by the fixed point with the largest free entropy; AMP, started without information (<Tex>{'m^0 = 0'}</Tex>), reaches the
        nearest stable one. When these differ, the problem is in a <em>hard phase</em>: the information is there, but no known
        efficient algorithm extracts it.
      </p>
      <p>
        For the sign channel the Bayes-optimal classification error is <Tex>{'\\varepsilon_g = \\tfrac{1}{\\pi}\\arccos\\sqrt{m/\\rho}'}</Tex>{' '}
        (prediction by the sign of the posterior-mean pre-activation). For the spherical perceptron (Gaussian prior) there is no phase
        transition and <Tex>{'\\varepsilon_g \\propto 1/\\alpha'}</Tex> at large <Tex>\alpha</Tex>.
      </p>
    </>
  );
}
