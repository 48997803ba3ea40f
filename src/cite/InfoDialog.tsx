import { useEffect, useId, useState } from 'react';
import { APP_COMMIT, APP_VERSION } from '../appVersion.ts';
import { cliLine, type CliCall } from './cli.ts';

// the bibliography and its BibTeX load when "Cite" first opens, the copy helper on the first copy: neither is in
// the page's first load (issue #10); the CLI commands of "Reproduce" show at once
const loadBibtex = () => Promise.all([import('./bibliography.ts'), import('./bibtex.ts')]);

/** BibTeX of the software and of the figure's papers, once the bibliography has loaded (the dialog mounts per opening). */
function useBibtex(model: string, cites: readonly string[] | undefined, on: boolean): string | null {
  const [bib, setBib] = useState<string | null>(null);
  useEffect(() => {
    if (!on) return;
    let alive = true;
    void loadBibtex().then(([{ figurePapers }, { paperBibtex, SOFTWARE, softwareBibtex }]) => {
      const software = softwareBibtex({ ...SOFTWARE, version: APP_VERSION, commit: APP_COMMIT, year: new Date().getFullYear() });
      if (alive) setBib([software, ...figurePapers(model, cites).map(paperBibtex)].join('\n\n'));
    });
    return () => {
      alive = false;
    };
  }, [model, cites, on]);
  return on ? bib : null;
}

/** the software's citation (CITATION.cff and the front page's BibTeX say the same; no public URL yet) */

function CopyBlock({ text, label, data }: { text: string; label: string; data: Record<string, string> }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1">
      <pre className="max-h-48 overflow-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap break-all dark:bg-slate-800" {...data}>
        {text}
      </pre>
      <div className="flex items-center gap-2">
        <button type="button" className="lp-btn text-xs" onClick={async () => setDone((await (await import('../charts/exportFile.ts')).copyText(text)) ? 'Copied' : 'Select and copy the text above')}>
          Copy {label}
        </button>
        {done ? (
          <span role="status" className="text-xs">
            {done}
          </span>
        ) : null}
      </div>
    </div>
  );
}

interface Props {
  mode: 'cli' | 'cite';
  title: string;
  model: string;
  /** the figure's papers (BibTeX keys); default: every paper of the model */
  cites?: readonly string[];
  cli: readonly CliCall[];
  onClose: () => void;
}

/**
 * "Reproduce": the CLI command(s) printing the figure's numbers, with the build's version and commit;
 * "Cite": BibTeX of the software and of the papers the figure rests on (src/cite/bibliography.ts).
 */
export function InfoDialog({ mode, title, model, cites, cli, onClose }: Props) {
  const titleId = useId();
  const bib = useBibtex(model, cites, mode === 'cite');
  return (
    <div className="fixed inset-0 z-40 flex items-center justify-center bg-black/40 p-4" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="flex max-h-full w-full max-w-2xl flex-col gap-3 overflow-auto rounded border border-slate-300 bg-white p-4 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900" data-info-dialog={mode}>
        <h2 id={titleId} className="font-semibold">
          {mode === 'cli' ? `Reproduce: ${title}` : `Cite: ${title}`}
        </h2>
        {mode === 'cli' ? (
          cli.length ? (
            <>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                From a checkout of the same version, these print the figure&apos;s numbers as JSON (the same code as the page; the CSV export holds
                the same values).
              </p>
              {cli.map((c) => (
                <CopyBlock key={cliLine(c)} text={cliLine(c)} label="command" data={{ 'data-cli-command': c.command, 'data-cli-series': JSON.stringify(c.series ?? {}), 'data-cli-tolerance': String(c.tolerance ?? 1e-10) }} />
              ))}
            </>
          ) : (
            <p className="text-xs">This figure declares no CLI command yet; `npm run -s cli -- --help` lists the model&apos;s commands.</p>
          )
        ) : (
          bib === null ? (
            <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
              Loading the references…
            </p>
          ) : (
            <CopyBlock text={bib} label="BibTeX" data={{ 'data-bibtex': model }} />
          )
        )}
        <p className="text-xs text-slate-600 dark:text-slate-400" data-app-version>
          Learning Phases {APP_VERSION}, commit {APP_COMMIT}
        </p>
        <div className="flex justify-end">
          <button type="button" className="lp-btn" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
