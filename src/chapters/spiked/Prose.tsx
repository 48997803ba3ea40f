import { Tex } from '../../ui/Tex.tsx';

/** The spiked chapter's text: the model, the two kinds of prior, AMP, the spectral methods and what the figures show. */
export function SpikedProse() {
  return (
    <>
      <h3>The spiked Wigner model</h3>
      <p>
        A vector <Tex>{'v^\\star \\in \\mathbb R^p'}</Tex> is observed only through the noisy matrix{' '}
        <Tex>{'Y = v^\\star v^{\\star\\top}/\\sqrt p + \\sqrt\\Delta\\, \\xi'}</Tex>, <Tex>\xi</Tex> a symmetric Gaussian matrix. The
        question is how much of <Tex>{'v^\\star'}</Tex> can be recovered as <Tex>{'p \\to \\infty'}</Tex>, and by which algorithm (Aubin,
        Loureiro, Maillard, Krzakala, Zdeborová, NeurIPS 2019, arXiv:1905.12385). Two kinds of structure: a <em>sparse</em> spike, a
        fraction <Tex>\rho</Tex> of non-zero entries; and a <em>generative</em> spike <Tex>{'v^\\star = \\varphi(W z^\\star/\\sqrt k)'}</Tex>{' '}
        with a known random layer <Tex>W</Tex> and <Tex>{'k = p/\\alpha'}</Tex> latent Gaussian variables.
      </p>
      <h3>State evolution and the free entropy</h3>
      <p>
        Everything is described by the overlap <Tex>{'q_v = \\lim \\mathbb E[\\hat v \\cdot v^\\star]/p'}</Tex>. The spike acts as a scalar
        Gaussian channel of signal-to-noise <Tex>{'A = q_v/\\Delta'}</Tex>; for an i.i.d. prior{' '}
        <Tex>{'q_v \\leftarrow \\rho_v - \\mathrm{mmse}(q_v/\\Delta)'}</Tex>, and the fixed points are the stationary points of the mutual
        information <Tex>{'i_{\\rm RS} = (\\rho_v - q_v)^2/(4\\Delta) + I(v; \\sqrt{q_v/\\Delta}\\, v + \\xi)'}</Tex>, whose global minimum is
        the Bayes-optimal one. For the generative prior the scalar channel is a generalised linear model on <Tex>z</Tex>, and state
        evolution couples <Tex>{'q_v'}</Tex> to the latent overlap <Tex>{'q_z'}</Tex>:{' '}
        <Tex>{'\\hat q_z = \\alpha\\,\\mathbb E[g_{\\rm out}^2]'}</Tex>, <Tex>{'q_z = \\hat q_z/(1 + \\hat q_z)'}</Tex>.
      </p>
      <h3>AMP, PCA and LAMP</h3>
      <p>
        AMP iterates <Tex>{'B = Y\\hat v/(\\Delta\\sqrt p) - (\\overline{\\sigma}/\\Delta)\\,\\hat v^{t-1}'}</Tex>,{' '}
        <Tex>{'A = |\\hat v|^2/(p\\Delta)'}</Tex> and then the prior&rsquo;s denoiser — for the generative prior, one step of GAMP on{' '}
        <Tex>z</Tex>. State evolution predicts its trajectory. PCA takes the top eigenvector of <Tex>{'Y/\\sqrt p'}</Tex>; it sees the spike
        only for <Tex>{'\\Delta < \\rho_v^2'}</Tex>. Linearising AMP around <Tex>{'\\hat v = 0'}</Tex> gives a new spectral method, LAMP,
        whose threshold is AMP&rsquo;s.
      </p>
      <h3>What the figures show</h3>
      <p>
        With a sparse prior at small <Tex>\rho</Tex> the transition is first order: AMP needs <Tex>{'\\Delta < 1'}</Tex> while
        information theory allows up to <Tex>{'\\Delta_{\\rm IT}(\\rho)'}</Tex> — the hard phase. With a generative prior the transition is
        continuous at <Tex>{'\\Delta_c = 1 + \\alpha'}</Tex> (linear) or <Tex>{'1 + 4\\alpha/\\pi^2'}</Tex> (sign), and AMP and LAMP
        reach it: no computational gap. Every number on the page also comes out of the command line,{' '}
        <code>npm run -s cli -- spiked-thresholds --prior sparse --rho 0.05</code>.
      </p>
    </>
  );
}
