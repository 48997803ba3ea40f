/**
 * The deck protocol (issue #13; README "Control from a slide deck"). A slide deck that embeds a figure
 * sends it `{ namespace: 'learning-phases', method, args }`; the figure posts back
 * `{ namespace: 'learning-phases', eventName, state }` (or `key` for a forwarded keydown). Anything
 * posted to a window can arrive here — other frames' messages, extensions, hostile pages — so a message
 * is taken only when it is exactly one of the shapes below; everything else is ignored, silently.
 * Values stay data: nothing of a message is ever written as markup.
 */
export const NAMESPACE = 'learning-phases';

export type StepArg = 'next' | 'prev' | 'first' | 'last' | number;

export type DeckCommand =
  | { method: 'setParams'; values: Record<string, string | number> }
  | { method: 'getState' }
  | { method: 'step'; to: StepArg }
  | { method: 'play' }
  | { method: 'pause' };

export type DeckEventName = 'ready' | 'statechange' | 'callback' | 'exit-next' | 'exit-prev';

export interface DeckEvent {
  namespace: typeof NAMESPACE;
  eventName: DeckEventName;
  state: Record<string, string>;
}

export interface DeckKeydown {
  namespace: typeof NAMESPACE;
  eventName: 'keydown';
  key: string;
}

/** a setParams object with more keys than any chapter has is not a deck's */
const MAX_KEYS = 64;
const MAX_TEXT = 200;
const STEP_WORDS = new Set(['next', 'prev', 'first', 'last']);

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** `args` absent or `[]` (methods without arguments) */
function noArgs(args: unknown): boolean {
  return args === undefined || (Array.isArray(args) && args.length === 0);
}

/** A message → the command it is, or null (not ours, unknown method, wrong arguments). */
export function parseDeckMessage(data: unknown): DeckCommand | null {
  if (!isPlainObject(data) || data.namespace !== NAMESPACE || typeof data.method !== 'string') return null;
  const { method, args } = data;
  switch (method) {
    case 'getState':
    case 'play':
    case 'pause':
      return noArgs(args) ? { method } : null;
    case 'step': {
      if (!Array.isArray(args) || args.length !== 1) return null;
      const to = args[0];
      if (typeof to === 'string' && STEP_WORDS.has(to)) return { method, to: to as StepArg };
      if (typeof to === 'number' && Number.isInteger(to) && to >= 0) return { method, to };
      return null;
    }
    case 'setParams': {
      if (!Array.isArray(args) || args.length !== 1 || !isPlainObject(args[0])) return null;
      const entries = Object.entries(args[0]);
      if (entries.length > MAX_KEYS) return null;
      const values: Record<string, string | number> = {};
      for (const [k, v] of entries) {
        if (typeof v === 'number' && Number.isFinite(v)) values[k] = v;
        else if (typeof v === 'string' && v.length <= MAX_TEXT) values[k] = v;
        else return null;
      }
      return { method, values };
    }
    default:
      return null;
  }
}

/** Keys a deck moves on with; pressed inside the frame and not used by the figure, they go to the deck. */
export const DECK_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', ' ', 'PageUp', 'PageDown']);

/**
 * Where a reply goes: the origin the message came from. Pages from `file:` or a sandbox without
 * allow-same-origin have the opaque origin "null", which postMessage cannot target; their replies go to
 * '*' — they carry only the figure's public URL state, nothing a third party could not read from the link.
 */
export function replyOrigin(origin: string): string {
  return origin && origin !== 'null' ? origin : '*';
}
