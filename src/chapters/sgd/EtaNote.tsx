import { fmt } from '../../charts/LineChart.tsx';
import { useModelParams } from '../../view/useModelParams.ts';
import { chapter } from './meta.ts';
import { etaVerdict, limitReason, useStability } from './useStability.ts';

/** The line under the η slider: the maximal stable η of the current K, M (ChapterUi.ControlNotes.eta). */
export function EtaNote() {
  const p = useModelParams(chapter.params);
  const st = useStability('sgd/stability-note', p);
  const s = st.data;
  const verdict = s ? etaVerdict(p.eta, s) : null;
  const text = !s
    ? st.running
      ? 'computing the maximal stable η…'
      : ''
    : verdict === 'unstable'
      ? `η = ${fmt(p.eta)} exceeds the maximal stable η ≈ ${fmt(s.eta_max!)} for K = ${p.K}, M = ${p.M}: ${limitReason(s)}.`
      : s.eta_max !== null
        ? // what is computed: the plateau and the perfect student; a pair of units can still run off after the plateau below it
          `plateau and optimum stable up to η ≈ ${fmt(s.eta_max)} for K = ${p.K}, M = ${p.M} (a necessary bound: learning can fail below it)`
        : verdict === 'stable'
          ? 'no stability limit below η = 5'
          : 'no stability limit computed for this setting (ReLU with K or M > 3)';
  return (
    <p
      className={`-mt-1 text-xs ${verdict === 'unstable' ? 'font-medium text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`}
      aria-live="polite"
      data-eta-max={s?.eta_max ?? ''}
      data-eta-verdict={verdict ?? ''}
    >
      {text}
    </p>
  );
}
