import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ParamValue, ParamValues } from '../../workers/physics/schema.ts';
import { defaults, sanitise } from './codec.ts';
import { CUSTOM_STORY, stepTo, stepValues, type StepTarget } from './story.ts';
import { storyOf, type ChapterSchema, type ViewState } from './url.ts';
import { MAX_PINS, type Pins } from './pins.ts';

/**
 * The single source of truth (vanilla zustand, testable without React). The URL is its
 * serialised form (see urlSync.ts). Each chapter keeps its own parameter values, so switching
 * chapter and back restores them.
 */

export type HistoryMode = 'replace' | 'push';

export interface Notice {
  id: number;
  text: string;
}

export interface AppState extends ViewState {
  /** parameter values per chapter id; `params` is the current chapter's */
  byChapter: Record<string, ParamValues>;
  notices: Notice[];
  /** how the last change should enter browser history (read by urlSync) */
  historyMode: HistoryMode;
  setParam(key: string, value: ParamValue, mode?: HistoryMode): void;
  setParams(values: Partial<ParamValues>, mode?: HistoryMode): void;
  setChapter(id: string): void;
  /** the front page (the chapters keep their values) */
  goHome(): void;
  selectFigure(id: string | null): void;
  resetParams(): void;
  /** start a story of the chapter at its first step (null: leave the story, keep the values) */
  setStory(id: string | null): void;
  /** move through the story; `exit` when the move would leave it (a deck then goes to its next slide) */
  goStep(target: StepTarget): { step: number; exit?: 'next' | 'prev' } | null;
  /** replace the view wholesale (URL load, back/forward) without writing history */
  loadView(view: ViewState, notices?: string[]): void;
  notify(text: string): void;
  dismissNotice(id: number): void;
  dismissAll(): void;
  pins: Pins;
  compare: boolean;
  /** pin the current values on a figure (at most MAX_PINS; the same state twice is one pin) */
  addPin(fig: string): void;
  removePin(fig: string, index: number): void;
  clearPins(fig: string): void;
  setCompare(on: boolean): void;
}

export type AppStore = StoreApi<AppState>;

let noticeId = 0;

export function createAppStore(chapters: readonly ChapterSchema[], initial: ViewState): AppStore {
  const schemaOf = (id: string) => chapters.find((c) => c.id === id) ?? chapters[0];
  const byChapter: Record<string, ParamValues> = {};
  for (const c of chapters) byChapter[c.id] = defaults(c.params);
  byChapter[initial.chapter] = sanitise(schemaOf(initial.chapter).params, initial.params);

  return createStore<AppState>()((set, get) => {
    /** the current chapter's values with `values` over them, through the schema */
    const withValues = (values: Partial<ParamValues>) => {
      const { chapter, params } = get();
      const next = sanitise(schemaOf(chapter).params, { ...params, ...values });
      // the same values: the same object, so nothing that reads them re-renders (a key press's release commits
      // the value its press already set: one render per step, not two)
      if (Object.keys(next).length === Object.keys(params).length && Object.keys(next).every((k) => Object.is(next[k], params[k]))) {
        return { params, byChapter: get().byChapter };
      }
      return { params: next, byChapter: { ...get().byChapter, [chapter]: next } };
    };
    return {
      ...initial,
      pins: initial.pins ?? {},
      compare: initial.compare ?? false,
      params: byChapter[initial.chapter],
      byChapter,
      notices: [],
      historyMode: 'replace',
      setParam(key, value, mode = 'push') {
        get().setParams({ [key]: value }, mode);
      },
      setParams(values, mode = 'push') {
        set({ ...withValues(values), historyMode: mode });
      },
      setChapter(id) {
        const schema = schemaOf(id);
        // pins are states of the chapter's own figures: they do not follow to another chapter
        set({ chapter: schema.id, params: get().byChapter[schema.id], fig: null, home: false, story: null, steps: null, step: 0, pins: {}, compare: false, historyMode: 'push' });
      },
      goHome() {
        set({ home: true, fig: null, story: null, steps: null, step: 0, historyMode: 'push' });
      },
      setStory(id) {
        const story = id === null ? null : schemaOf(get().chapter).stories?.find((s) => s.id === id);
        set({ ...(story ? withValues(story.steps[0].values) : {}), story: story?.id ?? null, steps: null, step: 0, historyMode: 'push' });
      },
      goStep(target) {
        const s = get();
        const story = storyOf(s, schemaOf(s.chapter));
        if (!story) return null;
        const to = stepTo(s.step ?? 0, story.steps.length, target);
        if (to.step !== s.step) {
          set({ ...withValues(stepValues(story, to.step)), step: to.step, story: s.steps ? CUSTOM_STORY : story.id, historyMode: 'push' });
        }
        return to;
      },
      selectFigure(id) {
        set({ fig: id, historyMode: 'push' });
      },
      resetParams() {
        get().setParams(defaults(schemaOf(get().chapter).params), 'push');
      },
      loadView(view, notices = []) {
        const params = sanitise(schemaOf(view.chapter).params, view.params);
        set({
          ...view,
          pins: view.pins ?? {},
          compare: view.compare ?? false,
          params,
          byChapter: { ...get().byChapter, [view.chapter]: params },
          historyMode: 'replace',
          notices: [...get().notices, ...notices.map((text) => ({ id: ++noticeId, text }))],
        });
      },
      notify(text) {
        set({ notices: [...get().notices, { id: ++noticeId, text }] });
      },
      dismissNotice(id) {
        set({ notices: get().notices.filter((n) => n.id !== id) });
      },
      dismissAll() {
        set({ notices: [] });
      },
      addPin(fig) {
        const { pins, params } = get();
        const list = pins[fig] ?? [];
        const same = (v: ParamValues) => Object.keys(params).every((k) => v[k] === params[k]);
        if (list.length >= MAX_PINS || list.some(same)) return;
        set({ pins: { ...pins, [fig]: [...list, params] }, historyMode: 'push' });
      },
      removePin(fig, index) {
        const { pins } = get();
        set({ pins: { ...pins, [fig]: (pins[fig] ?? []).filter((_, i) => i !== index) }, historyMode: 'push' });
      },
      clearPins(fig) {
        const { [fig]: _gone, ...rest } = get().pins;
        set({ pins: rest, historyMode: 'push' });
      },
      setCompare(on) {
        set({ compare: on, historyMode: 'push' });
      },
    };
  });
}

export function viewOf(s: AppState): ViewState {
  return { chapter: s.chapter, params: s.params, fig: s.fig, embed: s.embed, controls: s.controls, present: s.present, theme: s.theme, story: s.story, step: s.step, steps: s.steps, home: s.home, pins: s.pins, compare: s.compare };
}
