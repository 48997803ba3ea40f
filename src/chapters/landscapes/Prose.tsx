import { Tex } from '../../ui/Tex.tsx';

/** The rough-landscapes chapter's text: model, loss, DMFT, thresholds, BBP, finite size, phase retrieval. */
export function LandscapesProse() {
  return (
    <>
      <h3>Why doesn&rsquo;t gradient descent get stuck?</h3>
      <p>
        Non-convex losses in high dimension typically have exponentially many local minima, most of them bad. Yet gradient descent
        often finds good solutions. The spiked matrix-tensor model is a problem where this can be worked out exactly (Sarao
        Mannelli, Krzakala, Urbani, Zdeborová, arXiv:1812.09066 and 1902.00139; Sarao Mannelli, Biroli, Cammarota, Krzakala,
        Zdeborová, arXiv:1907.08226): gradient flow finds the signal in a region where spurious minima are still exponentially
        many, because it never meets them. It first ages towards marginally stable <em>threshold states</em>, and leaves them
        once their Hessian has an unstable direction pointing at the signal.
      </p>
      <h3>The spiked matrix-tensor model</h3>
      <p>
        A signal <Tex>{'x^\\star'}</Tex> on the sphere <Tex>{'|x^\\star|^2 = N'}</Tex> is observed twice, through a noisy matrix and
        a noisy order-3 tensor:
      </p>
      <Tex block>{'Y_{ij} = \\frac{x^\\star_i x^\\star_j}{\\sqrt N} + \\xi_{ij},\\quad \\xi_{ij} \\sim \\mathcal N(0, \\Delta_2); \\qquad T_{ijk} = \\frac{\\sqrt 2}{N}\\, x^\\star_i x^\\star_j x^\\star_k + \\xi_{ijk},\\quad \\xi_{ijk} \\sim \\mathcal N(0, \\Delta_p).'}</Tex>
      <p>The loss is the negative log-likelihood on the sphere <Tex>{'|x|^2 = N'}</Tex>:</p>
      <Tex block>{'L(x) = -\\frac{1}{\\Delta_2\\sqrt N}\\sum_{i<j} Y_{ij} x_i x_j - \\frac{\\sqrt 2}{\\Delta_p N}\\sum_{i<j<k} T_{ijk}\\, x_i x_j x_k .'}</Tex>
      <p>
        Statistically <Tex>{'L = -N f(m)'}</Tex> plus Gaussian noise, with <Tex>{'m = x\\cdot x^\\star/N'}</Tex> and{' '}
        <Tex>{'f(q) = \\frac{q^2}{2\\Delta_2} + \\frac{q^3}{3\\Delta_p}'}</Tex>. Spherical gradient flow is{' '}
        <Tex>{'\\dot x = -\\nabla L - \\mu(t)\\, x'}</Tex>, where the Lagrange multiplier{' '}
        <Tex>{'\\mu = -x\\cdot\\nabla L/N'}</Tex> keeps <Tex>x</Tex> on the sphere (plus a temperature <Tex>T</Tex> for Langevin
        dynamics). The finite-<Tex>N</Tex> runs integrate it by Euler steps and project back to the sphere; one step is one pass over
        the <Tex>{'N^3/6'}</Tex> tensor entries, stored once in single precision (18 MB at <Tex>{'N = 300'}</Tex>, the browser&rsquo;s
        limit here).
      </p>
      <h3>Dynamical mean-field theory</h3>
      <p>
        As <Tex>{'N \\to \\infty'}</Tex> the flow is described exactly by the correlation <Tex>{'C(t,t\') = x(t)\\cdot x(t\')/N'}</Tex>,
        the response <Tex>{'R(t,t\')'}</Tex>, the overlap <Tex>m(t)</Tex> and <Tex>{'\\mu(t)'}</Tex>, which obey closed
        integro-differential equations (for <Tex>{"t > t'"}</Tex>, <Tex>{'C(t,t) = 1'}</Tex>, <Tex>{'R(t^+,t) = 1'}</Tex>):
      </p>
      <Tex block>{"\\begin{aligned}\\partial_t C(t,t') = {} & -\\mu(t) C(t,t') + f'(m(t))\\, m(t') \\\\ & + \\int_0^t R(t,s) f''(C(t,s)) C(s,t')\\,ds + \\int_0^{t'} f'(C(t,s)) R(t',s)\\,ds,\\end{aligned}"}</Tex>
      <Tex block>{"\\partial_t R(t,t') = -\\mu(t) R(t,t') + \\int_{t'}^t R(t,s) f''(C(t,s)) R(s,t')\\,ds,"}</Tex>
      <Tex block>{"\\dot m = -\\mu m + f'(m) + \\int_0^t R(t,s) f''(C(t,s))\\, m(s)\\,ds,"}</Tex>
      <Tex block>{"\\mu(t) = T + m f'(m) + \\int_0^t R(t,s)\\big[f'(C(t,s)) + f''(C(t,s))\\,C(t,s)\\big]\\,ds."}</Tex>
      <p>
        They are solved on a grid of step <Tex>h</Tex> (memory <Tex>{'O(t^2/h^2)'}</Tex>, time <Tex>{'O(t^3/h^3)'}</Tex>; at most 2000
        steps, beyond which the step grows to <Tex>{'t_{\\max}/2000'}</Tex>) by the trapezoid rule in time and in the memory integrals,
        a predictor-corrector that is second order in <Tex>h</Tex>: from <Tex>{'m_0 = 10^{-15}'}</Tex> at{' '}
        <Tex>{'1/\\Delta_2 = 3'}</Tex>, <Tex>{'\\Delta_p = 4'}</Tex> the overlap passes 0.5 at <Tex>{'t = 66.9'}</Tex> with{' '}
        <Tex>{'h = 0.1'}</Tex> and <Tex>{'67.2'}</Tex> with <Tex>{'h = 0.05'}</Tex>, and ends at <Tex>{'m \\to 0.8270'}</Tex>,{' '}
        <Tex>{'\\mu \\to 4.298'}</Tex>. The escape is an exponential growth over a long time, so the order of the scheme matters: a
        first-order (Euler) scheme puts the same escape at 77.5 and 72.6.
      </p>
      <h3>Thresholds</h3>
      <p>
        Write <Tex>{'\\theta = 1/\\Delta_2'}</Tex> and <Tex>{'\\sigma^2 = f\'\'(1) = \\theta + 2/\\Delta_p'}</Tex>. Bayes-optimal AMP
        from an uninformative start succeeds above <Tex>{'\\theta = 1'}</Tex>; the information-theoretic threshold equals 1 for{' '}
        <Tex>{'\\Delta_p \\ge 1'}</Tex> and lies below it for <Tex>{'\\Delta_p < 1'}</Tex>, where the transition is first order (from the
        replica potential <Tex>{'\\phi(m) = \\theta m^2/4 + m^3/(6\\Delta_p) + \\tfrac12[m + \\ln(1 - m)]'}</Tex>); maximum-likelihood
        AMP needs <Tex>{'\\theta > \\tfrac12(1 + \\sqrt{1 + 4/\\Delta_p})'}</Tex>. Gradient flow from a random start ages towards the
        threshold states, with <Tex>{'\\mu \\to 2\\sigma'}</Tex>: the bottom of their Hessian bulk is exactly 0. The matrix channel
        adds a rank-one perturbation of strength <Tex>\theta</Tex> to this GOE bulk of radius <Tex>{'2\\sigma'}</Tex>; by the
        Baik-Ben Arous-Péché transition it creates an outlier iff <Tex>{'\\theta > \\sigma'}</Tex>,
      </p>
      <Tex block>{'\\lambda_{\\rm out} = \\mu - \\theta - \\frac{\\sigma^2}{\\theta} = -\\frac{(\\theta - \\sigma)^2}{\\theta}\\ \\ (\\mu = 2\\sigma), \\qquad (v_{\\rm out}\\cdot x^\\star)^2/N = 1 - \\frac{\\sigma^2}{\\theta^2},'}</Tex>
      <p>so the threshold states become saddles with a descent direction towards the signal exactly when</p>
      <Tex block>{'\\theta_{\\rm GF}^2 = \\theta_{\\rm GF} + \\frac{2}{\\Delta_p}, \\qquad \\theta_{\\rm GF} = \\tfrac12\\Big(1 + \\sqrt{1 + 8/\\Delta_p}\\Big)'}</Tex>
      <p>
        (<Tex>{'\\Delta_p = 1'}</Tex>: <Tex>{'\\theta_{\\rm GF} = 2'}</Tex>, ML-AMP 1.618). Spurious minima survive above this line,
        up to the Kac-Rice trivialisation threshold of arXiv:1902.00139, but the flow surfs past them from saddle to saddle.
      </p>
      <h3>Finite size</h3>
      <p>
        A random start on the sphere has <Tex>{'m_0 \\approx N^{-1/2}'}</Tex> (0.1 at <Tex>{'N = 100'}</Tex>), and the linear part{' '}
        <Tex>{'\\theta m'}</Tex> of the drift amplifies it before <Tex>\mu</Tex> has grown: at <Tex>{'N'}</Tex> of a few hundred the
        runs leave the equator within a few time units, before reaching the threshold states, even somewhat below the GF line. This
        is not an artefact: the DMFT started from the same <Tex>{'m_0 = 1/\\sqrt N'}</Tex> does the same. The{' '}
        <Tex>{'N \\to \\infty'}</Tex> picture (aging at <Tex>{'\\mu = 2\\sigma'}</Tex>, escape after a time{' '}
        <Tex>{'\\propto \\ln(1/m_0)'}</Tex> only above the GF line) needs <Tex>{'m_0 \\to 0'}</Tex>: the dynamics figure shows both. About
        half the escapes go to the mirror minimum near <Tex>{'-x^\\star'}</Tex> (the cubic term breaks the symmetry, so it is a worse
        minimum, <Tex>{'m \\approx -0.35'}</Tex> to <Tex>{'-0.7'}</Tex>).
      </p>
      <h3>Phase retrieval</h3>
      <p>
        The same mechanism sets the sample complexity of gradient flow in phase retrieval, <Tex>{'y_\\mu = (a_\\mu\\cdot x^\\star)^2/d'}</Tex>{' '}
        with <Tex>{'M = \\alpha d'}</Tex> Gaussian <Tex>{'a_\\mu'}</Tex> (Sarao Mannelli, Biroli, Cammarota, Krzakala, Urbani,
        Zdeborová, arXiv:2006.06997): the threshold states&rsquo; Hessian develops an outlier towards the signal only at an{' '}
        <Tex>\alpha</Tex> well above <Tex>{'\\alpha_{\\rm AMP} \\approx 1.13'}</Tex>, and finite-size corrections are large (the 50 %
        point moves up slowly with <Tex>d</Tex>). Over-parameterising the student — a quadratic network <Tex>{'A = WW^\\top/m'}</Tex>{' '}
        with <Tex>{'m \\ge d'}</Tex> hidden units — changes the picture: gradient flow reaches a global minimum of the training
        loss, and that minimum is the teacher for every <Tex>{'\\alpha > 2'}</Tex> (Sarao Mannelli, Vanden-Eijnden, Zdeborová,
        arXiv:2006.15459).
      </p>
    </>
  );
}
