import { fmt } from '../../charts/LineChart.tsx';
import { Tex } from '../../ui/Tex.tsx';
import type { CurvePanel } from '../../../workers/physics/committee/manifest.ts';

/** Caption sentences shared by figures 1 and 2: which method serves this (K, act) (the panel says), what is not computed, which error. */
export function MethodNote({ panel }: { panel: CurvePanel | null }) {
  if (!panel || panel.method === null) return null;
  const m = panel.method;
  const t = panel.thresholds;
  const f = t && 'alpha_spec' in t ? t : null;
  const l = t && 'alpha_it_over_K' in t ? t : null;
  let method;
  if (m === 'erf-K2') {
    return (
      <>
        Erf regression, <Tex>{'K = 2'}</Tex>, <Tex>{`\\Delta = ${fmt(panel.noise ?? NaN)}`}</Tex>: SE in the committee-symmetric ansatz; the channel
        integrals <Tex>{'\\Psi_{\\rm out}'}</Tex> and <Tex>{'\\bar M'}</Tex> by quadrature in the eigen-directions{' '}
        <Tex>{'(1, \\pm 1)/\\sqrt2'}</Tex> of <Tex>q</Tex> (trapezoid rule in <Tex>\omega</Tex>, Gauss–Hermite in <Tex>{'z \\mid \\omega'}</Tex>,
        a spectrally accurate trapezoid rule in <Tex>y</Tex>), on the coarse grid used for interactive figures (about{' '}
        <Tex>{'10^{-5}'}</Tex> in <Tex>{'\\Psi_{\\rm out}'}</Tex>; the CLI uses a grid converged to <Tex>{'10^{-7}'}</Tex>)
        {f?.alpha_amp != null ? (
          <>
            ; the transition is continuous at <Tex>{`\\alpha_{\\rm spec} = \\alpha_{\\rm AMP} = ${fmt(f.alpha_amp)}`}</Tex>, the root
            of <Tex>{'\\lambda(\\alpha) = 1'}</Tex>
          </>
        ) : null}
        . Plotted is the test mean squared error of the Bayes-optimal prediction of the noiseless output,{' '}
        <Tex>{"\\mathbb E[(s - \\hat y)^2] = \\tfrac23 - \\mathbb E[YY']"}</Tex> (the label noise <Tex>\Delta</Tex> excluded).
      </>
    );
  }
  if (m === 'large-K') {
    method = (
      <>
        <Tex>{'K = \\infty'}</Tex> at <Tex>{'\\alpha = \\tilde\\alpha K'}</Tex>: closed forms for the free entropy per hidden unit{' '}
        <Tex>{'\\phi(q_d; \\tilde\\alpha)'}</Tex>, with <Tex>{'q_d + q_a = 1'}</Tex> on both branches
        {l ? (
          <>
            {' '}— the specialised branch appears at <Tex>{`\\tilde\\alpha_{\\rm sp} = ${fmt(l.alpha_spinodal_over_K)}`}</Tex> and becomes
            Bayes-optimal at <Tex>{`\\tilde\\alpha_{\\rm IT} = ${fmt(l.alpha_it_over_K)}`}</Tex>; AMP leaves the plateau only at{' '}
            <Tex>{`\\alpha \\approx ${fmt(l.alpha_amp_over_K2)}\\,K^2`}</Tex>, i.e. never at finite <Tex>{'\\tilde\\alpha'}</Tex>
          </>
        ) : null}
        . Here the α control is <Tex>{'\\tilde\\alpha = \\alpha/K'}</Tex>.
      </>
    );
  } else if (m === 'perceptron') {
    method = <>K = 1 is the sign perceptron with a Gaussian prior (closed-form SE): no transition.</>;
  } else if (m === 'sign-K2') {
    method = (
      <>
        <Tex>{'K = 2'}</Tex>: SE in the committee-symmetric ansatz with bivariate normal probabilities (Drezner–Wesolowsky, Owen&rsquo;s T),
        averaged on a 2-D Gauss–Hermite grid near the transition and, once the units specialise, on Gauss–Legendre panels that resolve
        the decision boundaries as <Tex>{'q \\to I'}</Tex>
        {f?.alpha_spec != null ? (
          <>
            ; the transition is continuous at <Tex>{`\\alpha_{\\rm spec} = \\alpha_{\\rm IT} = \\alpha_{\\rm AMP} = ${fmt(f.alpha_spec)}`}</Tex>{' '}
            (where <Tex>{'q_d = 0'}</Tex> turns unstable)
          </>
        ) : null}
        .
      </>
    );
  } else {
    method = (
      <>
        <Tex>{'K = 3'}</Tex>: on the non-specialised plane, exact 1-D integrals of the majority-vote probability; off it, a 3-D
        quadrature that follows the decision boundaries (the correlated noise written as independent noise plus an imaginary common
        shift, with the complex error function), checked against Plackett&rsquo;s trivariate cdf; the specialised branch by Broyden
        iteration from a tabulated branch, at {panel.n} values of <Tex>\alpha</Tex>
        {f?.alpha_amp != null ? (
          <>
            ; <Tex>{`\\alpha_{\\rm AMP} = ${fmt(f.alpha_amp)}`}</Tex> from the linear stability of the plane <Tex>{'q_d = 0'}</Tex>
          </>
        ) : null}
        .{' '}
        {f?.alpha_it == null ? (
          <>
            <Tex>{'\\alpha_{\\rm spec}'}</Tex> and <Tex>{'\\alpha_{\\rm IT}'}</Tex> are not computed yet (the specialised branch near{' '}
            <Tex>{'q \\to I'}</Tex> is not converged in the quadrature), so the hard phase is not shaded and the jump of the Bayes-optimal
            curve is only indicative.
          </>
        ) : null}
      </>
    );
  }
  return (
    <>
      {method} Plotted is <Tex>{"\\varepsilon_g = \\tfrac12(\\mathbb E[Y^2] - \\mathbb E[Y Y'])"}</Tex>, the test error of a student drawn
      from the posterior (for <Tex>{'K = 1'}</Tex> it is <Tex>{'\\arccos(q)/\\pi'}</Tex>, not the Bayes-optimal prediction error{' '}
      <Tex>{'\\arccos(\\sqrt q)/\\pi'}</Tex> of the GLM chapter).
    </>
  );
}
