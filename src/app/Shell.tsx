import { lazy, Suspense, use, useRef } from 'react';
import { useTypesetWhenVisible } from '../ui/Tex.tsx';
import type { ChapterMeta, ComingChapter } from '../chapters/types.ts';
import { loadChapterUi } from '../chapters/registry.ts';
import { Controls } from './Controls.tsx';
import { Notices } from './Notices.tsx';
import { PhoneControls } from './PhoneControls.tsx';
import { useMediaQuery } from '../ui/useMediaQuery.ts';
import { useApp$, useLinkFor } from '../view/context.ts';
import { StepIndicator } from '../lecture/StoryBar.tsx';
import { OfflineBadge } from '../offline/OfflineStatus.tsx';
import { DeferredParams } from '../view/DeferredParams.tsx';

// the front page loads on its own: a chapter's first load does not carry it (issue #10)
const FrontPage = lazy(async () => ({ default: (await import('./FrontPage.tsx')).FrontPage }));

/** Phones: the figures first, the controls in a strip at the bottom of the screen (PhoneControls). */
export const PHONE_QUERY = '(max-width: 600px)';

/**
 * Header with the chapter list, then the front page (no chapter in the URL) or the current chapter: controls
 * beside figures, prose below. Wide screens (≥ 1600 px) use the width: the content is not capped and the figures
 * grow (three columns from 2200 px).
 */
export function Shell({ chapters, coming }: { chapters: readonly ChapterMeta[]; coming: readonly ComingChapter[] }) {
  const chapterId = useApp$((s) => s.chapter);
  const embed = useApp$((s) => s.embed);
  const home = useApp$((s) => s.home) ?? false;
  const present = useApp$((s) => !!s.present);
  const setChapter = useApp$((s) => s.setChapter);
  const goHome = useApp$((s) => s.goHome);
  const phone = useMediaQuery(PHONE_QUERY);
  const chapter = chapters.find((c) => c.id === chapterId) ?? chapters[0];
  if (embed || present) return <EmbedView chapter={chapter} present={present} />;
  return (
    <div className="mx-auto flex min-h-screen max-w-[1400px] flex-col gap-4 px-4 py-3 min-[1600px]:max-w-none min-[1600px]:px-8">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 dark:border-slate-800">
        <div>
          <h1 className="text-xl font-bold tracking-tight">
            <a
              href="./"
              className="hover:underline focus-visible:outline-2 focus-visible:outline-sky-600"
              aria-current={home ? 'page' : undefined}
              onClick={(e) => {
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                e.preventDefault();
                goHome();
              }}
            >
              Learning Phases
            </a>
          </h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">Exactly solvable models of learning, theory next to live algorithms</p>
        </div>
        <nav aria-label="Chapters">
          <ul className="flex flex-wrap gap-1">
            {chapters.map((c) => (
              <li key={c.id}>
                <button type="button" className="lp-tab" aria-current={!home && c.id === chapter.id ? 'page' : undefined} onClick={() => setChapter(c.id)} title={c.summary}>
                  {c.title}
                </button>
              </li>
            ))}
            {coming.map((c) => (
              <li key={c.id}>
                <span className="lp-tab lp-tab-coming" aria-disabled="true" title={`${c.summary} (coming)`}>
                  {c.title} <span className="text-xs">(coming)</span>
                </span>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <Notices />
      {home ? (
        <main aria-label="Learning Phases">
          <Suspense fallback={<p className="text-sm text-slate-500 dark:text-slate-400">Loading…</p>}>
            <FrontPage chapters={chapters} />
          </Suspense>
        </main>
      ) : phone ? (
        <main className="flex flex-col gap-6 pb-32" aria-label={chapter.title}>
          <h2 className="text-lg font-semibold">{chapter.title}</h2>
          <Suspense fallback={<p className="text-sm text-slate-500 dark:text-slate-400">Loading {chapter.title}…</p>}>
            <ChapterBody chapter={chapter} />
          </Suspense>
          <PhoneControls chapter={chapter} />
        </main>
      ) : (
        <main className="grid grid-cols-1 gap-6 md:grid-cols-[260px_minmax(0,1fr)] min-[1600px]:grid-cols-[300px_minmax(0,1fr)]" aria-label={chapter.title}>
          <aside className="min-w-0 md:sticky md:top-3 md:self-start">
            <h2 className="mb-3 text-lg font-semibold">{chapter.title}</h2>
            <Controls chapter={chapter} />
          </aside>
          <div className="flex min-w-0 flex-col gap-8">
            <Suspense fallback={<p className="text-sm text-slate-500 dark:text-slate-400">Loading {chapter.title}…</p>}>
              <ChapterBody chapter={chapter} />
            </Suspense>
          </div>
        </main>
      )}
      <footer className="mt-auto border-t border-slate-200 pt-3 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
        Every view is a link: copy the address bar, or use a figure&rsquo;s Export menu for an embed code.
        <OfflineBadge />
      </footer>
    </div>
  );
}

/** The chapter's figures and prose, from its lazily loaded ui.tsx. */
function ChapterBody({ chapter }: { chapter: ChapterMeta }) {
  const ui = use(loadChapterUi(chapter.id));
  const prose = useRef<HTMLElement>(null);
  useTypesetWhenVisible(prose);
  return (
    <>
      <div className="grid grid-cols-1 gap-8 xl:grid-cols-2 min-[2200px]:grid-cols-3">
        <DeferredParams>
          {chapter.figures.map((f) => {
            const F = ui.Figures[f.id];
            return <F key={f.id} embed={false} />;
          })}
        </DeferredParams>
      </div>
      <article className="lp-prose max-w-3xl" ref={prose}>
        <ui.Prose />
      </article>
    </>
  );
}

function EmbedFigure({ chapter, fig }: { chapter: ChapterMeta; fig: string }) {
  const ui = use(loadChapterUi(chapter.id));
  const F = ui.Figures[fig] ?? ui.Figures[chapter.figures[0].id];
  return <F embed />;
}

/**
 * `embed=1`: one figure, the named controls, and a link to the full view — sized for an 800×450 iframe.
 * `present=1` (projector view, with or without embed): the figure fills the frame, no title, export
 * or link, only the step indicator; the controls still show when `controls=` names them.
 */
function EmbedView({ chapter, present }: { chapter: ChapterMeta; present: boolean }) {
  const fig = useApp$((s) => s.fig) ?? chapter.figures[0].id;
  const controls = useApp$((s) => s.controls);
  const link = useLinkFor(fig);
  const title = chapter.figures.find((f) => f.id === fig)?.title ?? '';
  return (
    <main className="lp-embed flex h-screen flex-col gap-1 overflow-hidden p-2" aria-label={`${chapter.title}: ${title}`} data-present={present || undefined}>
      <h1 className="sr-only">
        Learning Phases — {chapter.title}: {title}
      </h1>
      {/* a link with bad values says so even on a slide: a correct link has no notice */}
      <Notices />
      <div className="min-h-0 flex-1">
        <Suspense fallback={null}>
          <EmbedFigure chapter={chapter} fig={fig} />
        </Suspense>
      </div>
      <StepIndicator present={present} />
      {/* a short or zoomed frame scrolls the controls, never the chart (its x-axis stays in view) */}
      {controls && controls.length ? (
        <div className="max-h-[30vh] shrink-0 overflow-y-auto">
          <Controls chapter={chapter} only={controls} />
        </div>
      ) : null}
      {present ? null : (
        <a className="self-end text-xs text-sky-700 underline dark:text-sky-400" href={link(false)} target="_blank" rel="noopener">
          Open full view in Learning Phases ↗
        </a>
      )}
    </main>
  );
}
