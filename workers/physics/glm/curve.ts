/**
 * Learning curves of the Bayes-optimal GLM (PHYSICS.md §1): SE from the uninformed start (AMP) and
 * from the informed start, the Bayes branch chosen by the larger f_RS (Barbier et al. PNAS 2019, Thm 1).
 */
import { makeModel, type GlmModel } from './model.ts';
import { freeEntropy, M_UNINFORMED, seSolve, V_INFORMED, type SeFixedPoint } from './stateEvolution.ts';
import type { GlmCurve, GlmParams, GlmPoint, GlmPointNumber } from './types.ts';

const FIELDS: readonly GlmPointNumber[] = ['alpha', 'm_amp', 'm_bayes', 'mse_amp', 'mmse', 'eg_amp', 'eg_bayes', 'f_amp', 'f_bayes'];

/** Start of the uninformed branch: m = 0, or m = 0+ when m = 0 is a fixed point. */
function uninformedStart(model: GlmModel): number {
  return model.channel.zeroFixed ? model.rho * (1 - M_UNINFORMED) : model.rho;
}

interface Branch {
  fp: SeFixedPoint;
  f: number;
}

/** SE from V0 and f_RS there; f is taken from `same` when SE landed on its very (V, r) (f_RS is a function of them). */
function branch(model: GlmModel, alpha: number, V0: number, damping: number, same?: Branch): Branch {
  const fp = seSolve(model, alpha, V0, { damping });
  const f = same && same.fp.V === fp.V && same.fp.r === fp.r ? same.f : freeEntropy(model, alpha, fp.V, fp.r);
  return { fp, f };
}

function assemble(model: GlmModel, alpha: number, amp: Branch, inf: Branch): GlmPoint {
  const bayes = inf.f > amp.f ? inf : amp;
  const { rho, channel } = model;
  const mAmp = rho - amp.fp.V;
  const mBayes = rho - bayes.fp.V;
  return {
    alpha,
    m_amp: mAmp,
    m_bayes: mBayes,
    mse_amp: amp.fp.V,
    mmse: bayes.fp.V,
    eg_amp: channel.testError(mAmp, mAmp, rho, amp.fp.V),
    eg_bayes: channel.testError(mBayes, mBayes, rho, bayes.fp.V),
    f_amp: amp.f,
    f_bayes: bayes.f,
    converged_amp: amp.fp.converged,
    converged_bayes: bayes.fp.converged,
  };
}

/**
 * SE fixed points on both branches at one α, free entropies, errors. f = +Infinity marks perfect
 * recovery of a noiseless continuous channel (the CLI prints it as null).
 */
export function glmPoint(p: GlmParams, alpha: number): GlmPoint {
  const model = makeModel(p);
  const damping = p.damping ?? 0;
  const amp = branch(model, alpha, uninformedStart(model), damping);
  const inf = branch(model, alpha, model.rho * V_INFORMED, damping);
  return assemble(model, alpha, amp, inf);
}

/** Both SE branches at one α (V, f, converged) and the Bayes choice, for glm-fixed-points. */
export function glmBranches(p: GlmParams, alpha: number): {
  amp: { V: number; f: number; converged: boolean };
  inf: { V: number; f: number; converged: boolean };
  bayes: { m: number };
} {
  const model = makeModel(p);
  const damping = p.damping ?? 0;
  const amp = branch(model, alpha, uninformedStart(model), damping);
  const inf = branch(model, alpha, model.rho * V_INFORMED, damping);
  const pt = assemble(model, alpha, amp, inf);
  const out = (b: Branch) => ({ V: b.fp.V, f: b.f, converged: b.fp.converged });
  return { amp: out(amp), inf: out(inf), bayes: { m: pt.m_bayes } };
}

/**
 * glmPoint on a grid of α (any order), by continuation: the uninformed branch is followed upwards in
 * α from the previous fixed point, the informed branch downwards. Monotonicity of the SE map
 * guarantees each warm start converges to the same fixed point as the cold start.
 */
export function glmCurve(p: GlmParams, alphas: Float64Array, onProgress?: (f: number) => void): GlmCurve {
  const model = makeModel(p);
  const damping = p.damping ?? 0;
  const n = alphas.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => alphas[i] - alphas[j]);
  const amp: Branch[] = new Array<Branch>(n);
  const inf: Branch[] = new Array<Branch>(n);
  const every = Math.max(1, Math.ceil((2 * n) / 100));
  let done = 0;
  const tick = (): void => {
    done++;
    if (onProgress && (done % every === 0 || done === 2 * n)) onProgress(done / (2 * n));
  };
  const start = uninformedStart(model);
  let V = start;
  for (const i of order) {
    amp[i] = branch(model, alphas[i], Math.min(V, start), damping);
    V = amp[i].fp.V;
    tick();
  }
  V = 0;
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k];
    inf[i] = branch(model, alphas[i], Math.max(V, model.rho * V_INFORMED), damping, amp[i]);
    V = inf[i].fp.V;
    tick();
  }
  const out = {
    ...Object.fromEntries(FIELDS.map((k) => [k, new Float64Array(n)])),
    converged_amp: new Array<boolean>(n),
    converged_bayes: new Array<boolean>(n),
  } as GlmCurve;
  for (let i = 0; i < n; i++) {
    const pt = assemble(model, alphas[i], amp[i], inf[i]);
    for (const k of FIELDS) out[k][i] = pt[k];
    out.converged_amp[i] = pt.converged_amp;
    out.converged_bayes[i] = pt.converged_bayes;
  }
  return out;
}
