import type { AppStore } from '../state/store.ts';
import type { ChapterSchema } from '../state/url.ts';
import { startDeck } from './deck.ts';
import { startKeys } from './keys.ts';
import { startLook } from './look.ts';

/**
 * Lecture mode (issue #13): the view's theme and projector scale on the page, the story keys, and the
 * slide-deck protocol. One call from the app; returns the cleanup.
 */
export function startLecture(store: AppStore, schemas: readonly ChapterSchema[], win: Window = window): () => void {
  const stopLook = startLook(store, win);
  const deck = startDeck(store, schemas, win);
  const stopKeys = startKeys(store, deck, win);
  return () => {
    stopKeys();
    deck.stop();
    stopLook();
  };
}
