import type { ParamValues } from '../../workers/physics/schema.ts';
import { formatNumber, parseParam } from '../state/codec.ts';
import type { AppStore } from '../state/store.ts';
import { viewOf } from '../state/store.ts';
import { serialiseView, type ChapterSchema } from '../state/url.ts';
import { NAMESPACE, parseDeckMessage, replyOrigin, type DeckCommand, type DeckEventName } from './messages.ts';
import { pause, play } from '../compute/playback.ts';

/** The view as the deck sees it: the URL's keys and values (`v`, `ch`, every non-default key). */
export function deckState(store: AppStore, schemas: readonly ChapterSchema[]): Record<string, string> {
  const s = store.getState();
  return Object.fromEntries(new URLSearchParams(serialiseView(viewOf(s), schemas.find((c) => c.id === s.chapter)!)));
}

/**
 * `setParams` values through the schema codec, exactly as if they had come in the URL: numbers are
 * written as the URL writes them and parsed back, so clamping, rounding and enum checks are the URL's.
 * Unknown keys are dropped; what the codec changed is returned (the frame logs it: no banner on a slide).
 */
export function deckValues(values: Record<string, string | number>, chapter: ChapterSchema): { values: Partial<ParamValues>; issues: string[] } {
  const out: Partial<ParamValues> = {};
  const issues: string[] = [];
  for (const spec of chapter.params) {
    if (!Object.hasOwn(values, spec.key)) continue;
    const v = values[spec.key];
    const parsed = parseParam(spec, typeof v === 'number' ? formatNumber(v) : v);
    out[spec.key] = parsed.value;
    if (parsed.issue) issues.push(parsed.issue);
  }
  return { values: out, issues };
}

/**
 * Listen to a deck and tell it what happens. Events go to the parent frame only when the page is embedded.
 * Unsolicited events (ready, statechange, exit-*) go to the parent with '*': they carry the figure's
 * public link state and the parent's origin is not known; replies go to the sender's origin.
 */
export interface Deck {
  /** tell the parent frame (when embedded) */
  post(eventName: DeckEventName): void;
  /** a deck key the figure did not use, for the parent frame (when embedded) */
  forwardKey(key: string): void;
  stop(): void;
}

export function startDeck(store: AppStore, schemas: readonly ChapterSchema[], win: Window = window): Deck {
  const embedded = win.parent !== win;
  const post = (eventName: DeckEventName, target: MessageEventSource | null = embedded ? win.parent : null, origin = '*') => {
    if (!target) return;
    (target as Window).postMessage({ namespace: NAMESPACE, eventName, state: deckState(store, schemas) }, origin);
  };
  const run = (cmd: DeckCommand, reply: (e: DeckEventName) => void) => {
    const s = store.getState();
    if (cmd.method === 'setParams') {
      const { values, issues } = deckValues(cmd.values, schemas.find((c) => c.id === s.chapter)!);
      for (const i of issues) console.warn(`learning-phases setParams: ${i}`);
      if (Object.keys(values).length) s.setParams(values, 'push');
    } else if (cmd.method === 'getState') reply('callback');
    else if (cmd.method === 'step') {
      const moved = s.goStep(cmd.to);
      // no story: the figure has no steps of its own, so `next`/`prev` are the deck's
      const exit = moved ? moved.exit : cmd.to === 'next' || cmd.to === 'prev' ? cmd.to : undefined;
      if (exit) reply(exit === 'next' ? 'exit-next' : 'exit-prev');
    } else if (cmd.method === 'play') play();
    else pause();
  };
  const onMessage = (e: MessageEvent) => {
    const cmd = parseDeckMessage(e.data);
    if (!cmd) return;
    run(cmd, (eventName) => post(eventName, e.source, replyOrigin(e.origin)));
  };
  win.addEventListener('message', onMessage);
  let last = JSON.stringify(deckState(store, schemas));
  const unsubscribe = store.subscribe(() => {
    const now = JSON.stringify(deckState(store, schemas));
    if (now === last) return;
    last = now;
    post('statechange');
  });
  post('ready');
  return {
    post: (eventName) => post(eventName),
    forwardKey(key) {
      if (embedded) win.parent.postMessage({ namespace: NAMESPACE, eventName: 'keydown', key }, '*');
    },
    stop() {
      win.removeEventListener('message', onMessage);
      unsubscribe();
    },
  };
}
