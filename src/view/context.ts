import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../state/store.ts';
import { viewOf } from '../state/store.ts';
import { serialiseView, type ChapterSchema, type ViewState } from '../state/url.ts';

export interface AppContextValue {
  store: AppStore;
  schemas: readonly ChapterSchema[];
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('AppContext missing');
  return ctx;
}

export function useApp$<T>(selector: (s: AppState) => T): T {
  return useStore(useApp().store, selector);
}

/** Absolute URL of the current view with some view keys changed (the embed code builder's preview and code). */
export function useViewUrl(): (changes: Partial<ViewState>) => string {
  const { store, schemas } = useApp();
  return (changes) => {
    const s = store.getState();
    const schema = schemas.find((c) => c.id === s.chapter)!;
    return new URL(serialiseView({ ...viewOf(s), ...changes }, schema), window.location.href).href;
  };
}

/** Absolute URL of the current view, optionally as an embed of one figure. */
export function useLinkFor(fig: string): (embed: boolean) => string {
  const { store, schemas } = useApp();
  return (embed) => {
    const s = store.getState();
    const schema = schemas.find((c) => c.id === s.chapter)!;
    const view = { ...viewOf(s), fig, embed, controls: embed ? (s.controls ?? []) : null };
    const search = serialiseView(view, schema);
    return new URL(search, window.location.href).href;
  };
}
