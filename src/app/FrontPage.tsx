import type { ChapterMeta, Preset } from '../chapters/types.ts';
import { defaults, sanitise } from '../state/codec.ts';
import { serialiseView, URL_VERSION } from '../state/url.ts';
import { APP_COMMIT, APP_VERSION, APP_VERSION_LINE } from '../appVersion.ts';
import { SOFTWARE, softwareBibtex } from '../cite/bibtex.ts';
import { useApp$ } from '../view/context.ts';

/** How many "try this" links a chapter card offers (its first presets). */
const TRY = 3;

/** Every chapter's static thumbnail, drawn from its first figure by scripts/thumbnails.ts (public/thumbnails/). */
const thumbnail = (id: string) => `./thumbnails/${id}.svg`;

const BIBTEX = softwareBibtex({ ...SOFTWARE, version: APP_VERSION, commit: APP_COMMIT, year: 2026 });

/**
 * `/` without a chapter: what the site is, a card per chapter (its key picture, one sentence, links into its
 * presets), how to cite it, who made it and its licence. Chapter links are the chapters' ordinary URLs.
 */
export function FrontPage({ chapters }: { chapters: readonly ChapterMeta[] }) {
  const setChapter = useApp$((s) => s.setChapter);
  return (
    <div className="flex flex-col gap-10" data-front-page>
      <section className="max-w-3xl">
        <h2 className="text-2xl font-bold tracking-tight">The statistical physics of learning, live</h2>
        <p className="mt-2 text-base leading-relaxed text-slate-700 dark:text-slate-300">
          Learning Phases draws the exact learning curves and phase diagrams of the solvable models of machine learning — perceptrons, committee
          machines, two-layer networks, rough landscapes — and runs the algorithms they describe on finite random instances beside them. Move a
          slider and both answer; every view is a link, an embeddable figure for slides, and a command that prints the same numbers.
        </p>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          Start with the <ChapterLink chapter={chapters[0]} onOpen={setChapter} />, or pick a chapter below.
        </p>
      </section>
      <section aria-label="Chapters">
        <ul className="grid grid-cols-1 gap-6 sm:grid-cols-2 xl:grid-cols-3 min-[1900px]:grid-cols-4">
          {chapters.map((c) => (
            <li key={c.id} className="flex flex-col overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800" data-chapter-card={c.id}>
              <button type="button" className="block bg-white text-left focus-visible:outline-2 focus-visible:outline-sky-600" onClick={() => setChapter(c.id)} aria-label={`Open ${c.title}`}>
                <img src={thumbnail(c.id)} alt={`${c.title}: ${c.figures[0].title}`} width={480} height={300} loading="lazy" className="aspect-[8/5] w-full object-contain" />
              </button>
              <div className="flex flex-1 flex-col gap-2 p-4">
                <h3 className="text-lg font-semibold">
                  <ChapterLink chapter={c} onOpen={setChapter} />
                </h3>
                <p className="text-sm text-slate-600 dark:text-slate-400">{c.summary}.</p>
                {c.presets?.length ? (
                  <p className="mt-auto flex flex-wrap gap-x-3 gap-y-1 text-sm">
                    <span className="text-slate-500 dark:text-slate-400">Try:</span>
                    {c.presets.slice(0, TRY).map((pr) => (
                      <a key={pr.label} className="text-sky-700 underline dark:text-sky-400" href={presetLink(c, pr.values)} data-try>
                        {pr.label}
                      </a>
                    ))}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="grid max-w-5xl grid-cols-1 gap-8 md:grid-cols-2">
        <div>
          <h2 className="text-lg font-semibold">How to cite</h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Cite the papers behind a figure (each chapter names them) and, if the tool helped, the software — version {APP_VERSION_LINE}:
          </p>
          <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-900" tabIndex={0} aria-label="BibTeX for the software" data-bibtex>
            {BIBTEX}
          </pre>
        </div>
        <div className="flex flex-col gap-4 text-sm">
          <div>
            <h2 className="text-lg font-semibold">In your slides</h2>
            <p className="mt-1 text-slate-600 dark:text-slate-400">
              Any figure embeds in an 800×450 iframe with the controls you choose (a figure&rsquo;s Export menu copies the code). The{' '}
              <a className="text-sky-700 underline dark:text-sky-400" href="./README.md">
                README
              </a>{' '}
              (section &ldquo;Embedding in slides&rdquo;) has the URL keys and the hosting notes.
            </p>
          </div>
          <div>
            <h2 className="text-lg font-semibold">Authors and licence</h2>
            <p className="mt-1 text-slate-600 dark:text-slate-400">
              Written by the Learning Phases authors, from the lectures and papers each chapter cites. Code under the{' '}
              <a className="text-sky-700 underline dark:text-sky-400" href="./LICENSE.txt">
                MIT licence
              </a>
              ; the figures you export are yours to use.
            </p>
          </div>
        </div>
      </section>
    </div>
  );
}

function ChapterLink({ chapter, onOpen }: { chapter: ChapterMeta; onOpen: (id: string) => void }) {
  return (
    <a
      className="text-sky-700 underline dark:text-sky-400"
      href={`./?v=${URL_VERSION}&ch=${chapter.id}`}
      onClick={(e) => {
        // a plain click stays in the app (history push); modified clicks open a tab as links do
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        onOpen(chapter.id);
      }}
    >
      {chapter.title}
    </a>
  );
}

/** The chapter's URL with a preset's values: only the keys that differ from the defaults, as every link. */
function presetLink(c: ChapterMeta, values: Preset['values']): string {
  const params = sanitise(c.params, { ...defaults(c.params), ...values });
  return './' + serialiseView({ chapter: c.id, params, fig: null, embed: false, controls: null }, { id: c.id, params: c.params, figures: c.figures.map((f) => f.id) });
}
