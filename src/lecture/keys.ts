import type { AppStore } from '../state/store.ts';
import type { StepTarget } from '../state/story.ts';
import type { Deck } from './deck.ts';
import { DECK_KEYS } from './messages.ts';

/** → / Space / PageDown next, ← / PageUp previous, Home / End: the story's keys (issue #13). */
const STEP_KEYS: Readonly<Record<string, StepTarget>> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
};

/** A key pressed here belongs to the control (a slider's arrows, a button's Space, typing). */
function inControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('input, select, textarea, button, a[href], [contenteditable=""], [contenteditable="true"], dialog, [role="menu"]');
}

/**
 * Step through the story with the keyboard. A step past either end, or a deck key when no story is told,
 * goes to the slide deck around the frame (reveal.js loses its keys once a viewer clicks into an iframe).
 */
export function startKeys(store: AppStore, deck: Pick<Deck, 'post' | 'forwardKey'>, win: Window = window): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || inControl(e.target)) return;
    const target = STEP_KEYS[e.key];
    const moved = target === undefined ? null : store.getState().goStep(target);
    if (moved) {
      e.preventDefault();
      if (moved.exit) deck.post(moved.exit === 'next' ? 'exit-next' : 'exit-prev');
      return;
    }
    if (DECK_KEYS.has(e.key) && win.parent !== win) {
      e.preventDefault();
      deck.forwardKey(e.key);
    }
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}
